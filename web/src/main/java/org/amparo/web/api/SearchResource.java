package org.amparo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.amparo.cases.application.CasePage;
import org.amparo.cases.application.CaseQueries;

/**
 * {@code GET /api/v1/search?q=}: what the search box in every page's header answers, for programs. A name in any
 * order, partial (the start of each word), accents and case ignored, aliases included; an A-number or a booking
 * number, whole or by its last four digits. Answers the cases the caller may see, newest first, and the activity
 * reports that name the person, the place or the jurisdiction.
 */
@Path("v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    CaseQueries queries;

    @Inject
    org.amparo.hotline.application.ActivityReporting reports;

    /**
     * The answer: the query as read, the first page of the cases found with their total, and the hotline's
     * enforcement-activity reports of the last year that name such a person, place or jurisdiction.
     */
    public record SearchAnswer(String query, CasePage cases, java.util.List<org.amparo.hotline.application.ReportView> reports) {
    }

    @GET
    public SearchAnswer search(@QueryParam("q") String q, @QueryParam("size") @DefaultValue("25") int size) {
        CasePage cases = queries.search(q, size); // refuses an empty query, and staff, first
        return new SearchAnswer(q.trim(), cases, reports.search(q, size));
    }
}
