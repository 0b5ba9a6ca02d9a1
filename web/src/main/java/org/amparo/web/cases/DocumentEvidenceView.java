package org.amparo.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.monitoring.application.ChecklistForms;
import org.amparo.monitoring.application.MonitoringChecklist;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * On a case file's Documents tab: attach one of the case's documents as evidence of a practice on the monitoring
 * checklist of the case's jurisdiction (the detainer form that shows a hold past release). The item is observed from
 * then on; the jurisdiction's page lists the document with its case.
 */
@Named
@ViewScoped
public class DocumentEvidenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("documentId", "evidenceDocument", "observedOn", "evidenceObservedOn");

    @EJB
    MonitoringChecklist checklists;

    @Inject
    CaseFileView caseFile;

    private MonitoringChecklist.CaseChecklist checklist;
    private boolean read;
    private Long documentId;
    private String itemKey;
    private LocalDate observedOn;

    /** The case's jurisdiction and its items; null when the case has none (no facility, or one without a jurisdiction). */
    public MonitoringChecklist.CaseChecklist getChecklist() {
        if (!read && caseFile.getId() != null) {
            checklist = checklists.forCase(caseFile.getId()).orElse(null);
            read = true;
        }
        return checklist;
    }

    /** An item's words in the reader's language. */
    public String wording(MonitoringChecklist.CaseChecklist.Choice item) {
        boolean spanish = "es".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        String text = Messages.text("checklist.item." + item.key());
        if (!text.startsWith("checklist.item.")) {
            return text;
        }
        return spanish && item.wordingEs() != null ? item.wordingEs() : item.wording();
    }

    public void attach() {
        if (getChecklist() == null || itemKey == null) {
            Messages.fieldErrors("documentEvidence", InvalidInputException.of("evidenceItem", Messages.text("checklist.required")));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            checklists.attachDocument(checklist.jurisdictionId(), itemKey, new ChecklistForms.AttachDocument(documentId, observedOn));
            Messages.info("caseFile.evidenceAttached", checklist.jurisdictionName());
            documentId = null;
            itemKey = null;
            observedOn = null;
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("documentEvidence", org.amparo.web.SectionChange.onInputs(invalid, INPUTS));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public Long getDocumentId() { return documentId; }
    public void setDocumentId(Long documentId) { this.documentId = documentId; }
    public String getItemKey() { return itemKey; }
    public void setItemKey(String itemKey) { this.itemKey = itemKey; }
    public LocalDate getObservedOn() { return observedOn; }
    public void setObservedOn(LocalDate observedOn) { this.observedOn = observedOn; }
}
