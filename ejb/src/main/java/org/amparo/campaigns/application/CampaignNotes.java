package org.amparo.campaigns.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.campaigns.domain.CampaignNote;
import org.amparo.campaigns.domain.Campaigns;
import org.amparo.campaigns.domain.NoteKind;
import org.amparo.campaigns.domain.OutcomeResult;
import org.amparo.platform.ServerZone;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A campaign's research notes, goals and outcome history (issue 14; the toolkit's "Getting Your Campaign into Gear",
 * steps 1 and 2, and what the campaign won or lost over time). Every role reads them; supervisors and admins, who run
 * campaigns, write and remove them. Each change is checked by the domain, audited with ids only, and kept
 * as a revision.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class CampaignNotes {

    /** At most this many notes in one campaign. */
    static final int MAX = 300;

    /** Goals first, then research, then outcomes; the latest dated first within each, then as added. */
    private static final Comparator<CampaignNote> ORDER = Comparator.comparing(CampaignNote::getKind)
            .thenComparing(CampaignNote::getHappenedOn, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(CampaignNote::getId);

    /** A note as it is read. */
    public record Note(long id, NoteKind kind, String text, String source, LocalDate happenedOn, OutcomeResult result,
                       String updatedBy, Instant updatedAt) implements Serializable {
    }

    /** What a person sends to add a note: an outcome needs {@code happenedOn} and {@code result}. */
    public record NewNote(NoteKind kind, String text, String source, LocalDate happenedOn, OutcomeResult result)
            implements Serializable {
    }

    @Inject
    Campaigns campaigns;

    @Inject
    AuditLog audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * The campaign's goals, research notes and outcomes.
     *
     * @throws NotFoundException when there is no such campaign
     */
    public List<Note> of(long campaignId) {
        campaign(campaignId);
        return campaigns.notes(campaignId).stream().sorted(ORDER).map(n -> new Note(n.getId(), n.getKind(), n.getText(),
                n.getSource(), n.getHappenedOn(), n.getResult(), n.getUpdatedBy(), n.getUpdatedAt())).toList();
    }

    /**
     * Adds a goal, a research note or an outcome.
     *
     * @throws NotFoundException when there is no such campaign
     * @throws org.amparo.shared.domain.InvalidInputException naming the field
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<Note> add(long campaignId, NewNote form) {
        campaign(campaignId);
        NewNote f = form == null ? new NewNote(null, null, null, null, null) : form;
        if (campaigns.notes(campaignId).size() >= MAX) {
            throw validation.invalid("text", "amparo.validation.tooMany", MAX);
        }
        CampaignNote note = new CampaignNote(campaignId, f.kind(), f.text(), f.source(), f.happenedOn(), f.result(),
                LocalDate.now(clock.withZone(ServerZone.get())), me(), clock.instant());
        campaigns.add(note);
        audit.record("campaign.noteAdded", "Campaign", campaignId, "note=" + note.getId());
        return of(campaignId);
    }

    /** @throws NotFoundException when the campaign has no such note */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<Note> remove(long campaignId, long noteId) {
        CampaignNote note = campaigns.note(noteId).filter(n -> n.getCampaignId() == campaignId)
                .orElseThrow(() -> new NotFoundException("Campaign note", noteId));
        campaigns.remove(note);
        audit.record("campaign.noteRemoved", "Campaign", campaignId, "note=" + noteId);
        return of(campaignId);
    }

    private void campaign(long id) {
        campaigns.find(id).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
