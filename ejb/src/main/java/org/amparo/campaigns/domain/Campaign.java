package org.amparo.campaigns.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.shared.domain.DomainRuleViolation;

/**
 * A campaign against one jurisdiction's collaboration with ICE (DOMAIN.md section 7): its name, the cases escalated
 * to it, and its specific policy asks ({@link CampaignAsk}, kept apart). Started by an organiser, or made by the case
 * process when it escalates a case in a jurisdiction with none; goals, targets, meetings and stories are still to come.
 */
@Entity
@Table(name = "campaign")
@org.hibernate.envers.Audited
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_id")
    private Jurisdiction jurisdiction;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    /** The day the campaign was closed; null while it runs. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    /** How it ended for the campaign, as its supervisors judged when they closed it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "closing_result", length = 20)
    private OutcomeResult closingResult;

    /** Not part of the version: a case escalated meanwhile is no reason to refuse a rename read before it. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "campaign_case", joinColumns = @JoinColumn(name = "campaign_id"))
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @org.hibernate.envers.NotAudited
    private Set<CitedCase> cases = new HashSet<>();

    protected Campaign() {
    }

    public static final int NAME_MAX = 200;

    /**
     * A campaign an organiser starts in a jurisdiction, by name.
     *
     * @throws DomainRuleViolation on {@code name} when it is blank or too long
     */
    public static Campaign start(Jurisdiction jurisdiction, String name, String createdBy, Instant at) {
        Campaign c = new Campaign();
        c.jurisdiction = jurisdiction;
        c.name = validName(name);
        c.createdBy = createdBy;
        c.createdAt = at;
        return c;
    }

    /**
     * Gives the campaign another name.
     *
     * @throws DomainRuleViolation on {@code name} when it is blank or too long
     */
    public void rename(String newName) {
        this.name = validName(newName);
    }

    private static String validName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new DomainRuleViolation("name", "amparo.validation.required");
        }
        if (n.length() > NAME_MAX) {
            throw new DomainRuleViolation("name", "amparo.validation.atMost", NAME_MAX);
        }
        return n;
    }

    /**
     * Closes the campaign, on a day (today when none is given; days are read in {@code zone}, the organisation's), with
     * how it ended. A jurisdiction has one running
     * campaign at a time: once this one is closed, its next one may start (by a supervisor, or by the next escalated
     * case); this one stays on file, with its asks, meetings and outcomes, as it was.
     *
     * @throws DomainRuleViolation on {@code result} when none is given or the campaign is closed already, on {@code on}
     *         when the day is in the future or before the campaign started
     */
    public void close(OutcomeResult result, LocalDate on, LocalDate today, java.time.ZoneId zone, String by) {
        if (isClosed()) {
            throw new DomainRuleViolation("result", "amparo.validation.campaignClosed");
        }
        if (result == null) {
            throw new DomainRuleViolation("result", "amparo.validation.required");
        }
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            throw new DomainRuleViolation("on", "amparo.validation.notFuture");
        }
        LocalDate started = LocalDate.ofInstant(createdAt, zone);
        if (day.isBefore(started)) {
            throw new DomainRuleViolation("on", "amparo.validation.closedBeforeStarted", started);
        }
        this.closingResult = result;
        this.closedOn = day;
        this.closedBy = by;
    }

    /**
     * Refuses a change to a closed campaign (its plan is kept as it was when it ended).
     *
     * @throws DomainRuleViolation on {@code field}
     */
    public void requireRunning(String field) {
        if (isClosed()) {
            throw new DomainRuleViolation(field, "amparo.validation.campaignClosed");
        }
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    /**
     * The minimal campaign an approved escalation creates when its jurisdiction has none, named after the jurisdiction
     * (the jurisdiction page heads it "Campaign: Ejemplo County"; supervisors rename it).
     */
    public static Campaign minimalFor(Jurisdiction jurisdiction, String createdBy, Instant at) {
        Campaign c = new Campaign();
        c.jurisdiction = jurisdiction;
        c.name = jurisdiction.getName();
        c.createdBy = createdBy;
        c.createdAt = at;
        return c;
    }

    /** Cites a case, once: de-identified unless the person consented to go public. */
    public void cite(long caseId, boolean consented, Instant at) {
        if (cases.stream().noneMatch(c -> c.caseId() == caseId)) {
            cases.add(new CitedCase(caseId, !consented, at));
        }
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public OutcomeResult getClosingResult() {
        return closingResult;
    }

    public Set<CitedCase> getCases() {
        return Collections.unmodifiableSet(cases);
    }
}
