package org.amparo.stories.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.casefile.infrastructure.AuditedChanges;
import org.amparo.cases.application.CaseAccess;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.platform.ServerZone;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.stories.domain.ConsentScope;
import org.amparo.stories.domain.Stories;
import org.amparo.stories.domain.Story;
import org.amparo.stories.domain.StoryStatus;
import org.amparo.stories.domain.StoryUse;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A case's stories (issue 14 item 4), each use case one transaction, checked by the story itself, audited with ids only
 * (never the text) and kept as a revision. Everyone who works the case reads them (caseworkers and attorneys with access
 * to it, supervisors, admins); staff never do. Caseworkers record and edit stories and record the person's consent;
 * anyone who reads a story may record that the person withdrew their consent (the safe direction); only attorneys vet.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
public class CaseStories {

    /** At most this many stories on one case. */
    static final int MAX = 100;

    /** A story as the case file shows it, with where it was used. */
    public record StoryView(long id, int version, String title, String text, StoryStatus status, boolean usable,
                            String recordedBy, Instant recordedAt, String updatedBy, Instant updatedAt,
                            ConsentScope consentScope, LocalDate consentedOn, String consentRecordedBy,
                            Instant consentWithdrawnAt, String consentWithdrawnBy, String vettedBy, LocalDate vettedOn,
                            String riskNote, List<UseView> uses) implements Serializable {
    }

    /** One evidence report the story went into. */
    public record UseView(String jurisdiction, StoryUse.Format format, LocalDate periodFrom, LocalDate periodTo,
                          Instant generatedAt, String generatedBy) implements Serializable {
    }

    /** A new story, or a story's new title and text ({@code version}: the one the person read; required to edit). */
    public record StoryForm(String title, String text, Integer version) implements Serializable {
    }

    /** The person's consent: how far the story may go, and the day they gave it. */
    public record ConsentForm(ConsentScope scope, LocalDate consentedOn, Integer version) implements Serializable {
    }

    /** An attorney's vetting: the day, and any risk they see. */
    public record VettingForm(LocalDate vettedOn, String riskNote, Integer version) implements Serializable {
    }

    @Inject
    Stories stories;

    @Inject
    DetentionCases cases;

    @EJB
    CaseAccess access;

    @Inject
    AuditedChanges changes;

    @Inject
    AuditLog audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * The case's stories, as recorded, each with its status and where it was used. The read is audited.
     *
     * @throws NotFoundException when there is no such case
     * @throws org.amparo.cases.domain.CaseAccessDeniedException when the caller does not work the case
     */
    public List<StoryView> of(long caseId) {
        caseFor(caseId);
        audit.record("case.stories.viewed", "DetentionCase", caseId, null);
        return views(caseId);
    }

    /**
     * Records a story told by the person, with no consent or vetting yet.
     *
     * @return the story's id
     * @throws org.amparo.shared.domain.InvalidInputException naming the field
     */
    @RolesAllowed(Roles.CASEWORKER)
    public long record(long caseId, StoryForm form) {
        caseFor(caseId);
        StoryForm f = form == null ? new StoryForm(null, null, null) : form;
        if (stories.ofCase(caseId).size() >= MAX) {
            throw validation.invalid("text", "amparo.validation.tooMany", MAX);
        }
        Story story = new Story(caseId, f.title(), f.text(), me(), clock.instant());
        stories.add(story);
        audit.record("case.story.recorded", "DetentionCase", caseId, "story=" + story.getId());
        return story.getId();
    }

    /**
     * Changes a story's title and text, from the version the person read. A changed text must be vetted again.
     *
     * @throws org.amparo.shared.domain.EditConflictException when someone changed the story since
     */
    @RolesAllowed(Roles.CASEWORKER)
    public StoryView edit(long caseId, long storyId, StoryForm form) {
        StoryForm f = form == null ? new StoryForm(null, null, null) : form;
        Story story = story(caseId, storyId, f.version(), true);
        boolean cleared = story.edit(f.title(), f.text(), me(), clock.instant());
        audit.record("case.story.edited", "DetentionCase", caseId, "story=" + storyId + (cleared ? " vettingCleared=true" : ""));
        return view(caseId, storyId);
    }

