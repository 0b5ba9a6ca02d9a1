package org.amparo.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.amparo.monitoring.application.AuthorityView;
import org.amparo.monitoring.application.ChecklistForms;
import org.amparo.monitoring.application.EvidenceReport;
import org.amparo.monitoring.application.JurisdictionAuthorities;
import org.amparo.monitoring.application.JurisdictionChecklist;
import org.amparo.monitoring.application.JurisdictionMonitoring;
import org.amparo.monitoring.application.JurisdictionPage;
import org.amparo.monitoring.application.MonitoringChecklist;
import org.amparo.monitoring.domain.AuthorityOffice;
import org.amparo.monitoring.domain.AuthoritySelection;
import org.amparo.monitoring.domain.ChecklistGroup;
import org.amparo.monitoring.domain.ChecklistState;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.EditConflictException;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.web.Messages;
import org.amparo.web.SectionChange;
import org.amparo.web.VersionedSave;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One jurisdiction's page ({@code jurisdictions/view.xhtml?id=}): loads it once per view; an unknown id says so. Its
 * monitoring checklist by group, and a small form to set one item's state (for everyone but staff).
 */
@Named
@ViewScoped
public class JurisdictionView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many evidence cases a checklist line links to; the rest are counted ("and 140 more"). */
    private static final int EVIDENCE_LINKS = 10;

    /** The form's inputs, named apart from other forms' fields so that an error reads with the form's own label. */
    private static final Map<String, String> FORM_FIELDS = Map.of("state", "checklistState", "observedOn", "checklistObservedOn",
            "source", "checklistSource", "caseIds", "checklistCaseIds", "answerIds", "checklistAnswers");
    /** The evidence report's period inputs by the field an error names. */
    private static final Map<String, String> EVIDENCE_FIELDS = Map.of("from", "evidenceFrom", "to", "evidenceTo");

    @EJB
    JurisdictionMonitoring monitoring;

    @EJB
    MonitoringChecklist checklists;

    @EJB
    JurisdictionAuthorities authorities;

    @EJB
    EvidenceReport evidence;

    private final AuthorityEditor authority = new AuthorityEditor();
    /** What someone else changed in the authority being edited, after a save was refused for it; empty otherwise. */
    private List<org.amparo.shared.domain.FieldChange> authorityConflict = List.of();

    private String id;
    private JurisdictionPage page;
    private JurisdictionChecklist checklist;
    private boolean loaded;

    private String itemKey;
    private ChecklistState state;
    private LocalDate observedOn;
    private LocalDate evidenceFrom;
    private LocalDate evidenceTo;
    private String source;
    private String caseIds;
    private List<Long> answerIds = new ArrayList<>();
    private List<org.amparo.monitoring.application.JurisdictionChecklist.AnswerLine> meetingAnswers;

    /** A group of the checklist with its items, for the page. */
    public record Group(ChecklistGroup group, List<JurisdictionChecklist.Item> items) implements Serializable {
    }

    /** How many evidence cases a checklist line links to. */
    public int getEvidenceLinks() {
        return EVIDENCE_LINKS;
    }

    /** The evidence cases a checklist line links to: the first {@link #EVIDENCE_LINKS}; the rest are counted. */
    public List<Long> linkedCases(JurisdictionChecklist.Item item) {
        List<Long> cases = item.caseIds();
        return cases == null || cases.size() <= EVIDENCE_LINKS ? cases : cases.subList(0, EVIDENCE_LINKS);
    }

    /** Loads the jurisdiction; a missing, malformed or unknown id leaves the page saying there is no such jurisdiction. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            page = monitoring.page(Long.parseLong(id == null ? "" : id.strip()));
            checklist = checklists.checklist(page.id());
        } catch (NumberFormatException | NotFoundException e) {
            page = null;
        }
    }

    /** Sets the chosen item's state; the page shows the checklist as it now is, or the errors against their fields. */
    public void saveItem() {
        try {
            checklists.set(page.id(), itemKey, new ChecklistForms.SetItem(state, observedOn, source, parseCaseIds(),
                    List.copyOf(answerIds), null));
            checklist = checklists.checklist(page.id());
            Messages.info("checklist.saved");
            state = null;
            observedOn = null;
            source = null;
            caseIds = null;
            answerIds = new ArrayList<>();
            meetingAnswers = null;
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("checklistForm", SectionChange.onInputs(invalid, FORM_FIELDS));
        } catch (NotFoundException missing) {
            Messages.fieldErrors("checklistForm", InvalidInputException.of("checklistItem", Messages.text("checklist.noSuchItem")));
        }
    }

    private List<Long> parseCaseIds() {
        List<Long> ids = new ArrayList<>();
        if (caseIds == null || caseIds.isBlank()) {
            return ids;
        }
        for (String part : caseIds.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("checklistCaseIds", Messages.text("checklist.caseIdsFormat"));
            }
        }
        return ids;
    }

    /**
     * The jurisdiction's evidence report for the period chosen (none: all time), de-identified, in the reader's
     * language; a period that ends before it starts is a message against its end, and nothing is downloaded.
     */
    public org.primefaces.model.StreamedContent evidenceReport() {
        long jurisdictionId = page.id();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return evidenceDownload(() -> org.amparo.web.Downloads.xlsx("evidence-" + jurisdictionId + ".xlsx",
                out -> evidence.writeXlsx(jurisdictionId, evidenceFrom, evidenceTo, locale, out)));
    }

    /** The same report as a PDF with its charts. */
    public org.primefaces.model.StreamedContent evidencePdf() {
        long jurisdictionId = page.id();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return evidenceDownload(() -> org.amparo.web.Downloads.pdf("evidence-" + jurisdictionId + ".pdf",
                out -> evidence.writePdf(jurisdictionId, evidenceFrom, evidenceTo, locale, out)));
    }

    private org.primefaces.model.StreamedContent evidenceDownload(java.util.function.Supplier<org.primefaces.model.StreamedContent> download) {
        try {
            return download.get();
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("evidenceForm", SectionChange.onInputs(invalid, EVIDENCE_FIELDS));
            return null;
        }
    }

    public LocalDate getEvidenceFrom() {
        return evidenceFrom;
    }

    public void setEvidenceFrom(LocalDate evidenceFrom) {
        this.evidenceFrom = evidenceFrom;
    }

    public LocalDate getEvidenceTo() {
        return evidenceTo;
    }

    public void setEvidenceTo(LocalDate evidenceTo) {
        this.evidenceTo = evidenceTo;
    }

    /** Fills the authority form with a recorded one, to edit it. */
    public void editAuthority(AuthorityView a) {
        authority.edit(a);
        authorityConflict = List.of();
    }

    /** Leaves the authority form empty, for a new one. */
    public void cancelAuthority() {
        authority.clear();
        authorityConflict = List.of();
    }

    /**
     * Adds the authority in the form, or saves the one being edited; the page then lists them as they now are. Errors
     * show against their inputs. When someone else saved the authority first, nothing is saved: the form shows what
     * they changed, keeps what this user changed and takes their values in the fields this user left alone, so that
     * saving again overwrites only this user's changes.
     */
    public void saveAuthority() {
        VersionedSave.Outcome outcome;
        try {
            outcome = attemptAuthority();
        } catch (NotFoundException removed) {
            Messages.error("authority.changedWhileEditing");
            authority.clear();
            authorityConflict = List.of();
            page = monitoring.page(page.id());
            return;
        }
        authorityConflict = VersionedSave.shown(outcome.conflict(), AuthorityEditor.LABELS.keySet());
        if (outcome.currentVersion() != null) {
            page = monitoring.page(page.id());
            Long editing = authority.getEditing();
            java.util.Optional<AuthorityView> now = page.authorities().stream().filter(a -> editing != null && a.id() == editing).findFirst();
            if (now.isPresent()) {
                authority.mergeAfterConflict(now.get());
            } else {
                Messages.error("authority.changedWhileEditing");
                authority.clear();
                authorityConflict = List.of();
            }
        }
        if (outcome.saved()) {
            authority.clear();
            page = monitoring.page(page.id());
        }
    }

    private VersionedSave.Outcome attemptAuthority() {
        return VersionedSave.attempt("authorityForm", () -> {
            try {
                if (authority.isEditingOne()) {
                    authorities.update(page.id(), authority.getEditing(), authority.form());
                } else {
                    authorities.add(page.id(), authority.form());
                }
            } catch (InvalidInputException invalid) {
                throw SectionChange.onInputs(invalid, AuthorityEditor.INPUTS);
            }
        });
    }

    /** Removes an authority as read on the page. */
    public void removeAuthority(AuthorityView a) {
        try {
            authorities.remove(page.id(), a.id(), a.version());
            Messages.info("authority.removed");
        } catch (EditConflictException | NotFoundException e) {
            Messages.error("authority.changedMeanwhile");
        }
        if (authority.isEditingOne() && a.id() == authority.getEditing()) {
            authority.clear();
            authorityConflict = List.of();
        }
        page = monitoring.page(page.id());
    }

    /** The offices, those of the jurisdiction's level first (a county's sheriff before a city's mayor). */
    public List<AuthorityOffice> getOffices() {
        List<AuthorityOffice> offices = new ArrayList<>(List.of(AuthorityOffice.values()));
        if (page != null) {
            offices.sort(java.util.Comparator.comparing(o -> o.level() == page.level() ? 0 : o.level() == null ? 2 : 1));
        }
        return offices;
    }

    public AuthoritySelection[] getSelections() {
        return AuthoritySelection.values();
    }

    public AuthorityEditor getAuthority() {
        return authority;
    }

    /** What someone else changed in the authority being edited, shown after a save was refused for it. */
    public List<org.amparo.shared.domain.FieldChange> getAuthorityConflict() {
        return authorityConflict;
    }

    /** The form's words for each field a change names. */
    public java.util.Map<String, String> getAuthorityLabels() {
        return AuthorityEditor.LABELS;
    }

    /** The checklist's groups in the toolkit's order, each with its items. */
    public List<Group> getGroups() {
        if (checklist == null) {
            return List.of();
        }
        Map<ChecklistGroup, List<JurisdictionChecklist.Item>> byGroup = new LinkedHashMap<>();
        checklist.items().forEach(i -> byGroup.computeIfAbsent(i.group(), g -> new ArrayList<>()).add(i));
        return byGroup.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    /** Every item, for the form's choice. */
    public List<JurisdictionChecklist.Item> getItems() {
        return checklist == null ? List.of() : checklist.items();
    }

    /** An item in the reader's language: the toolkit's from the bundle, the organisation's own as it was entered. */
    public String wording(JurisdictionChecklist.Item item) {
        boolean spanish = "es".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        if (item.custom()) {
            return spanish && item.wordingEs() != null ? item.wordingEs() : item.wording();
        }
        String text = Messages.text("checklist.item." + item.key());
        return text.startsWith("checklist.item.") ? item.wording() : text;
    }

    /** Whether the reader may set an item's state or record authorities: everyone but staff. */
    public boolean isMaySet() {
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        return external.isUserInRole(Roles.CASEWORKER) || external.isUserInRole(Roles.ATTORNEY)
                || external.isUserInRole(Roles.SUPERVISOR) || external.isUserInRole(Roles.ADMIN);
    }

    public ChecklistState[] getStates() {
        return ChecklistState.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public JurisdictionPage getPage() {
        return page;
    }

    public JurisdictionChecklist getChecklist() {
        return checklist;
    }

    public String getItemKey() {
        return itemKey;
    }

    public void setItemKey(String itemKey) {
        this.itemKey = itemKey;
    }

    public ChecklistState getState() {
        return state;
    }

    public void setState(ChecklistState state) {
        this.state = state;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public void setObservedOn(LocalDate observedOn) {
        this.observedOn = observedOn;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getCaseIds() {
        return caseIds;
    }

    /** The answers given at the campaign's meetings, to name as evidence; read once, for those who may set an item. */
    public List<org.amparo.monitoring.application.JurisdictionChecklist.AnswerLine> getMeetingAnswers() {
        if (meetingAnswers == null) {
            meetingAnswers = page == null || !isMaySet() ? List.of() : checklists.meetingAnswers(page.id());
        }
        return meetingAnswers;
    }

    public List<Long> getAnswerIds() {
        return answerIds;
    }

    public void setAnswerIds(List<Long> answerIds) {
        this.answerIds = answerIds == null ? new ArrayList<>() : answerIds;
    }

    public void setCaseIds(String caseIds) {
        this.caseIds = caseIds;
    }
}
