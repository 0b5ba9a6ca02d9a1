package org.amparo.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.amparo.audit.application.AuditFilter;
import org.amparo.audit.application.AuditTrail;
import org.amparo.dashboard.application.Dashboard;
import org.amparo.dashboard.application.DashboardFilter;
import org.amparo.hotline.application.ActivityReporting;
import org.amparo.hotline.application.CallLog;
import org.amparo.monitoring.application.EvidenceReport;
import org.amparo.monitoring.application.JurisdictionMonitoring;
import org.amparo.monitoring.application.MapLayer;
import org.amparo.protection.application.Retention;
import org.junit.jupiter.api.Test;

/**
 * A period asked for by a person or a program (the call log, reports, the dashboard, the audit trail, the map, an
 * evidence report) and the day a retention run reaches back to: a day outside the years 1900 to 2200 is refused naming
 * it, before anything is read. The day after +999999999-12-31 does not exist: such an end was a 500 wherever the period
 * runs to the end of its last day, and an evidence report keeps its period with the stories it used.
 */
class PeriodYearsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate LAST = LocalDate.parse("+999999999-12-31");
    private static final LocalDate FIRST = LocalDate.parse("-999999999-01-01");

    @Test
    void aPeriodOutsideTheYearsIsRefusedNamingItsEnd() throws Exception {
        CallLog calls = checked(new CallLog());
        assertRefused(() -> calls.volumes(LAST, LAST), "from");
        assertRefused(() -> calls.between(TODAY, LAST), "to");
        ActivityReporting reports = checked(new ActivityReporting());
        assertRefused(() -> reports.between(FIRST, TODAY, false), "from");
        assertRefused(() -> reports.between(TODAY, LAST, true), "to");
        AuditTrail trail = checked(new AuditTrail());
        assertRefused(() -> trail.unusualReading(null, LAST), "to");
        assertRefused(() -> trail.count(new AuditFilter(null, null, FIRST, null)), "from");
        assertRefused(() -> trail.page(new AuditFilter("ana", 7L, TODAY, LAST), 0, 50), "to");
        assertRefused(() -> trail.export(new AuditFilter(null, null, null, LocalDate.of(2201, 1, 1)), new ByteArrayOutputStream(), null), "to");
        Dashboard dashboard = checked(new Dashboard());
        assertRefused(() -> dashboard.overview(new DashboardFilter(TODAY, LAST, null, null, null, null), false), "to");
        assertRefused(() -> dashboard.outcomesByMonth(new DashboardFilter(LocalDate.of(1899, 12, 31), TODAY, null, null, null, null)), "from");
        assertRefused(() -> dashboard.findingsByJurisdiction(new DashboardFilter(null, LAST, 3L, null, null, null)), "to");
        JurisdictionMonitoring monitoring = with(checked(new JurisdictionMonitoring()), "clock",
                Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC));
        assertRefused(() -> monitoring.map(MapLayer.POLICY, null, LAST), "to");
        assertRefused(() -> monitoring.map(MapLayer.REPORTS, FIRST, null), "from");
        EvidenceReport evidence = checked(new EvidenceReport());
        assertRefused(() -> evidence.writeXlsx(1, null, LAST, Locale.ENGLISH, new ByteArrayOutputStream()), "to");
        assertRefused(() -> evidence.writePdf(1, FIRST, TODAY, Locale.ENGLISH, new ByteArrayOutputStream()), "from");
        Retention retention = checked(new Retention());
        assertRefused(() -> retention.runNow(LAST, null), "closedBefore");
    }

    @Test
    void theRefusalSaysWhichYears() {
        assertThatThrownBy(() -> new InputValidation().requireYears("to", LAST))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .containsExactly(new FieldError("to", "must be a date in the years 1900 to 2200")));
        new InputValidation().requireYears("to", null);
        new InputValidation().requireYears("to", LocalDate.of(2200, 12, 31));
        new InputValidation().requireYears("from", LocalDate.of(1900, 1, 1));
    }

    /** The service with the validation it is given in the server, and nothing else: whatever it reads first fails. */
    private static <T> T checked(T service) throws ReflectiveOperationException {
        return with(service, "validation", new InputValidation());
    }

    private static <T> T with(T service, String field, Object value) throws ReflectiveOperationException {
        Field f = service.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(service, value);
        return service;
    }

    private static void assertRefused(Runnable ask, String field) {
        assertThatThrownBy(ask::run).as(field).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.errors()).extracting(FieldError::field).isEqualTo(List.of(field)));
    }
}
