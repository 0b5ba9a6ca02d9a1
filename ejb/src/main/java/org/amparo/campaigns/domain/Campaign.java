package org.amparo.campaigns.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

    /** The minimal campaign an approved escalation creates when its jurisdiction has none. */
    public static Campaign minimalFor(Jurisdiction jurisdiction, String createdBy, Instant at) {
        Campaign c = new Campaign();
        c.jurisdiction = jurisdiction;
        c.name = "Campaign: " + jurisdiction.getName();
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

    public Set<CitedCase> getCases() {
        return Collections.unmodifiableSet(cases);
    }
}
