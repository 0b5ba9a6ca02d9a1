package org.amparo.protection.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.amparo.audit.application.AuditLog;
import org.amparo.jobs.application.JobRunner;
import org.amparo.jobs.domain.BackgroundJob;
import org.amparo.jobs.domain.JobKind;
import org.amparo.jobs.domain.JobSummary;
import org.amparo.protection.infrastructure.FieldReencryption;
import org.amparo.protection.infrastructure.KeyRing;
import org.amparo.security.domain.Roles;

import javax.sql.DataSource;

/**
 * Moves every protected value on file to the current data key, through the shared job runner: after an administrator
 * rotated the keys (a new key added to the key ring and made current), and at each start for values written before
 * encryption or before the last rotation. Until it has run, older values still decrypt under their own keys.
 */
@Stateless
public class Reencryption {

    @Resource(lookup = "java:jboss/datasources/AmparoDS")
    DataSource dataSource;

    @EJB
    JobRunner jobs;

    @EJB
    AuditLog audit;

    /** An administrator's request after a rotation: the key file is read again, then everything is rewritten. */
    @RolesAllowed(Roles.ADMIN)
    public BackgroundJob afterRotation() {
        KeyRing.reload();
        audit.record("keys.reencryption", "key", KeyRing.current().currentId(), null);
        return submit();
    }

    /** The start-up run ({@link ReencryptionAtStart}, running as the system). */
    @RolesAllowed(Roles.SYSTEM)
    public BackgroundJob atStart() {
        return submit();
    }

    private BackgroundJob submit() {
        String key = KeyRing.current().currentId();
        return jobs.submit(JobKind.REENCRYPTION, 0, JobSummary.empty().with("key", key), progress -> {
            FieldReencryption.Outcome outcome = new FieldReencryption(dataSource).run(done -> progress.update(done, 0));
            return JobSummary.empty().with("key", key).with("rowsRead", outcome.rowsRead())
                    .with("rowsRewritten", outcome.rowsRewritten());
        }, failure -> "The re-encryption stopped; nothing of it was kept. It runs again at the next start.");
    }
}
