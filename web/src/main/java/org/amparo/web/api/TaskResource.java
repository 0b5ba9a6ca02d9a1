package org.amparo.web.api;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.amparo.tasks.application.TaskCompletion;
import org.amparo.tasks.application.InboxItem;
import org.amparo.tasks.application.TaskForms;
import org.amparo.tasks.application.TaskInbox;
import org.amparo.process.WorkTask;

/**
 * The caller's task inbox: list, claim, release, and complete a task with its step's form
 * ({@code POST /api/v1/tasks/{id}/complete}, a JSON object with the fields of that step's form). The campaigns' tasks
 * are in the same inbox (no {@code step}, {@code caseId} 0, and a {@code campaign} saying what); completing one marks the
 * step done, deals with the next meeting, or settles the promise ({@code {"state":"KEPT"}} or {@code "BROKEN"}).
 */
@jakarta.enterprise.context.RequestScoped
@org.amparo.web.RetriedWhenBusy
@Path("v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskInbox inbox;

    @Inject
    TaskCompletion tasks;

    @Inject
    org.amparo.tasks.application.TaskInboxExport inboxExport;

    @Inject
    org.amparo.exports.application.ExportPolicy exportPolicy;

    @Inject
    org.amparo.tasks.application.CampaignTaskCompletion campaignTasks;

    @Inject
    org.amparo.shared.domain.InputValidation validation;

    /**
     * My inbox, most urgent first; {@code step} (a step's name) and {@code urgency} narrow it, or {@code work=CAMPAIGNS}
     * for the campaigns' tasks only. The whole inbox is ranked
     * and its {@value org.amparo.tasks.application.TaskInbox#SHOWN} most urgent tasks are answered; {@code X-Total-Count}
     * says how many the filters let through in all.
     */
    @GET
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200",
            description = "the most urgent tasks of the inbox after the filters: a case's tasks (with its step and case id) and "
                    + "a campaign's (no step, case id 0, and a campaign object: kind STEP, PROMISE or NEXT_MEETING, the campaign's "
                    + "id and name, its jurisdiction's id, the step's or promise's id, a title and the day it is due)",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = InboxItem.class)),
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "X-Total-Count",
                    description = "how many tasks the filters let through in all (more than answered when the inbox is cut)",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)))
    public jakarta.ws.rs.core.Response mine(@jakarta.ws.rs.QueryParam("step") org.amparo.process.CaseStep step,
                                            @jakarta.ws.rs.QueryParam("urgency") org.amparo.tasks.application.InboxUrgency urgency,
                                            @jakarta.ws.rs.QueryParam("work") String work) {
        // ?work=CAMPAIGNS: the campaigns' tasks only (their steps, promises, next meetings), instead of a case step.
        if (work != null && (!"CAMPAIGNS".equalsIgnoreCase(work) || step != null)) {
            throw validation.invalid("work", "amparo.validation.work");
        }
        org.amparo.tasks.application.InboxPage page = "CAMPAIGNS".equalsIgnoreCase(work)
                ? inbox.campaignPage(urgency, org.amparo.tasks.application.TaskInbox.SHOWN)
                : inbox.page(step, urgency, org.amparo.tasks.application.TaskInbox.SHOWN);
        return jakarta.ws.rs.core.Response.ok(new jakarta.ws.rs.core.GenericEntity<List<InboxItem>>(page.items()) {
        }).header("X-Total-Count", page.total()).build();
    }

    /** My inbox as XLSX: {@code mode=full} (supervisors, admins; their default) or {@code mode=deidentified}. */
    @GET
    @Path("export.xlsx")
    @Produces(CaseResource.XLSX)
    public jakarta.ws.rs.core.Response exportXlsx(@jakarta.ws.rs.QueryParam("lang") @jakarta.ws.rs.DefaultValue("en") String lang,
                                                  @jakarta.ws.rs.QueryParam("mode") String mode) {
        var chosen = exportPolicy.mode(mode);
        return CaseResource.xlsx("amparo-tasks.xlsx", out -> inboxExport.export(java.util.Locale.forLanguageTag(lang), out, chosen));
    }

    @GET
    @Path("count")
    public Map<String, Long> count() {
        return Map.of("count", inbox.count());
    }

    @POST
    @Path("{id}/claim")
    public Response claim(@PathParam("id") String id) {
        inbox.claim(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/release")
    public Response release(@PathParam("id") String id) {
        inbox.release(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(@PathParam("id") String id, String body) {
        String json = body == null || body.isBlank() ? "{}" : body;
        if (campaignTasks.isCampaignTask(id)) {
            // A campaign's task: a step done, the next meeting dealt with, or a promise {"state":"KEPT"|"BROKEN"}.
            campaignTasks.complete(id, read(json, org.amparo.tasks.application.CampaignTaskCompletion.Form.class));
            return Response.noContent().build();
        }
        WorkTask task = inbox.get(id);
        switch (task.step()) {
            case INTAKE -> tasks.completeIntake(id, read(json, TaskForms.Intake.class));
            case ICE_HOLD_CHECK, ICE_HOLD_RECHECK -> tasks.completeHoldCheck(id, read(json, TaskForms.HoldCheck.class));
            case ATTORNEY_REFERRAL -> tasks.assignAttorney(id, read(json, TaskForms.AttorneyAssignment.class));
            case ATTORNEY_RESPONSE -> tasks.respondToReferral(id, read(json, TaskForms.ReferralResponse.class));
            case ATTORNEY_REVIEW -> tasks.completeReview(id, read(json, TaskForms.Review.class));
            case CAMPAIGN_APPROVAL -> tasks.decideCampaign(id, read(json, TaskForms.CampaignDecision.class));
            case CLOSURE -> tasks.closeCase(id, read(json, TaskForms.Closure.class));
            case HOLD_EXPIRES_SOON, HELD_PAST_EXPIRY -> tasks.acknowledgeAlert(id);
        }
        return Response.noContent().build();
    }

    private static <T> T read(String json, Class<T> type) {
        return JsonBinding.read(json, type); // the API's strict reading: a value of the wrong kind is refused by its field
    }
}
