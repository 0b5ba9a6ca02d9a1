package org.amparo.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.amparo.cases.application.CaseRescreening;
import org.amparo.cases.domain.ScreeningRerun;

/**
 * {@code GET /api/v1/screening/reruns}: the latest re-screenings of the cases on file (after a change of the rule code
 * or when a rule set took effect), newest first, each with its report. Supervisors and administrators.
 */
@Path("v1/screening/reruns")
public class ScreeningRerunResource {

    @Inject
    CaseRescreening rescreening;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> latest(@QueryParam("size") @DefaultValue("10") int size) {
        return rescreening.latestRuns(size).stream().map(ScreeningRerunResource::json).toList();
    }

    private static Map<String, Object> json(ScreeningRerun run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.getId());
        json.put("rulesVersion", run.getRulesVersion());
        json.put("reason", run.getReason());
        json.put("startedAt", run.getStartedAt().toString());
        json.put("finishedAt", run.getFinishedAt().toString());
        json.put("casesScreened", run.getCasesScreened());
        json.put("priorityChanged", run.getPriorityChanged());
        json.put("ruleSetChanged", run.getRuleSetChanged());
        json.put("report", run.getReport());
        return json;
    }
}
