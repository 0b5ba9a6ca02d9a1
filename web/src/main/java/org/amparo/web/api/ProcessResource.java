package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.amparo.tasks.application.ProcessAdministration;
import org.amparo.process.CaseProcess.MigrationReport;

/** {@code POST /api/v1/admin/process/migrate}: moves running cases to the latest process version (admin). */
@Path("v1/admin/process")
@Produces(MediaType.APPLICATION_JSON)
public class ProcessResource {

    @Inject
    ProcessAdministration administration;

    @POST
    @Path("migrate")
    public MigrationReport migrate() {
        return administration.migrateRunningCases();
    }
}
