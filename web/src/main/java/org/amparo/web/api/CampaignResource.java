package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.amparo.campaigns.application.ActionPlan;
import org.amparo.campaigns.application.CampaignActionPlan;
import org.amparo.campaigns.application.CampaignMessaging;
import org.amparo.campaigns.application.CampaignNotes;
import org.amparo.campaigns.application.CampaignForms;
import org.amparo.campaigns.application.CampaignPlan;
import org.amparo.campaigns.application.CampaignPlanning;
import org.amparo.campaigns.application.CampaignMeetings;
import org.amparo.campaigns.application.MeetingForms;
import org.amparo.campaigns.application.MeetingRecord;
import jakarta.ws.rs.QueryParam;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Campaigns: {@code GET /api/v1/campaigns} (every role: each campaign by name), {@code POST} there to start one in a
 * jurisdiction ({@code {"jurisdictionId","name"}}), {@code GET|PUT /api/v1/campaigns/{id}} (its plan; a new name from
 * the version read). A jurisdiction's campaign and its specific policy asks: {@code GET
 * /api/v1/jurisdictions/{id}/campaign} (every role), {@code POST} there to start one ({@code {"name"}}), {@code POST
 * /api/v1/campaigns/{id}/asks} to add one ({@code {"sample":"END_287G"}} or {@code {"wording":"..."}}), {@code PUT
 * /api/v1/campaigns/{id}/asks/{askId}} to record where it stands ({@code {"version":0,"status":"RAISED","on":"2026-11-02"}}).
 * Supervisors and admins run campaigns; everyone else reads them.
 * <p>
 * Its meetings with law enforcement: {@code GET /api/v1/campaigns/{id}/meetings} (everyone but staff), {@code POST}
 * there to record one held ({@code {"heldOn","place","authorityId","nextMeetingOn","attendees":[{"name","organisation",
 * "role"}],"answers":[{"question":"RECEIVE_DETAINERS","answer"}],"promises":[{"kind":"DATA","what","dueOn"}]}}, checked
 * whole), {@code POST .../meetings/{meetingId}/attendees|answers|promises} to add one part, {@code PUT
 * .../promises/{promiseId}} to record whether a promise was kept ({@code {"version":0,"state":"KEPT","on":"..."}}), and
 * {@code GET .../meetings/{meetingId}/letter.docx?lang=es} for the thank-you letter. Supervisors and admins run them.
 * <p>
 * Its targets and allies: {@code GET /api/v1/campaigns/{id}/power-map} (every role), {@code POST .../targets}
 * ({@code {"authorityId":7,"rank":"PRIMARY","why":"Runs the jail"}}), {@code POST .../allies} ({@code {"type":"FAITH",
 * "name","contact","notes"}}), {@code DELETE .../targets/{targetId}} and {@code .../allies/{allyId}}, each answering with
 * the whole map. Supervisors and admins change them.
 * <p>
 * Its plan of action: {@code GET /api/v1/campaigns/{id}/steps} (everyone but staff), {@code POST} there to plan a step
 * ({@code {"title":"Ask the board for a hearing","owner":"caseworker","dueOn":"2027-01-15"}}; supervisors and admins),
 * {@code PUT .../steps/{stepId}/done} (its owner, supervisors and admins) and {@code DELETE .../steps/{stepId}}
 * (supervisors and admins), each answering with the whole plan.
 * <p>
 * Its goals, research notes and outcomes: {@code GET /api/v1/campaigns/{id}/notes} (every role), {@code POST} there
 * ({@code {"kind":"OUTCOME","text":"...","happenedOn":"2026-11-03","result":"WON"}}; supervisors and admins) and
 * {@code DELETE .../notes/{noteId}}, each answering with all of them.
 * <p>
 * Its messages by audience: {@code GET /api/v1/campaigns/{id}/messages} (every role), {@code POST} there
 * ({@code {"audience":"LAW_ENFORCEMENT","theme":"FINANCIAL_COSTS","points":"..."}}; supervisors and admins; never
 * "illegals": a 400 on {@code points}) and {@code DELETE .../messages/{messageId}}, each answering with all of them.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    CampaignPlanning planning;

    @Inject
    CampaignMeetings meetings;

    @Inject
    org.amparo.campaigns.application.CampaignPowerMap powerMap;

    @Inject
    CampaignActionPlan actionPlan;

    @Inject
    CampaignMessaging messaging;

    @Inject
    CampaignNotes notes;

    @GET
    @Path("campaigns")
    public java.util.Map<String, Object> campaigns() {
        java.util.List<CampaignPlan.Summary> all = planning.campaigns();
        return java.util.Map.of("items", all, "total", all.size());
    }

    @POST
    @Path("campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startCampaign(CampaignForms.NewCampaign form, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        CampaignPlan started = planning.start(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(started.campaignId())).build())
                .entity(started).build();
    }

    @GET
    @Path("campaigns/{id}")
    public CampaignPlan campaign(@PathParam("id") long id) {
        return planning.planOf(id);
    }

    @PUT
    @Path("campaigns/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CampaignPlan rename(@PathParam("id") long id, CampaignForms.Rename form) {
        return planning.rename(id, form);
    }

    /**
     * Closes the campaign ({@code {"version", "result", "on"}}: WON, PARTLY_WON or LOST; the day, today when none): its
     * process ends with its open tasks, and the jurisdiction may start its next campaign. Answers the closed campaign.
     */
    @POST
    @Path("campaigns/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public CampaignPlan close(@PathParam("id") long id, CampaignForms.Close form) {
        return planning.close(id, form);
    }

    @GET
    @Path("jurisdictions/{id}/campaign")
    public CampaignPlan plan(@PathParam("id") long id) {
        return planning.plan(id);
    }

    @POST
    @Path("jurisdictions/{id}/campaign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("id") long id, CampaignForms.Start form) {
        return Response.status(Response.Status.CREATED).entity(planning.start(id, form)).build();
    }

    @POST
    @Path("campaigns/{id}/asks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAsk(@PathParam("id") long id, CampaignForms.NewAsk form) {
        return Response.status(Response.Status.CREATED).entity(planning.addAsk(id, form)).build();
    }

    @PUT
    @Path("campaigns/{id}/asks/{askId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CampaignPlan.Ask progress(@PathParam("id") long id, @PathParam("askId") long askId, CampaignForms.Progress form) {
        return planning.progress(id, askId, form);
    }

    @GET
    @Path("campaigns/{id}/meetings")
    public List<MeetingRecord> meetings(@PathParam("id") long id) {
        return meetings.of(id);
    }

    @POST
    @Path("campaigns/{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordMeeting(@PathParam("id") long id, MeetingForms.NewMeeting form) {
        return Response.status(Response.Status.CREATED).entity(meetings.record(id, form)).build();
    }

    @POST
    @Path("campaigns/{id}/meetings/{meetingId}/attendees")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAttendee(@PathParam("id") long id, @PathParam("meetingId") long meetingId, MeetingForms.Attendee form) {
        return Response.status(Response.Status.CREATED).entity(meetings.addAttendee(id, meetingId, form)).build();
    }

    @POST
    @Path("campaigns/{id}/meetings/{meetingId}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAnswer(@PathParam("id") long id, @PathParam("meetingId") long meetingId, MeetingForms.Answer form) {
        return Response.status(Response.Status.CREATED).entity(meetings.addAnswer(id, meetingId, form)).build();
    }

    @POST
    @Path("campaigns/{id}/meetings/{meetingId}/promises")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addPromise(@PathParam("id") long id, @PathParam("meetingId") long meetingId, MeetingForms.Promise form) {
        return Response.status(Response.Status.CREATED).entity(meetings.addPromise(id, meetingId, form)).build();
    }

    @PUT
    @Path("campaigns/{id}/promises/{promiseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingRecord.Promise settle(@PathParam("id") long id, @PathParam("promiseId") long promiseId, MeetingForms.Settle form) {
        return meetings.settle(id, promiseId, form);
    }

    /** The thank-you letter, a Word document to edit before sending, in English or ({@code lang=es}) Spanish. */
    @GET
    @Path("campaigns/{id}/meetings/{meetingId}/letter.docx")
    @Produces(DOCX)
    public Response letter(@PathParam("id") long id, @PathParam("meetingId") long meetingId, @QueryParam("lang") String lang) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        meetings.letter(id, meetingId, "es".equalsIgnoreCase(lang == null ? "" : lang.strip()) ? Locale.forLanguageTag("es") : Locale.ENGLISH, buffer);
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) buffer::writeTo, DOCX)
                .header("Content-Disposition", "attachment; filename=\"thank-you-letter-" + meetingId + ".docx\"").build();
    }

    @GET
    @Path("campaigns/{id}/power-map")
    public org.amparo.campaigns.application.PowerMap powerMap(@PathParam("id") long id) {
        return powerMap.of(id);
    }

    @POST
    @Path("campaigns/{id}/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addTarget(@PathParam("id") long id, org.amparo.campaigns.application.PowerMap.NewTarget form) {
        return Response.status(Response.Status.CREATED).entity(powerMap.addTarget(id, form)).build();
    }

    @jakarta.ws.rs.DELETE
    @Path("campaigns/{id}/targets/{targetId}")
    public org.amparo.campaigns.application.PowerMap removeTarget(@PathParam("id") long id, @PathParam("targetId") long targetId) {
        return powerMap.removeTarget(id, targetId);
    }

    @POST
    @Path("campaigns/{id}/allies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAlly(@PathParam("id") long id, org.amparo.campaigns.application.PowerMap.NewAlly form) {
        return Response.status(Response.Status.CREATED).entity(powerMap.addAlly(id, form)).build();
    }

    @jakarta.ws.rs.DELETE
    @Path("campaigns/{id}/allies/{allyId}")
    public org.amparo.campaigns.application.PowerMap removeAlly(@PathParam("id") long id, @PathParam("allyId") long allyId) {
        return powerMap.removeAlly(id, allyId);
    }

    @GET
    @Path("campaigns/{id}/steps")
    public ActionPlan steps(@PathParam("id") long id) {
        return actionPlan.of(id);
    }

    @POST
    @Path("campaigns/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addStep(@PathParam("id") long id, ActionPlan.NewStep form) {
        return Response.status(Response.Status.CREATED).entity(actionPlan.addStep(id, form)).build();
    }

    @PUT
    @Path("campaigns/{id}/steps/{stepId}/done")
    public ActionPlan markStepDone(@PathParam("id") long id, @PathParam("stepId") long stepId) {
        return actionPlan.markDone(id, stepId);
    }

    @GET
    @Path("campaigns/{id}/notes")
    public List<CampaignNotes.Note> notes(@PathParam("id") long id) {
        return notes.of(id);
    }

    @POST
    @Path("campaigns/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addNote(@PathParam("id") long id, CampaignNotes.NewNote form) {
        return Response.status(Response.Status.CREATED).entity(notes.add(id, form)).build();
    }

    @jakarta.ws.rs.DELETE
    @Path("campaigns/{id}/notes/{noteId}")
    public List<CampaignNotes.Note> removeNote(@PathParam("id") long id, @PathParam("noteId") long noteId) {
        return notes.remove(id, noteId);
    }

    @GET
    @Path("campaigns/{id}/messages")
    public List<CampaignMessaging.Message> messages(@PathParam("id") long id) {
        return messaging.of(id);
    }

    @POST
    @Path("campaigns/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMessage(@PathParam("id") long id, CampaignMessaging.NewMessage form) {
        return Response.status(Response.Status.CREATED).entity(messaging.add(id, form)).build();
    }

    @jakarta.ws.rs.DELETE
    @Path("campaigns/{id}/messages/{messageId}")
    public List<CampaignMessaging.Message> removeMessage(@PathParam("id") long id, @PathParam("messageId") long messageId) {
        return messaging.remove(id, messageId);
    }

    @jakarta.ws.rs.DELETE
    @Path("campaigns/{id}/steps/{stepId}")
    public ActionPlan removeStep(@PathParam("id") long id, @PathParam("stepId") long stepId) {
        return actionPlan.removeStep(id, stepId);
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
