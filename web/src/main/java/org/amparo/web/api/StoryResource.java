package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.stories.application.CaseStories;
import org.amparo.stories.application.CaseStories.ConsentForm;
import org.amparo.stories.application.CaseStories.StoryForm;
import org.amparo.stories.application.CaseStories.StoryView;
import org.amparo.stories.application.CaseStories.VettingForm;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * A case's stories (issue 14 item 4): {@code GET /api/v1/cases/{id}/stories} (everyone who works the case; never
 * staff), {@code POST} there to record one ({@code {"title":"...","text":"..."}}; caseworkers), {@code PUT
 * .../stories/{storyId}} to change its title and text ({@code {"title","text","version":0}}; a changed text must be vetted
 * again), {@code PUT .../consent} for the person's consent ({@code {"scope":"EVIDENCE_REPORTS","consentedOn":"2026-11-02","version":0}};
 * caseworkers), {@code DELETE .../consent} when they withdraw it (the answer's {@code uses} say where it was used
 * before), and {@code PUT .../vetting} for an attorney's vetting ({@code {"vettedOn":"2026-11-03","riskNote":"...","version":0}};
 * attorneys only: the version read, so a text changed since is never approved). Each change answers with the story as it now stands. A case the caller does not work is refused as
 * every other part of it is.
 */
@jakarta.enterprise.context.RequestScoped
@org.amparo.web.RetriedWhenBusy
@Path("v1/cases/{id}/stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    @Inject
    CaseStories stories;

    @GET
    @Operation(summary = "The case's stories", description = "Each with its consent, vetting, status and where it was used.")
    @APIResponse(responseCode = "200", description = "The stories, as recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StoryView.class)))
    public List<StoryView> list(@PathParam("id") long caseId) {
        return stories.of(caseId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records a story the person told", description = "With no consent or vetting yet: it stays in the case file.")
    @APIResponse(responseCode = "201", description = "Recorded; the answer holds its id")
    @APIResponse(responseCode = "400", description = "A field is missing or too long; the answer names it")
    public Response record(@PathParam("id") long caseId, StoryForm form) {
        return Response.status(201).entity(Map.of("id", stories.record(caseId, required(form)))).build();
    }

    @PUT
    @Path("{storyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a story's title and text", description = "From the version read; a changed text must be vetted again.")
    @APIResponse(responseCode = "200", description = "The story as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryView.class)))
    @APIResponse(responseCode = "409", description = "Someone changed the story since that version")
    public StoryView edit(@PathParam("id") long caseId, @PathParam("storyId") long storyId, StoryForm form) {
        return stories.edit(caseId, storyId, required(form));
    }

    @PUT
    @Path("{storyId}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records the person's consent", description = "Its scope and day, for the version of the story read; refused once the person withdrew it.")
    @APIResponse(responseCode = "200", description = "The story as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (the version read is required); the answer names it")
    @APIResponse(responseCode = "409", description = "Someone changed the story since that version")
    public StoryView consent(@PathParam("id") long caseId, @PathParam("storyId") long storyId, ConsentForm form) {
        return stories.giveConsent(caseId, storyId, required(form));
    }

    @DELETE
    @Path("{storyId}/consent")
    @Operation(summary = "Records that the person withdrew their consent",
            description = "The story goes into nothing generated from now on; the answer says where it was used before.")
    @APIResponse(responseCode = "200", description = "The story, with the reports it went into before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryView.class)))
    public StoryView withdraw(@PathParam("id") long caseId, @PathParam("storyId") long storyId) {
        return stories.withdrawConsent(caseId, storyId);
    }

    @PUT
    @Path("{storyId}/vetting")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An attorney vets the story", description = "The text of the version read (required), with the day and any risk seen.")
    @APIResponse(responseCode = "200", description = "The story as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (the version read is required); the answer names it")
    @APIResponse(responseCode = "409", description = "Someone changed the story since that version: read it again")
    public StoryView vet(@PathParam("id") long caseId, @PathParam("storyId") long storyId, VettingForm form) {
        return stories.vet(caseId, storyId, required(form));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ApiWords.invalid("body", "api.objectRequired");
        }
        return body;
    }
}
