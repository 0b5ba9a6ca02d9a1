package org.amparo.web.api;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.amparo.dashboard.application.Dashboard;
import org.amparo.dashboard.application.DashboardExport;
import org.amparo.dashboard.application.DashboardFilter;
import org.amparo.dashboard.application.DashboardOverview;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InvalidInputException;

/**
 * {@code GET /api/v1/dashboard}: every figure of the dashboard for the caller's view, with the page's filters
 * ({@code from}, {@code to}, {@code jurisdictionId}, {@code facilityId}, {@code caseworker}); staff get the counts
 * only. {@code GET /api/v1/dashboard/{table}.xlsx} exports one table.
 */
@Path("v1/dashboard")
public class DashboardResource {

    @Inject
    Dashboard dashboard;

    @Inject
    DashboardExport export;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> figures(@QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("jurisdictionId") Long jurisdictionId,
                                       @QueryParam("facilityId") Long facilityId, @QueryParam("caseworker") String caseworker,
                                       @Context SecurityContext security) {
        DashboardFilter filter = filter(from, to, jurisdictionId, facilityId, caseworker);
        boolean names = Roles.seesNames(security::isUserInRole);
        DashboardOverview all = dashboard.overview(filter, names);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("holdCounts", all.holdCounts());
        figures.put("pipeline", all.pipeline());
        figures.put("overdueTasks", all.overdueTasks());
        figures.put("unassignedCount", all.unassignedCount());
        figures.put("caseload", all.caseload());
        figures.put("outcomesByMonth", all.outcomesByMonth());
        figures.put("detainersByMonth", all.detainersByMonth());
        figures.put("detainersByFacility", all.detainersByFacility());
        figures.put("findingsByJurisdiction", all.findingsByJurisdiction());
        // When the whole months of the four figures above were counted (a large file: the counts kept per month, recounted
        // every few minutes); null when they were counted from the cases for this call.
        figures.put("monthsCountedAt", all.monthsCountedAt());
        if (names) {
            figures.put("holds", all.holds());
            figures.put("unassigned", all.unassigned());
        }
        return figures;
    }

    @GET
    @Path("{table}.xlsx")
    @Produces(CaseResource.XLSX)
    public Response exportTable(@PathParam("table") String table, @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("jurisdictionId") Long jurisdictionId, @QueryParam("facilityId") Long facilityId,
                                @QueryParam("caseworker") String caseworker, @QueryParam("lang") @DefaultValue("en") String lang) {
        DashboardExport.Table which;
        try {
            which = DashboardExport.Table.valueOf(table.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiWords.invalid("table", "api.unknownTable", table);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        export.export(which, filter(from, to, jurisdictionId, facilityId, caseworker), Locale.forLanguageTag(lang), buffer);
        StreamingOutput body = buffer::writeTo;
        return Response.ok(body, CaseResource.XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"amparo-" + which.name().toLowerCase(Locale.ROOT) + ".xlsx\"").build();
    }

    static DashboardFilter filter(String from, String to, Long jurisdictionId, Long facilityId, String caseworker) {
        LocalDate today = LocalDate.now();
        LocalDate start = date("from", from, today.minusMonths(12).withDayOfMonth(1));
        LocalDate end = date("to", to, today);
        if (end.isBefore(start)) {
            throw ApiWords.invalid("to", "api.toBeforeFrom");
        }
        return new DashboardFilter(start, end, jurisdictionId, facilityId,
                caseworker == null || caseworker.isBlank() ? null : caseworker.trim(), null);
    }

    private static LocalDate date(String field, String value, LocalDate otherwise) {
        return QueryDates.optional(field, value, otherwise);
    }
}
