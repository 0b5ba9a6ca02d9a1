package org.amparo.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.shared.domain.EditConflictException;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.stories.application.CaseStories;
import org.amparo.stories.application.CaseStories.StoryView;
import org.amparo.stories.application.CaseStories.UseView;
import org.amparo.stories.domain.ConsentScope;
import org.amparo.stories.domain.StoryStatus;
import org.amparo.web.Formats;
import org.amparo.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Stories tab of the case file: the case's stories with where each stands in words, a form to record one, and for
 * the story chosen, forms to edit it, record the person's consent or its withdrawal, and (attorneys) vet it. One service
 * call per action.
 */
@Named
@ViewScoped
public class StoriesEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseFileView caseFile;

    @Inject
    CaseStories service;

    @Inject
    Formats fmt;

    private List<StoryView> stories;

    // A new story.
    private String newTitle;
    private String newText;

    // The story chosen, and its forms.
    private Long chosen;
    private String title;
    private String text;
    private ConsentScope scope;
    private LocalDate consentedOn;
    private LocalDate vettedOn;
    private String riskNote;

    /** The case's stories, read once per view (and again after each change). */
    public List<StoryView> getStories() {
        if (stories == null && caseFile.getId() != null) {
            stories = service.of(caseFile.getId());
        }
        return stories == null ? List.of() : stories;
    }

    public void record() {
        try {
            service.record(caseFile.getId(), new CaseStories.StoryForm(newTitle, newText, null));
            newTitle = null;
            newText = null;
            reload();
            Messages.info("stories.recorded");
        } catch (InvalidInputException invalid) {
            fieldErrors("tabs:storyNew", invalid);
        }
    }

    /** Chooses a story to work on: its forms show, filled with what it holds. */
    public void choose(long id) {
        chosen = id;
        StoryView s = story();
        if (s == null) {
            chosen = null;
            return;
        }
        title = s.title();
        text = s.text();
        scope = s.consentScope();
        consentedOn = s.consentedOn();
        vettedOn = null;
        riskNote = null;
    }

    public void edit() {
        act(() -> {
            StoryView before = story();
            StoryView after = service.edit(caseFile.getId(), chosen, new CaseStories.StoryForm(title, text, before.version()));
            Messages.info(before.vettedBy() != null && after.vettedBy() == null ? "stories.editedVettingCleared" : "stories.saved");
        });
    }

    public void giveConsent() {
        act(() -> {
            service.giveConsent(caseFile.getId(), chosen, new CaseStories.ConsentForm(scope, consentedOn, story().version()));
            Messages.info("stories.saved");
        });
    }

    public void withdraw() {
        act(() -> {
            service.withdrawConsent(caseFile.getId(), chosen);
            Messages.info("stories.withdrawn");
        });
    }

    public void vet() {
        act(() -> {
            service.vet(caseFile.getId(), chosen, new CaseStories.VettingForm(vettedOn, riskNote, story().version()));
            vettedOn = null;
            riskNote = null;
            Messages.info("stories.vetted");
        });
    }

    private void act(Runnable change) {
        if (story() == null) {
            return;
        }
        try {
            change.run();
            reload();
            choose(chosen);
        } catch (InvalidInputException invalid) {
            fieldErrors("tabs:storyWork", invalid);
        } catch (EditConflictException conflict) {
            Messages.error("stories.conflict");
            reload();
        }
    }

    private void reload() {
        stories = null;
        caseFile.reload();
    }

    /** The story chosen, as last read. */
    public StoryView story() {
        if (chosen == null) {
            return null;
        }
        return getStories().stream().filter(s -> s.id() == chosen).findFirst().orElse(null);
    }

    /**
     * Where a story stands, in sentences: its consent (or its lack), its vetting (or its lack), a withdrawal, and the
     * reports it went into.
     */
    public List<String> statusLines(StoryView s) {
        List<String> lines = new ArrayList<>();
        lines.add(org.amparo.shared.domain.Labels.of(s.status(), pageLocale()));
        if (s.consentScope() != null) {
            lines.add(Messages.text("stories.consentGiven", fmt.date(s.consentedOn()),
                    org.amparo.shared.domain.Labels.of(s.consentScope(), pageLocale()),
                    s.consentRecordedBy()));
        }
        if (s.vettedBy() != null) {
            lines.add(Messages.text("stories.vettedBy", s.vettedBy(), fmt.date(s.vettedOn())));
            if (s.riskNote() != null) {
                lines.add(Messages.text("stories.riskNote", s.riskNote()));
            }
        } else if (s.status() != StoryStatus.CONSENT_WITHDRAWN) {
            lines.add(Messages.text("stories.notVetted"));
        }
        if (s.consentWithdrawnAt() != null) {
            lines.add(Messages.text("stories.withdrawnOn", fmt.zoned(s.consentWithdrawnAt()), s.consentWithdrawnBy()));
            if (s.uses().isEmpty()) {
                lines.add(Messages.text("stories.neverUsed"));
            }
        }
        for (UseView u : s.uses()) {
            lines.add(Messages.text(s.consentWithdrawnAt() != null ? "stories.usedBefore" : "stories.usedIn", u.jurisdiction(),
                    period(u), fmt.zoned(u.generatedAt()),
                    org.amparo.shared.domain.Labels.of(u.format(), pageLocale())));
        }
        return lines;
    }

    /** The open button's name for a screen reader: which story it opens. */
    public String chooseLabel(StoryView s) {
        return Messages.text("stories.chooseLabel", s.title() != null ? s.title() : String.valueOf(s.id()));
    }

    private String period(UseView u) {
        if (u.periodFrom() == null && u.periodTo() == null) {
            return Messages.text("stories.allTime");
        }
        return (u.periodFrom() == null ? "" : fmt.date(u.periodFrom())) + " \u2013 " + (u.periodTo() == null ? "" : fmt.date(u.periodTo()));
    }

    /** Each error at its field, named as this tab names it ("Story", not the notes' "Note"). */
    private static void fieldErrors(String formClientId, InvalidInputException invalid) {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        jakarta.faces.component.UIComponent form = faces.getViewRoot().findComponent(formClientId);
        for (org.amparo.shared.domain.FieldError error : invalid.errors()) {
            String message = Messages.text("stories.field." + error.field()) + ": " + error.message();
            jakarta.faces.component.UIComponent input = form == null ? null : form.findComponent(error.field());
            if (input != null) {
                org.omnifaces.util.Messages.addError(input.getClientId(faces), message);
            } else {
                org.omnifaces.util.Messages.addGlobalError(message);
            }
        }
        org.omnifaces.util.Faces.validationFailed();
    }

    private static java.util.Locale pageLocale() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? java.util.Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    public List<ConsentScope> getScopes() {
        return List.of(ConsentScope.values());
    }

    public Long getChosen() { return chosen; }
    public String getNewTitle() { return newTitle; }
    public void setNewTitle(String v) { newTitle = v; }
    public String getNewText() { return newText; }
    public void setNewText(String v) { newText = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public ConsentScope getScope() { return scope; }
    public void setScope(ConsentScope v) { scope = v; }
    public LocalDate getConsentedOn() { return consentedOn; }
    public void setConsentedOn(LocalDate v) { consentedOn = v; }
    public LocalDate getVettedOn() { return vettedOn; }
    public void setVettedOn(LocalDate v) { vettedOn = v; }
    public String getRiskNote() { return riskNote; }
    public void setRiskNote(String v) { riskNote = v; }
}
