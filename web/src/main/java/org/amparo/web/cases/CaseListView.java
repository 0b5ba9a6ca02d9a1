package org.amparo.web.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.cases.application.CaseExport;
import org.amparo.cases.application.CaseListCriteria;
import org.amparo.cases.application.CasePage;
import org.amparo.cases.application.CaseQueries;
import org.amparo.cases.application.CaseSortField;
import org.amparo.rules.detainer.Finding;
import org.amparo.rules.priority.EnforcementPriority;
import org.amparo.cases.application.CaseSummary;
import org.amparo.cases.domain.CaseStatus;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The case list: lazy paging, sorting and filtering done by the database, and the XLSX export of the same list. */
@Named
@ViewScoped
public class CaseListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, CaseSortField> SORT_FIELDS = Map.ofEntries(
            Map.entry("id", CaseSortField.ID), Map.entry("familyName", CaseSortField.FAMILY_NAME),
            Map.entry("facilityName", CaseSortField.FACILITY), Map.entry("status", CaseSortField.STATUS),
            Map.entry("workflowStep", CaseSortField.WORKFLOW_STEP), Map.entry("caseworker", CaseSortField.CASEWORKER),
            Map.entry("openedAt", CaseSortField.OPENED_AT), Map.entry("enforcementPriority", CaseSortField.PRIORITY),
            Map.entry("holdExpiresAt", CaseSortField.HOLD_EXPIRES_AT));

    @Inject
    CaseQueries queries;

    private java.util.List<org.amparo.cases.application.CaseSummary> recent;

    /** The cases the user opened last, for the strip above the list. */
    public java.util.List<org.amparo.cases.application.CaseSummary> getRecent() {
        if (recent == null) {
            recent = queries.recentlyOpened();
        }
        return recent;
    }

    @Inject
    CaseExport export;

    @Inject
    org.amparo.exports.application.ExportPolicy exportPolicy;


    @Inject
    org.amparo.filters.application.SavedFilters savedFilters;

    private final org.amparo.web.SavedFilterBar filterBar = new org.amparo.web.SavedFilterBar(org.amparo.filters.domain.FilterPage.CASES);
    /** The id of the saved filter last applied (its values are then the table's own filters), null when none is. */
    private Long appliedFilter;

    private String search;
    private boolean mineOnly;
    private org.amparo.cases.application.CaseListPreset preset;
    /** The criteria of the last load, so the export holds exactly what the user sees. */
    private CaseListCriteria shown = CaseListCriteria.all();
    /** Whether the last load counted every match (false: more than {@link CaseQueries#COUNT_CAP}). */
    private boolean totalExact = true;

    private final LazyDataModel<CaseSummary> cases = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(queries.count(criteria(filters, Map.of())), CaseQueries.COUNT_CAP);
        }

        @Override
        public List<CaseSummary> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            shown = criteria(filters, sort);
            CasePage page = queries.list(shown, first, pageSize);
            setRowCount((int) page.total());
            totalExact = page.totalExact();
            return page.rows();
        }

        @Override
        public String getRowKey(CaseSummary row) {
            return String.valueOf(row.id());
        }
    };

    /** "More than 1,000 cases match": shown above the table when the list stopped counting. */
    public boolean isTotalExact() {
        return totalExact;
    }

    public int getCountCap() {
        return CaseQueries.COUNT_CAP;
    }

    CaseListCriteria criteria(Map<String, FilterMeta> filters, Map<String, SortMeta> sort) {
        SortMeta order = sort.values().stream().findFirst().orElse(null);
        CaseSortField field = order == null ? CaseSortField.ID : SORT_FIELDS.getOrDefault(order.getField(), CaseSortField.ID);
        boolean ascending = order != null && order.getOrder() == SortOrder.ASCENDING;
        if (order == null && preset == org.amparo.cases.application.CaseListPreset.HOLD_EXPIRING) {
            // Expiring holds: the soonest first, unless the user sorted otherwise.
            field = CaseSortField.HOLD_EXPIRES_AT;
            ascending = true;
        }
        // The table keys its filters by the column's field: the facility column's is facilityName, its value the id.
        return new CaseListCriteria(search, filterValue(filters, "status", CaseStatus.class),
                filterValue(filters, "workflowStep", org.amparo.process.CaseStep.class), filterLong(filters, "facilityName"),
                filterText(filters, "caseworker"), mineOnly, filterValue(filters, "enforcementPriority", EnforcementPriority.class),
                filterValue(filters, "findings", Finding.class), field, ascending, preset);
    }

    public org.amparo.web.SavedFilterBar getFilterBar() {
        return filterBar;
    }

    public List<org.amparo.filters.application.SavedFilterView> getSavedFilters() {
        return filterBar.filters(savedFilters);
    }

    public boolean isSavedFilterApplied() {
        return appliedFilter != null;
    }

    /**
     * Shows the list through the chosen saved filter, from its first page: its values become the table's own column
     * filters (the drop-downs show them) and the "my cases" and preset choices; the other column filters and the order
     * are cleared. From then on the columns are the filter: changing or clearing one changes the list.
     */
    public void applySavedFilter() {
        filterBar.chosen(savedFilters).ifPresentOrElse(f -> {
            Map<String, String> criteria = f.criteria();
            mineOnly = "true".equals(criteria.get("mine"));
            preset = criteria.containsKey("preset") ? org.amparo.cases.application.CaseListPreset.valueOf(criteria.get("preset")) : null;
            showColumnFilters(columnFilters(criteria));
            appliedFilter = f.id();
            org.amparo.web.Messages.info("filters.applied", f.name());
        }, this::clearSavedFilter);
    }

    /** Shows every case again: no saved filter, no column filter, no search, no preset. */
    public void clearSavedFilter() {
        appliedFilter = null;
        mineOnly = false;
        preset = null;
        search = null;
        filterBar.setChosen(null);
        showColumnFilters(Map.of());
    }

    /** Saves what the list shows now (its filters; never the search text) under the name typed. */
    public void saveFilter() {
        filterBar.save(savedFilters, savedCriteria(shown));
    }

    /** What a saved filter keeps of a load's criteria: the column filters, "my cases" and the preset, by saved key. */
    static Map<String, String> savedCriteria(CaseListCriteria shown) {
        Map<String, String> criteria = new java.util.LinkedHashMap<>();
        put(criteria, "status", shown.status());
        put(criteria, "step", shown.workflowStep());
        put(criteria, "facility", shown.facilityId());
        put(criteria, "priority", shown.priority());
        put(criteria, "finding", shown.finding());
        if (shown.mineOnly()) {
            criteria.put("mine", "true");
        }
        put(criteria, "preset", shown.preset());
        return criteria;
    }

    /**
     * Deletes the chosen saved filter. The list stays as it is: its columns hold the criteria now (perhaps changed
     * since the filter was applied), and deleting what was stored changes nothing that shows.
     */
    public void deleteSavedFilter() {
        if (appliedFilter != null && appliedFilter.equals(filterBar.getChosen())) {
            appliedFilter = null;
        }
        filterBar.delete(savedFilters);
    }

    private static void put(Map<String, String> criteria, String key, Object value) {
        if (value != null) {
            criteria.put(key, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    /** A saved filter's column criteria as the table's filter values, by the column's field (what {@link #criteria} reads). */
    static Map<String, Object> columnFilters(Map<String, String> criteria) {
        Map<String, Object> byField = new java.util.HashMap<>();
        if (criteria.containsKey("status")) {
            byField.put("status", CaseStatus.valueOf(criteria.get("status")));
        }
        if (criteria.containsKey("step")) {
            byField.put("workflowStep", org.amparo.process.CaseStep.valueOf(criteria.get("step")));
        }
        if (criteria.containsKey("facility")) {
            byField.put("facilityName", Long.valueOf(criteria.get("facility")));
        }
        if (criteria.containsKey("priority")) {
            byField.put("enforcementPriority", EnforcementPriority.valueOf(criteria.get("priority")));
        }
        if (criteria.containsKey("finding")) {
            byField.put("findings", Finding.valueOf(criteria.get("finding")));
        }
        return byField;
    }

    /**
     * The table from its first page, unsorted, with these column filter values (by field) and no other. Both places
     * PrimeFaces keeps a column's filter get the value: the filter facet's input (a filter request reads the table's
     * filters back from the inputs) and the table's FilterMeta (what the next load is given, and what the renderer puts
     * back into the inputs), so the drop-downs show exactly what the list is filtered by.
     */
    private static void showColumnFilters(Map<String, Object> byField) {
        var table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":cases:table");
        if (table instanceof org.primefaces.component.datatable.DataTable data) {
            for (var column : data.getColumns()) {
                if (column.getFacet("filter") instanceof jakarta.faces.component.EditableValueHolder input) {
                    input.resetValue();
                    input.setValue(byField.get(column.getField()));
                }
            }
            data.reset();
            // reset() dropped the table's filters; read again from the columns, then given the values outright
            for (FilterMeta meta : data.getFilterByAsMap().values()) {
                if (!meta.isGlobalFilter()) {
                    meta.setFilterValue(byField.get(meta.getField()));
                }
            }
        }
    }

    public StreamedContent exportXlsx() {
        return export(org.amparo.exports.domain.ExportMode.FULL, "amparo-cases.xlsx");
    }

    /** The same list without names, A-numbers, booking numbers or birth dates: anyone who sees the list may take it. */
    public StreamedContent exportDeidentified() {
        return export(org.amparo.exports.domain.ExportMode.DEIDENTIFIED, "amparo-cases-deidentified.xlsx");
    }

    /** The ICE documents of the listed cases: identified for supervisors and admins, de-identified for the others. */
    public StreamedContent exportIceRequests() {
        return org.amparo.web.Downloads.xlsx("amparo-ice-requests.xlsx", out -> export.exportIceRequests(shown,
                FacesContext.getCurrentInstance().getViewRoot().getLocale(), out, exportPolicy.defaultMode()));
    }

    @Inject
    org.amparo.exports.application.ExportJobs jobs;

    private org.amparo.exports.application.ExportJob job;

    /** Starts the export in the background (identified for supervisors and admins, de-identified for the others). */
    public void startBackgroundExport() {
        job = jobs.startCaseExport(shown, FacesContext.getCurrentInstance().getViewRoot().getLocale(), exportPolicy.defaultMode());
    }

    /** The running export, read again at each poll. */
    public org.amparo.exports.application.ExportJob getJob() {
        if (job != null && job.state() == org.amparo.exports.application.ExportJob.State.RUNNING) {
            job = jobs.status(job.id());
        }
        return job;
    }

    public StreamedContent downloadBackgroundExport() {
        org.amparo.exports.application.ExportJob done = job;
        job = null;
        return DefaultStreamedContent.builder().name(done.fileName())
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> jobs.download(done.id())).build();
    }

    private StreamedContent export(org.amparo.exports.domain.ExportMode mode, String name) {
        return org.amparo.web.Downloads.xlsx(name,
                out -> export.exportCases(shown, FacesContext.getCurrentInstance().getViewRoot().getLocale(), out, mode));
    }


    public org.amparo.cases.application.CaseListPreset getPreset() {
        return preset;
    }

    public void setPreset(org.amparo.cases.application.CaseListPreset preset) {
        this.preset = preset;
    }

    public org.amparo.cases.application.CaseListPreset[] getPresets() {
        return org.amparo.cases.application.CaseListPreset.values();
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public EnforcementPriority[] getPriorities() {
        return EnforcementPriority.values();
    }

    public Finding[] getFindingCodes() {
        return Finding.values();
    }

    /** An urgent hold, as the dashboard and the inbox count them ({@link org.amparo.cases.domain.HoldWindows}): shown in red. */
    public boolean isHoldUrgent(CaseSummary row) {
        return org.amparo.cases.domain.HoldWindows.isUrgent(row.holdExpiresAt(), java.time.Instant.now());
    }

    /** Every step a case can wait in, in the process's order. */
    public List<org.amparo.process.CaseStep> getSteps() {
        return List.of(org.amparo.process.CaseStep.values());
    }

    private static String filterText(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static Long filterLong(Map<String, FilterMeta> filters, String field) {
        String text = filterText(filters, field);
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E filterValue(Map<String, FilterMeta> filters, String field, Class<E> type) {
        FilterMeta meta = filters.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            return value == null || value.toString().isBlank() ? null : Enum.valueOf(type, value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public LazyDataModel<CaseSummary> getCases() {
        return cases;
    }

    public String getSearch() {
        return search;
    }

    /**
     * What an empty list says: for a number searched that was neither whole nor its last four digits ("140069"), how
     * numbers are found (they are encrypted, so only those two ways can be), rather than that nothing matched.
     */
    public String getEmptyMessage() {
        boolean number = search != null && search.matches("[\\d\\s-]*\\d[\\d\\s-]*");
        return org.amparo.web.Messages.text(number && search.replaceAll("\\D", "").length() != 4 ? "cases.emptyNumber" : "cases.empty");
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isMineOnly() {
        return mineOnly;
    }

    public void setMineOnly(boolean mineOnly) {
        this.mineOnly = mineOnly;
    }
}
