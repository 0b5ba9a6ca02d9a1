package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.amparo.hotline.application.CallLog;
import org.amparo.hotline.application.CallSummary;
import org.amparo.hotline.application.CallVolumes;
import org.amparo.hotline.application.LogCallCommand;
import org.amparo.platform.ServerZone;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/hotline/calls}: the hotline's call log. Log a call; read the calls of a period (a volunteer's own,
 * everyone's for supervisors); count them by day and hour (supervisors). Periods are whole days in the organisation's
 * time zone, the last seven by default.
 */
@Path("v1/hotline/calls")
@Produces(MediaType.APPLICATION_JSON)
public class HotlineResource {

    @Inject
    CallLog log;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response log(LogCallCommand command, @Context UriInfo uri) {
        long id = log.log(command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(Map.of("id", id)).build();
    }

    @GET
    public List<CallSummary> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(ServerZone.get());
        return log.between(QueryDates.optional("from", from, today.minusDays(6)), QueryDates.optional("to", to, today));
    }

    @GET
    @Path("volumes")
    public CallVolumes volumes(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(ServerZone.get());
        return log.volumes(QueryDates.optional("from", from, today.minusDays(6)), QueryDates.optional("to", to, today));
    }
}
