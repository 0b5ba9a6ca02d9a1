package org.amparo.campaigns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.shared.domain.DomainRuleViolation;
import org.hibernate.envers.Audited;

import java.time.Instant;

/** An ally of the campaign: an organisation or person of one of the toolkit's kinds, how to reach them, and notes. */
@Entity
@Table(name = "campaign_ally")
@Audited
public class CampaignAlly {

    public static final int NAME_MAX = 150;
    public static final int CONTACT_MAX = 200;
    public static final int NOTES_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_ally_seq")
    @SequenceGenerator(name = "campaign_ally_seq", sequenceName = "campaign_ally_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ally_type", nullable = false, length = 30)
    private AllyType type;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "contact", length = CONTACT_MAX)
    private String contact;

    @Column(name = "notes", length = NOTES_MAX)
    private String notes;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CampaignAlly() {
    }

    /** @throws DomainRuleViolation naming the field: no type, no name, or a text too long */
    public CampaignAlly(long campaignId, AllyType type, String name, String contact, String notes, String by, Instant at) {
        if (type == null) {
            throw new DomainRuleViolation("type", "amparo.validation.required");
        }
        this.name = text("name", name, NAME_MAX);
        if (this.name == null) {
            throw new DomainRuleViolation("name", "amparo.validation.required");
        }
        this.contact = text("contact", contact, CONTACT_MAX);
        this.notes = text("notes", notes, NOTES_MAX);
        this.campaignId = campaignId;
        this.type = type;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private static String text(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new DomainRuleViolation(field, "amparo.validation.atMost", max);
        }
        return v.isEmpty() ? null : v;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public AllyType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getContact() {
        return contact;
    }

    public String getNotes() {
        return notes;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
