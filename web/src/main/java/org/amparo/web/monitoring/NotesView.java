package org.amparo.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.campaigns.application.CampaignNotes;
import org.amparo.campaigns.domain.NoteKind;
import org.amparo.campaigns.domain.OutcomeResult;
import org.amparo.security.domain.Roles;
import org.amparo.web.SectionChange;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign's goals, research notes and outcome history on its jurisdiction's page: read by every role, written by
 * those who run campaigns. The campaign is the page's ({@link CampaignPlanView}).
 */
@Named
@ViewScoped
public class NotesView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("kind", "noteKind", "text", "noteText", "source", "noteSource",
            "happenedOn", "noteHappenedOn", "result", "noteResult");

    @EJB
    CampaignNotes service;

    @Inject
    CampaignPlanView campaign;

    private List<CampaignNotes.Note> notes;

    private NoteKind kind;
    private String text;
    private String source;
    private LocalDate happenedOn;
    private OutcomeResult result;

    /** The campaign's notes; empty without a campaign. */
    public List<CampaignNotes.Note> getNotes() {
        Long id = campaignId();
        if (notes == null) {
            notes = id == null ? List.of() : service.of(id);
        }
        return notes;
    }

    public void add() {
        if (SectionChange.attempt("noteForm", INPUTS, "noteText", () -> notes = null,
                () -> service.add(campaignId(), new CampaignNotes.NewNote(kind, text, source, happenedOn, result)))) {
            kind = null;
            text = null;
            source = null;
            happenedOn = null;
            result = null;
        }
    }

    public void remove(CampaignNotes.Note note) {
        SectionChange.attempt("noteForm", INPUTS, "noteText", () -> notes = null, () -> service.remove(campaignId(), note.id()));
    }

    /** The start of a note's text, to tell its remove button from the others'. */
    public String shortText(CampaignNotes.Note note) {
        String t = note.text();
        return t.length() <= 40 ? t : t.substring(0, 40) + "\u2026";
    }

    private Long campaignId() {
        return campaign.getPlan() == null ? null : campaign.getPlan().campaignId();
    }

    /** Supervisors and admins write the campaign's notes. */
    public boolean isMayChange() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.SUPERVISOR) || external.isUserInRole(Roles.ADMIN);
    }

    public NoteKind[] getKinds() {
        return NoteKind.values();
    }

    public OutcomeResult[] getResults() {
        return OutcomeResult.values();
    }

    public NoteKind getKind() { return kind; }
    public void setKind(NoteKind kind) { this.kind = kind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LocalDate getHappenedOn() { return happenedOn; }
    public void setHappenedOn(LocalDate happenedOn) { this.happenedOn = happenedOn; }
    public OutcomeResult getResult() { return result; }
    public void setResult(OutcomeResult result) { this.result = result; }
}
