package org.amparo.dashboard.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dashboard's filters. The period ({@code from} to {@code to}, whole days, UTC) applies to the figures over time
 * (outcomes, detainers, findings); the other filters apply everywhere.
 *
 * @param caseworker only cases this caseworker has (set by the service for a caseworker or attorney: their own)
 * @param attorney   only cases this attorney has (set by the service for an attorney)
 * @param scope      only the cases the caller works ({@link org.amparo.cases.domain.CaseScope}; set by the service,
 *                   null for every case)
 */
public record DashboardFilter(LocalDate from, LocalDate to, Long jurisdictionId, Long facilityId, String caseworker,
                              String attorney, org.amparo.cases.domain.CaseScope scope) implements Serializable {

    public DashboardFilter(LocalDate from, LocalDate to, Long jurisdictionId, Long facilityId, String caseworker, String attorney) {
        this(from, to, jurisdictionId, facilityId, caseworker, attorney, null);
    }

    /** The same filter narrowed to the cases of a caller's scope. */
    public DashboardFilter within(org.amparo.cases.domain.CaseScope caseScope) {
        return new DashboardFilter(from, to, jurisdictionId, facilityId, caseworker, attorney, caseScope);
    }

    /** The last 12 months to today, everything else open. */
    public static DashboardFilter lastYear(LocalDate today) {
        return new DashboardFilter(today.minusMonths(12).withDayOfMonth(1), today, null, null, null, null);
    }

    public Instant fromInstant() {
        return (from == null ? LocalDate.of(1900, 1, 1) : from).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public Instant toInstantExclusive() {
        return (to == null ? LocalDate.of(9999, 1, 1) : to.plusDays(1)).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The same filter over another period (whole days, both included). */
    public DashboardFilter between(LocalDate first, LocalDate last) {
        return new DashboardFilter(first, last, jurisdictionId, facilityId, caseworker, attorney, scope);
    }

    public DashboardFilter onlyFor(String caseworkerOrNull, String attorneyOrNull) {
        return new DashboardFilter(from, to, jurisdictionId, facilityId, caseworkerOrNull, attorneyOrNull, scope);
    }

    private static Object any(Object chosen) {
        return chosen == null ? "any" : chosen;
    }

    /** For the audit log and an export's About sheet: which filters, never a person; "any" where none was chosen. */
    public String describe() {
        return "from=" + from + ", to=" + to + ", jurisdiction=" + any(jurisdictionId) + ", facility=" + any(facilityId)
                + ", caseworker=" + (caseworker == null ? "any" : "set") + ", attorney=" + (attorney == null ? "any" : "set");
    }
}
