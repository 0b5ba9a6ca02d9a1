package org.amparo.tasks.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.security.domain.Roles;
import org.amparo.process.CaseProcess;
import org.amparo.process.CaseProcess.MigrationReport;

/** Looking after the case process itself; administrators only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ProcessAdministration {

    @Inject
    CaseProcess workflow;

    @Inject
    AuditLog audit;

    /** After a changed process is deployed: moves running cases to it where their current steps still exist. */
    public MigrationReport migrateRunningCases() {
        MigrationReport report = workflow.migrateRunningCasesToLatest();
        audit.record("process.migrated", "Process", "amparoCase",
                "to v" + report.latestVersion() + ", moved " + report.movedByVersion() + ", refused versions "
                        + report.refusedByVersion().keySet());
        return report;
    }
}
