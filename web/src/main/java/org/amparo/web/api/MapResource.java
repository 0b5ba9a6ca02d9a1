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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.amparo.monitoring.application.AuthorityForm;
import org.amparo.monitoring.application.MoneyForm;
import org.amparo.monitoring.application.MoneyPicture;
import org.amparo.monitoring.application.AuthorityView;
import org.amparo.monitoring.application.JurisdictionAuthorities;
import org.amparo.monitoring.application.ChecklistForms;
import org.amparo.monitoring.application.JurisdictionChecklist;
import org.amparo.monitoring.application.JurisdictionMonitoring;
import org.amparo.monitoring.application.MonitoringChecklist;
import org.amparo.monitoring.application.JurisdictionPage;
import org.amparo.monitoring.application.MapLayer;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.monitoring.MapJson;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The policy map's data ({@code GET /api/v1/map/jurisdictions?layer=&from=&to=&lang=}) and one jurisdiction's page
 * ({@code GET /api/v1/jurisdictions/{id}}). Every role: jurisdictions and counts are not personal data; names of
 * people appear only in the page's cases, for the cases the caller works.
 * <p>
 * The jurisdiction's monitoring checklist ({@code GET /api/v1/jurisdictions/{id}/checklist}: every item with its group,
 * state, date, source and evidence; {@code PUT .../checklist/{itemKey}}: an item's state, with cases as evidence). Every
 * role reads it (staff get the evidence's count, not its ids); everyone but staff sets it.
 * <p>
 * The jurisdiction's authorities ({@code GET/POST /api/v1/jurisdictions/{id}/authorities},
 * {@code PUT/DELETE .../authorities/{authorityId}}): every role reads them (public officials); everyone but staff records
 * them. A change names the version it was read at ({@code version} in the body, {@code ?version=} to delete); an older
 * one is a 409 with what changed since.
 * <p>
 * Follow the money ({@code GET /api/v1/jurisdictions/{id}/money}, {@code PUT/DELETE .../money/{year}}): the jail's
 * SCAAP money against its budget per fiscal year, and the IGSA contracts' estimated money; read by every role, recorded
 * by everyone but staff.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class MapResource {

    @Inject
    JurisdictionMonitoring monitoring;

    @Inject
    MonitoringChecklist checklist;

    @Inject
    JurisdictionAuthorities authorities;

    @Inject
    org.amparo.monitoring.application.EvidenceReport evidence;

    @Inject
    org.amparo.monitoring.application.FollowTheMoney money;

    /**
     * Every jurisdiction with a FIPS code under {@code jurisdictions}, keyed by the code, the others under
     * {@code unmapped}; each with its policy code and label, 287(g) models and the layer's counts.
     */
    @GET
    @Path("map/jurisdictions")
    public Map<String, Object> map(@QueryParam("layer") String layer, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("lang") String lang) {
        MapLayer shown = MapLayer.ofParameter(layer).orElseThrow(() -> ApiWords.invalid("layer", "api.unknownLayer"));
        var data = monitoring.map(shown, QueryDates.optional("from", from, null), QueryDates.optional("to", to, null));
        return MapJson.of(data, locale(lang));
    }

    /** One jurisdiction: policy and its history, facilities, 287(g) agreements, case counts, cases by name, reports. */
    @GET
    @Path("jurisdictions/{id}")
    public JurisdictionPage jurisdiction(@PathParam("id") long id) {
        return monitoring.page(id);
    }

    /** The jurisdiction's checklist: every item, in the toolkit's groups and order, with its state and evidence. */
    @GET
    @Path("jurisdictions/{id}/checklist")
    public JurisdictionChecklist checklist(@PathParam("id") long id) {
        return checklist.checklist(id);
    }

    /**
     * Sets an item's state in the jurisdiction: {@code {"state":"OBSERVED","observedOn":"2026-11-02","source":"...",
     * "caseIds":[12],"answerIds":[4],"documentIds":[31]}} (evidence: cases and documents of cases the caller may open,
     * answers given at the jurisdiction's campaign meetings); answers the item as it now is.
     */
    @PUT
    @Path("jurisdictions/{id}/checklist/{itemKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JurisdictionChecklist.Item setChecklistItem(@PathParam("id") long id, @PathParam("itemKey") String itemKey,
                                                       ChecklistForms.SetItem command) {
        if (command == null) {
            throw ApiWords.invalid("body", "api.objectRequired");
        }
        checklist.set(id, itemKey, command);
        return checklist.checklist(id).items().stream().filter(i -> i.key().equals(itemKey.strip())).findFirst().orElseThrow();
    }

    /**
     * Attaches a document of a case (one the caller may open) as evidence of the item: {@code {"documentId":31,
     * "observedOn":"2026-11-02"}}; the item is observed from then on (on that day, or today, when it was not before).
     * Answers the item as it now is. Everyone but staff.
     */
    @POST
    @Path("jurisdictions/{id}/checklist/{itemKey}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    public JurisdictionChecklist.Item attachChecklistDocument(@PathParam("id") long id, @PathParam("itemKey") String itemKey,
                                                              ChecklistForms.AttachDocument command) {
        checklist.attachDocument(id, itemKey, command);
        return checklist.checklist(id).items().stream().filter(i -> i.key().equals(itemKey.strip())).findFirst().orElseThrow();
    }

    /**
     * The jurisdiction's evidence report as a workbook ({@code ?from=&to=&lang=en|es}; no period is all time),
     * de-identified: summary, ICE documents by month, findings by facility and year, checklist, authorities, meeting
     * promises; counts from 1 to 4 read "fewer than 5".
     */
    @GET
    @Path("jurisdictions/{id}/evidence.xlsx")
    @Produces(CaseResource.XLSX)
    public Response evidenceReport(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("lang") String lang) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        evidence.writeXlsx(id, QueryDates.optional("from", from, null), QueryDates.optional("to", to, null), locale(lang), buffer);
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) buffer::writeTo, CaseResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"evidence-" + id + ".xlsx\"").build();
    }

    /** The same report as a PDF with its charts ({@code ?from=&to=&lang=en|es}), under the same rules. */
    @GET
    @Path("jurisdictions/{id}/evidence.pdf")
    @Produces("application/pdf")
    public Response evidencePdf(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("lang") String lang) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        evidence.writePdf(id, QueryDates.optional("from", from, null), QueryDates.optional("to", to, null), locale(lang), buffer);
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) buffer::writeTo, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"evidence-" + id + ".pdf\"").build();
    }

    /**
     * Follow the money: per fiscal year (latest first), for each facility ({@code facilityId}, {@code facility}) or the
     * jails together (no facility), what collaboration with ICE brought in (SCAAP, IGSA money paid or estimated)
     * against what it cost (ICE bed-days at the jail's cost per bed per day, other costs) and the jail's budget, with
     * {@code broughtIn}, {@code cost}, {@code balance}, {@code costCovered} and {@code scaapShare} computed; the
     * facilities' IGSA contracts with their estimated money per year; and the facilities whose figures may be
     * recorded. Every role reads it (public figures).
     */
    @GET
    @Path("jurisdictions/{id}/money")
    public MoneyPicture money(@PathParam("id") long id) {
        return money.of(id);
    }

    /**
     * Records or replaces a fiscal year's figures of the jails together, or of one facility with {@code ?facility=}
     * (its id; 400 naming {@code facilityId} for another jurisdiction's): {@code {"scaapReceived":1400000,
     * "jailBudget":56000000,"igsaBeds":40,"igsaRate":89.50,"igsaRevenue":null,"costPerBedDay":142.00,
     * "iceBedDays":9100,"otherCosts":25000,"source":"BJA SCAAP awards FY2024","notes":"...","version":0}}
     * ({@code version}: the one read, to refuse an edit over someone else's with 409); answers the jurisdiction's money
     * as it now is. Everyone but staff.
     */
    @PUT
    @Path("jurisdictions/{id}/money/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MoneyPicture recordMoney(@PathParam("id") long id, @PathParam("year") int year,
                                    @QueryParam("facility") String facility, MoneyForm form) {
        return money.record(id, facilityId(facility), year, form);
    }

    /**
     * Removes a fiscal year's figures (of the jails together, or of {@code ?facility=}) read at {@code ?version=} (409
     * when someone changed them since); its history stays. Everyone but staff.
     */
    @DELETE
    @Path("jurisdictions/{id}/money/{year}")
    public MoneyPicture removeMoney(@PathParam("id") long id, @PathParam("year") int year,
                                    @QueryParam("facility") String facility, @QueryParam("version") String version) {
        return money.remove(id, facilityId(facility), year, versionRead(version));
    }

    /**
     * Imports a money spreadsheet (.xlsx, .xls or .csv as the body; {@code ?fileName=}): one row per facility (named;
     * blank for the jails together) and fiscal year, with any of the figures' columns ("SCAAP received", "Jail budget",
     * "IGSA beds", "IGSA rate per bed per day", "IGSA money paid", "Cost per bed per day", "ICE bed-days", "Other
     * costs", "Source", "Notes"; in English or Spanish). Without {@code &commit=true} a preview: what it would add,
     * replace and leave, and each row's problems with its cell; nothing is kept. With it, all or nothing (400 naming
     * {@code file} when a row has a problem). A year already recorded with other figures is a problem unless
     * {@code &replace=true}. Everyone but staff.
     */
    @POST
    @Path("jurisdictions/{id}/money/import")
    @Consumes(MediaType.WILDCARD)
    public org.amparo.monitoring.application.MoneyImportReport importMoney(@PathParam("id") long id,
            @QueryParam("fileName") String fileName, @QueryParam("commit") @jakarta.ws.rs.DefaultValue("false") boolean commit,
            @QueryParam("replace") @jakarta.ws.rs.DefaultValue("false") boolean replace,
            java.io.InputStream body) throws java.io.IOException {
        byte[] content = body.readNBytes(ImportResource.READ_LIMIT);
        return commit ? money.importFile(id, fileName, content, replace) : money.previewImport(id, fileName, content, replace);
    }

    /**
     * The {@code ?facility=} of a year's figures; null for the jails together. Not a number: an id no facility has,
     * refused by the service naming {@code facilityId} once the caller's role has been checked.
     */
    private static Long facilityId(String facility) {
        if (facility == null || facility.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(facility.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /** The jurisdiction's authorities, in the toolkit's order of offices. */
    @GET
    @Path("jurisdictions/{id}/authorities")
    public List<AuthorityView> authorities(@PathParam("id") long id) {
        return authorities.of(id);
    }

    /**
     * Records an authority: {@code {"office":"SHERIFF","holderName":"...","selection":"ELECTED","nextElection":"2028-11-07",
     * "phone":"...","email":"...","address":"...","website":"https://...","notes":"..."}}; answers 201 with it.
     */
    @POST
    @Path("jurisdictions/{id}/authorities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAuthority(@PathParam("id") long id, AuthorityForm form, @Context UriInfo uri) {
        AuthorityView added = authorities.add(id, form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build()).entity(added).build();
    }

    /** Replaces what is recorded about an authority, from the {@code version} read; answers it as it now is. */
    @PUT
    @Path("jurisdictions/{id}/authorities/{authorityId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuthorityView updateAuthority(@PathParam("id") long id, @PathParam("authorityId") long authorityId,
                                         AuthorityForm form) {
        return authorities.update(id, authorityId, form);
    }

    /** Removes an authority read at {@code ?version=}; its history stays. */
    @DELETE
    @Path("jurisdictions/{id}/authorities/{authorityId}")
    public Response removeAuthority(@PathParam("id") long id, @PathParam("authorityId") long authorityId,
                                    @QueryParam("version") String version) {
        authorities.remove(id, authorityId, versionRead(version));
        return Response.noContent().build();
    }

    /** The {@code ?version=} a removal was read at; null when missing or not a number (refused by the service, naming
     * the field, once the caller's role has been checked). */
    private static Integer versionRead(String version) {
        try {
            return version == null ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Locale locale(String lang) {
        return "es".equalsIgnoreCase(lang == null ? "" : lang.strip()) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    }
}
