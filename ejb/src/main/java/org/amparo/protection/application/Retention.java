package org.amparo.protection.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.amparo.audit.application.AuditLog;
import org.amparo.casefile.infrastructure.DocumentStore;
import org.amparo.protection.infrastructure.RetentionStore;
import org.amparo.security.domain.Roles;

import javax.sql.DataSource;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * The retention policy: a person whose every case was closed (or deleted) longer ago than the retention period
 * ({@code amparo.retention.days} / {@code AMPARO_RETENTION_DAYS}, 730 days by default) is anonymised, in the history
 * tables too, and their documents are deleted; the case facts stay for statistics and campaign evidence. It runs
 * every night ({@link RetentionSchedule}) and when an administrator asks; every run is audited with its counts.
 */
@Stateless
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    static final int BATCH = 500;

    @Resource(lookup = "java:jboss/datasources/AmparoDS")
    DataSource dataSource;

    @EJB
    AuditLog audit;

    @jakarta.inject.Inject
    DocumentStore documents;

    @jakarta.inject.Inject
    Clock clock;

    @jakarta.inject.Inject
    org.amparo.shared.domain.InputValidation validation;

    @Resource
    jakarta.transaction.TransactionSynchronizationRegistry synchronizations;

    /** What the policy says and what is due now. */
    public record Status(int retentionDays, LocalDate closedBefore, long peopleDue, long casesDue) implements Serializable {
    }

    /** What one run did. */
    public record Run(LocalDate closedBefore, long people, long cases, long documents) implements Serializable {
    }

    public static int retentionDays() {
        String configured = System.getProperty("amparo.retention.days", System.getenv("AMPARO_RETENTION_DAYS"));
        try {
            return configured == null || configured.isBlank() ? 730 : Math.max(1, Integer.parseInt(configured.trim()));
        } catch (NumberFormatException e) {
            return 730;
        }
    }

    @RolesAllowed(Roles.ADMIN)
    public Status status() {
        return status(null);
    }

    /** What is due now for the policy's period, or for everything closed before the day given (none: the policy's). */
    @RolesAllowed(Roles.ADMIN)
    public Status status(LocalDate closedBefore) {
        validation.requireYears("closedBefore", closedBefore);
        Instant cutoff = cutoff(closedBefore);
        long[] due = countDue(cutoff);
        return new Status(retentionDays(), LocalDate.ofInstant(cutoff, ZoneOffset.UTC), due[0], due[1]);
    }

    /**
     * An administrator's run: by the policy's period, or for everything closed before a day the administrator names
     * (closing a programme, honouring a person's request to be forgotten); audited either way. A day that reaches people
     * the policy still keeps (closed after its cutoff) must come with how many people that is ({@code confirmPeople},
     * what {@link #status(LocalDate)} counts for the day): a mistyped year would otherwise anonymise every closed case,
     * with nothing to undo it. The number is checked against what is due when the run starts. A run anonymises at most
     * {@value #BATCH} people, as the nightly one does; the answer says how many, and the next run is confirmed with the
     * number still due.
     *
     * @throws org.amparo.shared.domain.InvalidInputException on {@code closedBefore} outside the years 1900 to 2200, or
     *         on {@code confirmPeople} missing or not the number of people due for a day later than the policy's cutoff
     */
    @RolesAllowed(Roles.ADMIN)
    public Run runNow(LocalDate closedBefore, Long confirmPeople) {
        validation.requireYears("closedBefore", closedBefore);
        Instant cutoff = cutoff(closedBefore);
        if (cutoff.isAfter(policyCutoff())) {
            long due = countDue(cutoff)[0];
            if (confirmPeople == null || confirmPeople != due) {
                throw validation.invalid("confirmPeople", "amparo.validation.retentionConfirm", String.valueOf(due),
                        closedBefore.toString(), String.valueOf(retentionDays()));
            }
        }
        return run(cutoff, "admin");
    }

    private Instant policyCutoff() {
        return Instant.now(clock).minus(Duration.ofDays(retentionDays()));
    }

    private Instant cutoff(LocalDate closedBefore) {
        return closedBefore == null ? policyCutoff() : closedBefore.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private long[] countDue(Instant cutoff) {
        try {
            return new RetentionStore(dataSource).countDue(cutoff);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read what retention has due", e);
        }
    }

    /** The nightly run, by the policy's period ({@link RetentionSchedule}, running as the system). */
    @RolesAllowed(Roles.SYSTEM)
    public Run nightly() {
        return run(policyCutoff(), "schedule");
    }

    private Run run(Instant cutoff, String trigger) {
        RetentionStore store = new RetentionStore(dataSource);
        try {
            RetentionStore.Due due = store.due(cutoff, BATCH);
            List<String> files = store.anonymise(due.people(), Instant.now(clock));
            LocalDate day = LocalDate.ofInstant(cutoff, ZoneOffset.UTC);
            audit.record("retention.run", "Person", null, "trigger=" + trigger + " closedBefore=" + day + " people="
                    + due.people().size() + " cases=" + due.cases() + " documents=" + files.size());
            // The files go only once the rows are gone for good; a failure to delete one leaves an unreadable orphan.
            synchronizations.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                        files.forEach(documents::delete);
                    }
                }
            });
            if (!due.people().isEmpty()) {
                LOG.info(() -> "Retention anonymised " + due.people().size() + " people (" + due.cases() + " cases)");
            }
            return new Run(day, due.people().size(), due.cases(), files.size());
        } catch (SQLException e) {
            throw new IllegalStateException("The retention run failed; nothing of it was kept", e);
        }
    }
}
