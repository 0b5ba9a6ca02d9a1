package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import org.amparo.casefile.application.CaseFile;
import org.amparo.casefile.application.CaseFileForms;
import org.amparo.casefile.application.CaseFileQueries;
import org.amparo.casefile.application.CaseAdministration;
import org.amparo.casefile.application.CaseNotesAndDocuments;
import org.amparo.casefile.application.CriminalHistoryRecords;
import org.amparo.casefile.application.CustodyRecords;
import org.amparo.casefile.application.PersonRecords;
import org.amparo.cases.application.PossibleDuplicate;
import org.amparo.shared.domain.FieldChange;
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
import org.amparo.cases.application.OutsideEventCommand;
import org.amparo.cases.application.OutsideEvents;
import org.amparo.cases.application.CaseExport;
import org.amparo.tasks.application.TaskInbox;
import org.amparo.process.StepRecord;
import org.amparo.process.WorkTask;
import java.util.List;
import java.util.Map;
import org.amparo.cases.application.CasePage;
import org.amparo.cases.application.CaseQueries;
import org.amparo.cases.application.CaseIntake;
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
@jakarta.enterprise.context.RequestScoped
@org.amparo.web.RetriedWhenBusy
@Path("v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CaseQueries queries;

    @Inject
    CaseIntake cases;

    @Inject
    CaseExport export;

    @Inject
    org.amparo.exports.application.ExportPolicy exportPolicy;

    @Inject
    OutsideEvents events;

    @Inject
    TaskInbox inbox;

    @Inject
    PersonRecords personRecords;

    @Inject
    CriminalHistoryRecords criminalHistory;

    @Inject
    CustodyRecords custodyRecords;

    @Inject
    CaseAdministration administration;

    @Inject
    CaseNotesAndDocuments notesAndDocuments;

    @Inject
    CaseFileQueries fileQueries;

    @Inject
    org.amparo.casefile.application.CaseFileExport fileExport;

    @Inject
    org.amparo.cases.application.CaseAccess access;

    @Inject
    org.amparo.security.application.TeamAdministration teams;

    /**
     * Breaks the glass: opens a case outside the caller's access for a limited time, for the reason given
     * ({@code {"reason": "..."}}); recorded in the audit trail, where supervisors see it.
     */
    @POST
    @Path("{id}/access")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> breakGlass(@PathParam("id") long id, BreakGlass body) {
        java.time.Instant until = access.breakGlass(id, required(body).reason());
        return Map.of("caseId", id, "until", until.toString());
    }

    /** Why one opens a case outside one's access ({@code {"reason": "..."}}): a field of its own, so a refusal names it. */
    public record BreakGlass(String reason) {
    }

    /** {@code {"caseworker": "username"}}: a body of its own, not a map (which read whatever a client nested in it). */
    public record CaseworkerChoice(String caseworker) {
    }

    /** Gives the case to a team by hand ({@code {"teamId": 3}}, or {@code null} for its jurisdiction's team): supervisors, admins. */
    @PUT
    @Path("{id}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response giveToTeam(@PathParam("id") long id, TeamResource.TeamChoice body) {
        teams.giveCase(id, TeamResource.TeamChoice.of(body));
        return Response.noContent().build();
    }

    /** The whole case file as one workbook, a sheet per part (the notes the caller may read). */
    @GET
    @Path("{id}/file.xlsx")
    @Produces(XLSX)
    public Response caseFileXlsx(@PathParam("id") long id, @QueryParam("lang") @DefaultValue("en") String lang) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        fileExport.export(id, Locale.forLanguageTag(lang), buffer);
        StreamingOutput body = out -> buffer.writeTo(out);
        return Response.ok(body, XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-" + id + ".xlsx\"").build();
    }

    @GET
    @Path("{id}")
    public CaseSummary get(@PathParam("id") long id) {
        return queries.view(id);
    }

    @GET
    public CasePage list(@BeanParam CaseListParams params,
                         @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size,
                         @QueryParam("after") Long after) {
        // Keyset paging (sorted by case id): the previous page's "next"; an offset ("first") reads every case before it.
        return after != null ? queries.listAfter(params.criteria(), after, size) : queries.list(params.criteria(), first, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(OpenCaseCommand command, @Context UriInfo uri) {
        if (command == null) {
            throw ApiWords.invalid("body", "api.caseRequired");
        }
        long id = cases.openCase(command);
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(id)).build();
        return Response.created(location).entity(queries.get(id)).build();
    }

    /** An event from outside: release, transfer, or a new ICE request ({@link OutsideEventCommand}). */
    @POST
    @Path("{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response event(@PathParam("id") long id, OutsideEventCommand command) {
        if (command == null) {
            throw ApiWords.invalid("body", "api.eventRequired");
        }
        events.record(id, command);
        return Response.accepted().entity(queries.get(id)).build();
    }

    /** The case's open tasks the caller may work. */
    @GET
    @Path("{id}/tasks")
    public List<WorkTask> tasks(@PathParam("id") long id) {
        return inbox.ofCaseRequired(id);
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

    /**
     * The same list as {@link #list}, as an XLSX workbook: {@code mode=full} (supervisors, admins; their default) or
     * {@code mode=deidentified} (everyone else's only choice). Written fully before the response starts, so a failure
     * is a clean error.
     */
    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    public Response exportXlsx(@BeanParam CaseListParams params, @QueryParam("lang") @DefaultValue("en") String lang,
                               @QueryParam("mode") String mode) {
        org.amparo.exports.domain.ExportMode chosen = exportPolicy.mode(mode);
        return xlsx("amparo-cases.xlsx", out -> export.exportCases(params.criteria(), Locale.forLanguageTag(lang), out, chosen));
    }

    /** The ICE documents of the same list's cases, as XLSX; the mode as for {@link #exportXlsx}. */
    @GET
    @Path("ice-requests.xlsx")
    @Produces(XLSX)
    public Response iceRequestsXlsx(@BeanParam CaseListParams params, @QueryParam("lang") @DefaultValue("en") String lang,
                                    @QueryParam("mode") String mode) {
        org.amparo.exports.domain.ExportMode chosen = exportPolicy.mode(mode);
        return xlsx("amparo-ice-requests.xlsx", out -> export.exportIceRequests(params.criteria(), Locale.forLanguageTag(lang), out, chosen));
    }

    /** A workbook written whole before the response starts, so a failure is a clean error rather than a cut file. */
    static Response xlsx(String fileName, java.util.function.Consumer<java.io.OutputStream> writer) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        writer.accept(buffer);
        StreamingOutput body = buffer::writeTo;
        return Response.ok(body, XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").build();
    }

    // ---- The case file (issue 3): every record, its history, notes and documents ----

    /** People already on file who may be the person of an intake: asked before opening a case for a new person. */
    @POST
    @Path("duplicates")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PossibleDuplicate> duplicates(OpenCaseCommand command) {
        return cases.possibleDuplicates(required(command));
    }

    /** The whole case file; privileged notes only for attorneys and supervisors. */
    @GET
    @Path("{id}/file")
    public CaseFile caseFile(@PathParam("id") long id) {
        return fileQueries.file(id);
    }

    /** Field-level history: who changed what, when, from what to what. */
    @GET
    @Path("{id}/changes")
    public List<FieldChange> changes(@PathParam("id") long id) {
        return fileQueries.history(id);
    }

    @PUT
    @Path("{id}/person")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseFile person(@PathParam("id") long id, CaseFileForms.PersonForm form) {
        personRecords.updatePerson(id, required(form));
        return fileQueries.file(id);
    }

    @PUT
    @Path("{id}/immigration")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseFile immigration(@PathParam("id") long id, CaseFileForms.ImmigrationForm form) {
        personRecords.updateImmigration(id, required(form));
        return fileQueries.file(id);
    }

    @PUT
    @Path("{id}/custody")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseFile custody(@PathParam("id") long id, CaseFileForms.CustodyForm form) {
        custodyRecords.updateCustody(id, required(form));
        return fileQueries.file(id);
    }

    /** Gives the case to another caseworker (supervisors, admins): {@code {"caseworker":"username"}}. */
    @PUT
    @Path("{id}/caseworker")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseFile caseworker(@PathParam("id") long id, CaseworkerChoice body) {
        administration.reassignCaseworker(id, required(body).caseworker());
        return fileQueries.file(id);
    }

    @POST
    @Path("{id}/aliases")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response alias(@PathParam("id") long id, CaseFileForms.AliasForm form) {
        return created(personRecords.addAlias(id, required(form)));
    }

    @POST
    @Path("{id}/family")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response family(@PathParam("id") long id, CaseFileForms.FamilyMemberForm form) {
        return created(personRecords.addFamilyMember(id, required(form)));
    }

    @POST
    @Path("{id}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response entry(@PathParam("id") long id, CaseFileForms.EntryForm form) {
        personRecords.addEntry(id, required(form));
        return Response.status(201).build();
    }

    @POST
    @Path("{id}/removal-orders")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response removalOrder(@PathParam("id") long id, CaseFileForms.RemovalOrderForm form) {
        personRecords.addRemovalOrder(id, required(form));
        return Response.status(201).build();
    }

    @POST
    @Path("{id}/charges")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response charge(@PathParam("id") long id, CaseFileForms.ChargeForm form) {
        return created(criminalHistory.recordCharge(id, required(form)));
    }

    @POST
    @Path("{id}/court-dates")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response courtDate(@PathParam("id") long id, CaseFileForms.CourtDateForm form) {
        return created(criminalHistory.addCourtDate(id, required(form)));
    }

    @POST
    @Path("{id}/ice-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response iceRequest(@PathParam("id") long id, CaseFileForms.IceRequestForm form) {
        return created(custodyRecords.recordIceRequest(id, required(form)));
    }

    @POST
    @Path("{id}/ice-requests/{detainer}/lift")
    public CaseFile lift(@PathParam("id") long id, @PathParam("detainer") long detainer) {
        custodyRecords.liftIceRequest(id, detainer);
        return fileQueries.file(id);
    }

    /** The notes the caller may read (privileged ones for attorneys and supervisors only). */
    @GET
    @Path("{id}/notes")
    public List<CaseFile.Note> notes(@PathParam("id") long id) {
        return fileQueries.file(id).notes();
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response note(@PathParam("id") long id, CaseFileForms.NoteForm form) {
        return created(notesAndDocuments.addNote(id, required(form)));
    }

    /** Uploads a scan as the request body; its type is told by its content. {@code ?fileName=} names it. */
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                           @QueryParam("description") String description, java.io.InputStream body) throws java.io.IOException {
        byte[] content = body.readNBytes(CaseNotesAndDocuments.MAX_DOCUMENT_MB * 1024 * 1024 + 1);
        return created(notesAndDocuments.uploadDocument(id, fileName, description, content));
    }

    @GET
    @Path("{id}/documents/{document}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") long id, @PathParam("document") long document) {
        CaseFileQueries.StoredDocument doc = fileQueries.document(id, document);
        StreamingOutput out = sink -> {
            try (var in = doc.content()) {
                in.transferTo(sink);
            }
        };
        return Response.ok(out, doc.contentType())
                .header("Content-Disposition", "attachment; filename=\"document-" + document + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** Soft delete: admin only; the case leaves every list and its workflow ends. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("reason") String reason) {
        administration.deleteCase(id, reason);
        return Response.noContent().build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ApiWords.invalid("body", "api.objectRequired");
        }
        return body;
    }

    private static Response created(long id) {
        return Response.status(201).entity(Map.of("id", id)).build();
    }
}
