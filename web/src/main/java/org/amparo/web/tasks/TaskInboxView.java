package org.amparo.web.tasks;

import java.io.Serializable;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.tasks.application.InboxItem;
import org.amparo.tasks.application.TaskInbox;
import org.amparo.web.Messages;

/**
 * The task inbox page: my tasks and my groups' unclaimed ones, most urgent first, narrowed by step and urgency; claim,
 * release, and complete a task with its step's form in the dialog of {@link TaskStepForm}. One service call per action.
 */
@org.amparo.web.RetriedWhenBusy
@Named
@ViewScoped
public class TaskInboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskInbox inbox;

    @Inject
    TaskStepForm stepForm;

    @Inject
    org.amparo.tasks.application.TaskInboxExport inboxExport;

    @Inject
    org.amparo.exports.application.ExportPolicy exportPolicy;

    @Inject
    org.amparo.filters.application.SavedFilters savedFilters;

    @Inject
    org.amparo.tasks.application.CampaignTaskCompletion campaignTasks;

    private final org.amparo.web.SavedFilterBar filterBar = new org.amparo.web.SavedFilterBar(org.amparo.filters.domain.FilterPage.TASKS);
    private boolean savedFilterApplied;
    private List<InboxItem> items;
    /** How many tasks the inbox holds after its filters (more than {@link #items} when it lists only the most urgent). */
    private int total;
    private org.amparo.process.CaseStep step;
    /** The campaigns' tasks only: the step menu's last choice, instead of a case step. */
    private boolean campaignsOnly;

    /** The step menu's value for the campaigns' tasks. */
    public static final String CAMPAIGN_TASKS = "CAMPAIGN_TASKS";
    private org.amparo.tasks.application.InboxUrgency urgency;

    public List<InboxItem> getTasks() {
        if (items == null) {
            org.amparo.tasks.application.InboxPage page = campaignsOnly
                    ? inbox.campaignPage(urgency, org.amparo.tasks.application.TaskInbox.SHOWN)
                    : inbox.page(step, urgency, org.amparo.tasks.application.TaskInbox.SHOWN);
            // The table sorts the list it is given in place: a copy, since the service's list is unmodifiable.
            items = new java.util.ArrayList<>(page.items());
            total = page.total();
        }
        return items;
    }

    /**
     * "The 500 most urgent of 1,234 tasks are listed: choose a step or an urgency to see the others", when the inbox
     * holds more than it lists; empty otherwise.
     */
    public String getCutNotice() {
        List<InboxItem> listed = getTasks();
        if (total <= listed.size()) {
            return "";
        }
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        java.text.NumberFormat number = java.text.NumberFormat.getIntegerInstance(locale);
        return org.amparo.web.Messages.text("tasks.cut", number.format(listed.size()), number.format(total));
    }

    /** The step and urgency filters changed: read the inbox again. */
    public void filter() {
        items = null;
    }

    public org.amparo.process.CaseStep[] getSteps() {
        return org.amparo.process.CaseStep.values();
    }

    public org.amparo.tasks.application.InboxUrgency[] getUrgencies() {
        return org.amparo.tasks.application.InboxUrgency.values();
    }

    public org.amparo.web.SavedFilterBar getFilterBar() {
        return filterBar;
    }

    public List<org.amparo.filters.application.SavedFilterView> getSavedFilters() {
        return filterBar.filters(savedFilters);
    }

    public boolean isSavedFilterApplied() {
        return savedFilterApplied;
    }

    /** Narrows the inbox by the chosen saved filter's step and urgency. */
    public void applySavedFilter() {
        filterBar.chosen(savedFilters).ifPresentOrElse(f -> {
            var c = f.criteria();
            step = c.containsKey("step") ? org.amparo.process.CaseStep.valueOf(c.get("step")) : null;
            campaignsOnly = "CAMPAIGNS".equals(c.get("work"));
            urgency = c.containsKey("urgency") ? org.amparo.tasks.application.InboxUrgency.valueOf(c.get("urgency")) : null;
            savedFilterApplied = true;
            items = null;
            Messages.info("filters.applied", f.name());
        }, this::clearSavedFilter);
    }

    public void clearSavedFilter() {
        step = null;
        campaignsOnly = false;
        urgency = null;
        savedFilterApplied = false;
        filterBar.setChosen(null);
        items = null;
    }

    /** Saves the step and urgency chosen now under the name typed. */
    public void saveFilter() {
        java.util.Map<String, String> criteria = new java.util.LinkedHashMap<>();
        if (step != null) {
            criteria.put("step", step.name());
        }
        if (campaignsOnly) {
            criteria.put("work", "CAMPAIGNS");
        }
        if (urgency != null) {
            criteria.put("urgency", urgency.name());
        }
        filterBar.save(savedFilters, criteria);
    }

    /** Deletes the chosen saved filter; the step and urgency chosen stay as they are. */
    public void deleteSavedFilter() {
        filterBar.delete(savedFilters);
        savedFilterApplied = false;
    }

    /** The step menu: a case step's name, {@link #CAMPAIGN_TASKS}, or null for every task. */
    public String getStepFilter() { return campaignsOnly ? CAMPAIGN_TASKS : step == null ? null : step.name(); }

    public void setStepFilter(String v) {
        campaignsOnly = CAMPAIGN_TASKS.equals(v);
        step = v == null || v.isBlank() || campaignsOnly ? null : org.amparo.process.CaseStep.valueOf(v);
    }
    public org.amparo.tasks.application.InboxUrgency getUrgency() { return urgency; }
    public void setUrgency(org.amparo.tasks.application.InboxUrgency v) { urgency = v; }

    public void claim(String taskId) {
        inbox.claim(taskId);
        items = null;
        Messages.info("task.claimed");
    }

    public void release(String taskId) {
        inbox.release(taskId);
        items = null;
        Messages.info("task.released");
    }

    /**
     * Completes a campaign's task in the row: a step done, the next meeting dealt with, or a promise kept or broken
     * ({@code state}: KEPT or BROKEN; null for the others).
     */
    public void completeCampaignTask(InboxItem task, org.amparo.campaigns.domain.PromiseState state) {
        campaignTasks.complete(task.id(), new org.amparo.tasks.application.CampaignTaskCompletion.Form(state, null));
        items = null;
        Messages.info("task.completed");
    }

    /** Opens the step's form for a task, in the dialog the case file uses too. */
    public void open(InboxItem task) {
        stepForm.open(task.id(), task.step(), task.caseId());
    }

    /** A task was completed in the dialog: the inbox is read again. */
    public void taskCompleted(@Observes(notifyObserver = Reception.IF_EXISTS) TaskStepForm.TaskCompleted done) {
        items = null;
    }

    /**
     * The inbox as XLSX, as the table shows it (its column filters and sort): identified for supervisors and admins,
     * de-identified for everyone else.
     */
    public org.primefaces.model.StreamedContent exportXlsx() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        var table = (org.primefaces.component.datatable.DataTable) faces.getViewRoot().findComponent("tasks:table");
        List<?> shown = table != null && table.getFilteredValue() != null ? table.getFilteredValue() : getTasks();
        List<String> ids = shown.stream().map(o -> ((InboxItem) o).id()).toList();
        return org.amparo.web.Downloads.xlsx("amparo-tasks.xlsx",
                out -> inboxExport.export(ids, faces.getViewRoot().getLocale(), out, exportPolicy.defaultMode()));
    }
}
