package org.amparo.web.api;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.amparo.reference.application.ReferenceAdministration;
import org.amparo.reference.application.ReferenceAdministration.NewFacility;
import org.amparo.reference.application.ReferenceAdministration.NewJurisdiction;
import org.amparo.shared.domain.InvalidInputException;

/**
 * Reference data by hand (admin): create and edit jurisdictions (with their detainer policy and its history) and
 * facilities (287(g), IGSA); supervisors and admins add the organisation's own monitoring-checklist items. Reading the
 * lists is open to every role.
 */
@Path("v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    ReferenceAdministration administration;

    @Inject
    org.amparo.monitoring.application.MonitoringChecklist checklist;

    @Inject
    org.amparo.reference.application.ReferenceQueries queries;

    @Inject
    org.amparo.reference.application.ReferenceExport export;

    /** A reference list as a workbook: {@code jurisdictions.xlsx}, {@code facilities.xlsx}, {@code agreements.xlsx}. */
    @jakarta.ws.rs.GET
    @Path("{list: jurisdictions|facilities|agreements}.xlsx")
    @jakarta.ws.rs.Produces(CaseResource.XLSX)
    public Response exportList(@jakarta.ws.rs.PathParam("list") String list,
                               @jakarta.ws.rs.QueryParam("lang") @jakarta.ws.rs.DefaultValue("en") String lang) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        export.export(org.amparo.reference.application.ReferenceExport.ReferenceList.valueOf(list.toUpperCase(java.util.Locale.ROOT)),
                java.util.Locale.forLanguageTag(lang), buffer);
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) buffer::writeTo, CaseResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + list + ".xlsx\"").build();
    }

    @jakarta.ws.rs.GET
    @Path("jurisdictions")
    public java.util.List<org.amparo.reference.application.ReferenceForms.JurisdictionDetails> jurisdictions() {
        return queries.jurisdictionDetails();
    }

    @jakarta.ws.rs.PUT
    @Path("jurisdictions/{id}")
    public Response updateJurisdiction(@jakarta.ws.rs.PathParam("id") long id,
                                       org.amparo.reference.application.ReferenceForms.JurisdictionForm form) {
        require(form);
        administration.updateJurisdiction(id, form);
        return Response.noContent().build();
    }

    /** The detainer policies the jurisdiction has had, newest first. */
    @jakarta.ws.rs.GET
    @Path("jurisdictions/{id}/policies")
    public java.util.List<org.amparo.reference.application.ReferenceForms.PolicyVersion> policies(@jakarta.ws.rs.PathParam("id") long id) {
        return queries.policyHistory(id);
    }

    /** 287(g) agreements from ICE's list; {@code ?ended=true} includes those ICE no longer lists. */
    @jakarta.ws.rs.GET
    @Path("agreements")
    public java.util.List<org.amparo.reference.application.ReferenceForms.AgreementDetails> agreements(
            @jakarta.ws.rs.QueryParam("ended") boolean ended) {
        return queries.agreements(ended);
    }

    @jakarta.ws.rs.GET
    @Path("facilities")
    public java.util.List<org.amparo.reference.application.ReferenceForms.FacilityDetails> facilities() {
        return queries.facilityDetails();
    }

    @jakarta.ws.rs.PUT
    @Path("facilities/{id}")
    public Response updateFacility(@jakarta.ws.rs.PathParam("id") long id,
                                   org.amparo.reference.application.ReferenceForms.FacilityForm form) {
        require(form);
        administration.updateFacility(id, form);
        return Response.noContent().build();
    }

    @POST
    @Path("jurisdictions")
    public Response createJurisdiction(NewJurisdiction command) {
        require(command);
        return Response.status(201).entity(Map.of("id", administration.createJurisdiction(command))).build();
    }

    @POST
    @Path("facilities")
    public Response createFacility(NewFacility command) {
        require(command);
        return Response.status(201).entity(Map.of("id", administration.createFacility(command))).build();
    }

    /**
     * An organisation's own monitoring-checklist item (supervisors and admins): {@code {"group":"ARRESTS_AND_RAIDS",
     * "wording":"...","wordingEs":"..."}}; answers its key.
     */
    @POST
    @Path("checklist-items")
    public Response addChecklistItem(org.amparo.monitoring.application.ChecklistForms.NewItem command) {
        require(command);
        return Response.status(201).entity(Map.of("key", checklist.addItem(command))).build();
    }

    private static void require(Object command) {
        if (command == null) {
            throw ApiWords.invalid("body", "api.objectRequired");
        }
    }
}
