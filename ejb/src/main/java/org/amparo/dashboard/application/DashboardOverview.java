package org.amparo.dashboard.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.amparo.dashboard.application.Dashboard.Figure;
import org.amparo.dashboard.application.DashboardFigures.Caseload;
import org.amparo.dashboard.application.DashboardFigures.HoldAlert;
import org.amparo.dashboard.application.DashboardFigures.HoldCounts;
import org.amparo.dashboard.application.DashboardFigures.JurisdictionFinding;
import org.amparo.dashboard.application.DashboardFigures.LabelCount;
import org.amparo.dashboard.application.DashboardFigures.MonthCount;
import org.amparo.dashboard.application.DashboardFigures.OverdueTask;
import org.amparo.dashboard.application.DashboardFigures.PipelineStep;
import org.amparo.dashboard.application.DashboardFigures.UnassignedCase;

/**
 * Every figure of the dashboard at once; the lists that name people are empty for staff. {@code monthsCountedAt} is when
 * the whole months of the figures over time were counted, when they came from the counts kept per month (a large file);
 * null when every figure was counted from the cases for this view.
 */
public record DashboardOverview(HoldCounts holdCounts, List<PipelineStep> pipeline, List<OverdueTask> overdueTasks,
                                long unassignedCount, List<Caseload> caseload, List<MonthCount> outcomesByMonth,
                                List<MonthCount> detainersByMonth, List<LabelCount> detainersByFacility,
                                List<JurisdictionFinding> findingsByJurisdiction, List<HoldAlert> holds,
                                List<UnassignedCase> unassigned, Instant monthsCountedAt) implements Serializable {

    @SuppressWarnings("unchecked")
    static DashboardOverview of(Map<Figure, Object> f, Instant monthsCountedAt) {
        return new DashboardOverview((HoldCounts) f.get(Figure.HOLD_COUNTS), (List<PipelineStep>) f.get(Figure.PIPELINE),
                (List<OverdueTask>) f.get(Figure.OVERDUE), (Long) f.get(Figure.UNASSIGNED_COUNT),
                (List<Caseload>) f.get(Figure.CASELOAD), (List<MonthCount>) f.get(Figure.OUTCOMES),
                (List<MonthCount>) f.get(Figure.DETAINERS_BY_MONTH), (List<LabelCount>) f.get(Figure.DETAINERS_BY_FACILITY),
                (List<JurisdictionFinding>) f.get(Figure.FINDINGS),
                (List<HoldAlert>) f.getOrDefault(Figure.HOLDS, List.of()),
                (List<UnassignedCase>) f.getOrDefault(Figure.UNASSIGNED, List.of()), monthsCountedAt);
    }
}
