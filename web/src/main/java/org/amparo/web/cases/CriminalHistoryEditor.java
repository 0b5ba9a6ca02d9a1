package org.amparo.web.cases;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.casefile.application.CaseFileForms;
import org.amparo.casefile.application.CriminalHistoryRecords;
import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.amparo.web.UnreadValues;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The Criminal history tab: arrests with their charges and dispositions, added through one dialog ("add a charge or
 * conviction"), and court dates. A saved charge re-screens the case; the screening panel shows the new priority.
 */
@Named
@ViewScoped
public class CriminalHistoryEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseFileView caseFile;

    @Inject
    CriminalHistoryRecords service;

    @Inject
    org.amparo.web.Formats formats;

    @Inject
    InputValidation validation;

    private Long arrestId;
    private LocalDate arrestedOn;
    private String agency;
    private String placeHeld;
    private String description;
    private OffenseLevel level;
    private OffenseCategory category;
    private Disposition disposition;
    private LocalDate dispositionDate;
    private Integer sentenceDays;
    private boolean sentenceSuspended;
    private boolean juvenile;
    private String incident;
    private Long courtArrestId;
    private LocalDateTime scheduledAt;
    private String court;
    private String purpose;

    /** Opens the dialog empty, for a new arrest; with an arrest id, for another charge of that arrest. */
    public void startCharge(Long forArrest) {
        arrestId = forArrest;
        arrestedOn = null;
        agency = null;
        placeHeld = null;
        description = null;
        level = null;
        category = null;
        // pending until someone says otherwise, as on the hotline call: a conviction preselected was one a hurried
        // volunteer could record for a person who never had it, and the screening counts convictions
        disposition = Disposition.PENDING;
        dispositionDate = null;
        sentenceDays = null;
        sentenceSuspended = false;
        juvenile = false;
        incident = null;
    }

    /**
     * The charge's dialog or the court date's form sent with a value it could not read (a date such as 31/02/1990),
     * which JSF refuses before any action: the rest of it is refused with that value, not at the next try.
     */
    public void readTheRest(ComponentSystemEvent event) {
        UnreadValues.refuseTheRest(event, validation, java.util.Map.of(
                "saveCharge", this::chargeForm,
                "addCourtDate", this::courtDateForm));
    }

    private CaseFileForms.ChargeForm chargeForm() {
        return new CaseFileForms.ChargeForm(arrestId, arrestedOn, agency, placeHeld, description, level, category,
                disposition, dispositionDate, sentenceDays, sentenceSuspended, juvenile, incident);
    }

    private CaseFileForms.CourtDateForm courtDateForm() {
        return new CaseFileForms.CourtDateForm(courtArrestId, scheduledAt, court, purpose);
    }

    public void recordCharge() {
        try {
            service.recordCharge(caseFile.getId(), chargeForm());
            caseFile.reload();
            Messages.info("caseFile.saved");
            PrimeFaces.current().executeScript("PF('chargeDialog').hide()");
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("chargeForm", invalid);
        }
    }

    public void removeCharge(long chargeId) {
        service.removeCharge(caseFile.getId(), chargeId);
        caseFile.reload();
        Messages.info("caseFile.saved");
    }

    public void markAggravatedFelony(long chargeId, boolean aggravated) {
        service.recordAggravatedFelony(caseFile.getId(), chargeId, aggravated);
        caseFile.reload();
        Messages.info("caseFile.saved");
    }

    public void addCourtDate() {
        try {
            service.addCourtDate(caseFile.getId(), courtDateForm());
            caseFile.reload();
            scheduledAt = null;
            court = null;
            purpose = null;
            Messages.info("caseFile.saved");
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("courtForm", invalid);
        }
    }

    public OffenseLevel[] getLevels() { return OffenseLevel.values(); }

    /**
     * An arrest as a choice names it: its place among the case's arrests, then what is known of it (its day, agency,
     * first charge), "Arrest 2: 06/01/2020 · Sheriff · DUI". An arrest known by none of them was an empty choice.
     */
    public String arrestLabel(org.amparo.casefile.application.CaseFile.Arrest arrest,
                              List<org.amparo.casefile.application.CaseFile.Arrest> all) {
        return labelOf(Messages.text("caseFile.arrest") + " " + (all.indexOf(arrest) + 1), arrest, formats::day);
    }

    /** An arrest's choice: {@code named}, then what is known of it, each written as the page writes it. */
    static String labelOf(String named, org.amparo.casefile.application.CaseFile.Arrest arrest,
                          java.util.function.Function<LocalDate, String> day) {
        List<String> known = new java.util.ArrayList<>();
        if (arrest.arrestedOn() != null) {
            known.add(day.apply(arrest.arrestedOn()));
        }
        if (arrest.agency() != null && !arrest.agency().isBlank()) {
            known.add(arrest.agency());
        }
        arrest.charges().stream().map(org.amparo.casefile.application.CaseFile.Charge::description)
                .filter(d -> d != null && !d.isBlank()).findFirst().ifPresent(known::add);
        return known.isEmpty() ? named : named + ": " + String.join(" · ", known);
    }
    public OffenseCategory[] getCategories() { return OffenseCategory.values(); }
    public Disposition[] getDispositions() { return Disposition.values(); }
    public LocalDate getToday() { return LocalDate.now(); }

    public Long getArrestId() { return arrestId; }
    public void setArrestId(Long v) { arrestId = v; }
    public LocalDate getArrestedOn() { return arrestedOn; }
    public void setArrestedOn(LocalDate v) { arrestedOn = v; }
    public String getAgency() { return agency; }
    public void setAgency(String v) { agency = v; }
    public String getPlaceHeld() { return placeHeld; }
    public void setPlaceHeld(String v) { placeHeld = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public OffenseLevel getLevel() { return level; }
    public void setLevel(OffenseLevel v) { level = v; }
    public OffenseCategory getCategory() { return category; }
    public void setCategory(OffenseCategory v) { category = v; }
    public Disposition getDisposition() { return disposition; }
    public void setDisposition(Disposition v) { disposition = v; }
    public LocalDate getDispositionDate() { return dispositionDate; }
    public void setDispositionDate(LocalDate v) { dispositionDate = v; }
    public Integer getSentenceDays() { return sentenceDays; }
    public void setSentenceDays(Integer v) { sentenceDays = v; }
    public boolean isSentenceSuspended() { return sentenceSuspended; }
    public void setSentenceSuspended(boolean v) { sentenceSuspended = v; }
    public boolean isJuvenile() { return juvenile; }
    public void setJuvenile(boolean v) { juvenile = v; }
    public String getIncident() { return incident; }
    public void setIncident(String v) { incident = v; }
    public Long getCourtArrestId() { return courtArrestId; }
    public void setCourtArrestId(Long v) { courtArrestId = v; }
    public LocalDateTime getScheduledAt() { return scheduledAt; }
    public void setScheduledAt(LocalDateTime v) { scheduledAt = v; }
    public String getCourt() { return court; }
    public void setCourt(String v) { court = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
}
