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
import org.amparo.campaigns.application.CampaignForms;
import org.amparo.campaigns.application.CampaignPlan;
import org.amparo.campaigns.application.CampaignPlanning;

/**
 * A jurisdiction's campaign and its specific policy asks: {@code GET /api/v1/jurisdictions/{id}/campaign} (every
 * role), {@code POST} there to start one ({@code {"name"}}), {@code POST /api/v1/campaigns/{id}/asks} to add one
 * ({@code {"sample":"END_287G"}} or {@code {"wording":"..."}}), {@code PUT /api/v1/campaigns/{id}/asks/{askId}} to
 * record where it stands ({@code {"version":0,"status":"RAISED","on":"2026-11-02"}}). Staff read only.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    CampaignPlanning planning;

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
}