    /**
     * Records the person's consent (or a new scope or day of it) to the story as the caseworker read it
     * ({@code version} required); refused once they withdrew it.
     *
     * @throws org.amparo.shared.domain.EditConflictException when the story changed since it was read
     */
    @RolesAllowed(Roles.CASEWORKER)
    public StoryView giveConsent(long caseId, long storyId, ConsentForm form) {
        ConsentForm f = form == null ? new ConsentForm(null, null, null) : form;
        Story story = story(caseId, storyId, f.version(), true);
        story.giveConsent(f.scope(), f.consentedOn(), today(), me(), clock.instant());
        audit.record("case.story.consentGiven", "DetentionCase", caseId, "story=" + storyId + " consentScope=" + f.scope());
        return view(caseId, storyId);
    }

    /**
     * The person withdrew their consent: the story goes into nothing generated from now on, and its page says where it
     * was used before.
     */
    public StoryView withdrawConsent(long caseId, long storyId) {
        Story story = story(caseId, storyId, null, false);
        story.withdrawConsent(me(), clock.instant());
        StoryView view = view(caseId, storyId);
        audit.record("case.story.consentWithdrawn", "DetentionCase", caseId, "story=" + storyId + " usedBefore=" + view.uses().size());
        return view;
    }

    /**
     * An attorney vets the story as they read it: {@code version} is required, so a text changed after they read it
     * is never approved by their vetting (409, read it again).
     *
     * @throws org.amparo.shared.domain.EditConflictException when the story changed since it was read
     */
    @RolesAllowed(Roles.ATTORNEY)
    public StoryView vet(long caseId, long storyId, VettingForm form) {
        VettingForm f = form == null ? new VettingForm(null, null, null) : form;
        Story story = story(caseId, storyId, f.version(), true);
        // The role is the container's to check; the entity refuses a vetting that names no attorney.
        story.vet(session.isCallerInRole(Roles.ATTORNEY) ? me() : null, f.vettedOn(), f.riskNote(), today(), clock.instant());
        audit.record("case.story.vetted", "DetentionCase", caseId, "story=" + storyId + (story.getRiskNote() == null ? "" : " riskNote=true"));
        return view(caseId, storyId);
    }

    private void caseFor(long caseId) {
        access.require(caseId);
        cases.require(caseId);
    }

    private Story story(long caseId, long storyId, Integer version, boolean versionRequired) {
        caseFor(caseId);
        Story story = stories.find(storyId).filter(s -> s.getCaseId() == caseId)
                .orElseThrow(() -> new NotFoundException("Story", storyId));
        if (version == null && versionRequired) {
            throw validation.invalid("version", "amparo.validation.required");
        }
        if (version != null) {
            changes.requireVersion(Story.class, storyId, story.getVersion(), version, "Story");
        }
        return story;
    }

    private StoryView view(long caseId, long storyId) {
        stories.flush();
        return views(caseId).stream().filter(v -> v.id() == storyId).findFirst()
                .orElseThrow(() -> new NotFoundException("Story", storyId));
    }

    private List<StoryView> views(long caseId) {
        List<Story> list = stories.ofCase(caseId);
        Map<Long, List<UseView>> uses = stories.usesOf(list.stream().map(Story::getId).toList()).stream()
                .collect(Collectors.groupingBy(u -> u.use().getStoryId(), Collectors.mapping(u -> new UseView(u.jurisdiction(),
                        u.use().getFormat(), u.use().getPeriodFrom(), u.use().getPeriodTo(), u.use().getGeneratedAt(),
                        u.use().getGeneratedBy()), Collectors.toList())));
        return list.stream().map(s -> new StoryView(s.getId(), s.getVersion(), s.getTitle(), s.getText(), s.status(),
                s.usable(), s.getRecordedBy(), s.getRecordedAt(), s.getUpdatedBy(), s.getUpdatedAt(), s.getConsentScope(),
                s.getConsentedOn(), s.getConsentRecordedBy(), s.getConsentWithdrawnAt(), s.getConsentWithdrawnBy(),
                s.getVettedBy(), s.getVettedOn(), s.getRiskNote(), uses.getOrDefault(s.getId(), List.of()))).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ServerZone.get()));
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
