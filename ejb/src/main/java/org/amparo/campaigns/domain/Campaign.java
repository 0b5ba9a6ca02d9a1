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

/**
 * A campaign against one jurisdiction's collaboration with ICE (DOMAIN.md section 7). For now it only collects the
 * cases escalated to it; goals, targets, meetings and stories come with campaign management.
 */
@Entity
@Table(name = "campaign")
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

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "campaign_case", joinColumns = @JoinColumn(name = "campaign_id"))
    private Set<CitedCase> cases = new HashSet<>();

    protected Campaign() {
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

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public String getName() {
        return name;
    }

    public Set<CitedCase> getCases() {
        return Collections.unmodifiableSet(cases);
    }
}
