package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.amparo.hotline.application.ActivityReporting;
import org.amparo.hotline.application.FileReportCommand;
import org.amparo.hotline.application.OpenCaseFromReportCommand;
import org.amparo.hotline.application.ReportView;
import org.amparo.hotline.application.VerifyReportCommand;
import org.amparo.platform.ServerZone;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/hotline/reports}: enforcement-activity reports. File one, read them (a period, or only the alerts
 * still current), verify one or mark it false, and open a case for a person it names.
 */
@Path("v1/hotline/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityReportResource {

    @Inject
    ActivityReporting reporting;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(FileReportCommand command, @Context UriInfo uri) {
        long id = reporting.file(command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(reporting.get(id)).build();
    }

    @GET
    public List<ReportView> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("current") boolean current) {
        LocalDate today = LocalDate.now(ServerZone.get());
        return reporting.between(QueryDates.optional("from", from, today.minusDays(30)), QueryDates.optional("to", to, today), current);
    }

    @GET
    @Path("{id}")
    public ReportView get(@PathParam("id") long id) {
        return reporting.get(id);
    }

    @PUT
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportView verify(@PathParam("id") long id, VerifyReportCommand command) {
        return reporting.verify(id, command);
    }

    @POST
    @Path("{id}/people")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openCase(@PathParam("id") long id, OpenCaseFromReportCommand command, @Context UriInfo uri) {
        long caseId = reporting.openCase(id, command);
        return Response.created(uri.getBaseUriBuilder().path("v1/cases").path(String.valueOf(caseId)).build())
                .entity(Map.of("caseId", caseId)).build();
    }
}
