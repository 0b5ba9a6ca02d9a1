package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.amparo.cases.application.CaseEventCommand;
import org.amparo.cases.application.CaseEvents;
import org.amparo.cases.application.CaseExport;
import org.amparo.tasks.application.TaskInbox;
import org.amparo.workflow.StepRecord;
import org.amparo.workflow.WorkTask;
import java.util.List;
import java.util.Map;
import org.amparo.cases.application.CasePage;
import org.amparo.cases.application.CaseQueries;
import org.amparo.cases.application.CaseService;
import org.amparo.cases.application.CaseSummary;
import org.amparo.cases.application.OpenCaseCommand;
import org.amparo.shared.domain.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.Locale;

/**
 * {@code /api/v1/cases}: read, list, open and export cases. Each method is one service call; the services
 * check roles and validate input.
 */
@Path("v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CaseQueries queries;

    @Inject
    CaseService cases;

    @Inject
    CaseExport export;

    @Inject
    CaseEvents events;

    @Inject
    TaskInbox inbox;

    @GET
    @Path("{id}")
    public CaseSummary get(@PathParam("id") long id) {
        return queries.get(id);
    }

    @GET
    public CasePage list(@BeanParam CaseListParams params,
                         @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        return queries.list(params.criteria(), first, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(OpenCaseCommand command, @Context UriInfo uri) {
        if (command == null) {
            throw InvalidInputException.of("body", "A JSON object with the case is required");
        }
        long id = cases.openCase(command);
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(id)).build();
        return Response.created(location).entity(queries.get(id)).build();
    }

    /** An event from outside: release, transfer, or a new ICE request ({@link CaseEventCommand}). */
    @POST
    @Path("{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response event(@PathParam("id") long id, CaseEventCommand command) {
        if (command == null) {
            throw InvalidInputException.of("body", "A JSON object with the event is required");
        }
        events.record(id, command);
        return Response.accepted().entity(queries.get(id)).build();
    }

    /** The case's open tasks the caller may work. */
    @GET
    @Path("{id}/tasks")
    public List<WorkTask> tasks(@PathParam("id") long id) {
        queries.get(id);
        return inbox.ofCase(id);
    }

    /** The case's process steps so far: who, when, what they decided. */
    @GET
    @Path("{id}/history")
    public List<StepRecord> history(@PathParam("id") long id) {
        return queries.steps(id);
    }

    /** Where the case's process stands: the activities it is at and those it passed (the diagram's markers). */
    @GET
    @Path("{id}/process")
    public Map<String, List<String>> process(@PathParam("id") long id) {
        return queries.diagram(id)
                .map(d -> Map.of("active", d.activeActivityIds(), "completed", d.completedActivityIds()))
                .orElse(Map.of("active", List.of(), "completed", List.of()));
    }

    /** The same list as {@link #list}, as an XLSX workbook. Written fully before the response starts, so a failure is a clean error. */
    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    public Response exportXlsx(@BeanParam CaseListParams params, @QueryParam("lang") @DefaultValue("en") String lang) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        export.exportCases(params.criteria(), Locale.forLanguageTag(lang), buffer);
        StreamingOutput body = out -> buffer.writeTo(out);
        return Response.ok(body, XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"amparo-cases.xlsx\"")
                .build();
    }
}
