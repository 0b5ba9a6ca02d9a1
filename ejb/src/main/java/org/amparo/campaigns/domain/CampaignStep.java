package org.amparo.campaigns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.shared.domain.DomainRuleViolation;
import org.amparo.shared.domain.PlausibleDates;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A step of a campaign's plan of action (issue 14 item 3): what is to be done, by whom (an account) and by which day;
 * done on a day by its owner or by whoever runs the campaign. A step planned is never due in the past, and a step is
 * done once.
 */
@Entity
@Table(name = "campaign_step")
@Audited
public class CampaignStep {

    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_step_seq")
    @SequenceGenerator(name = "campaign_step_seq", sequenceName = "campaign_step_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "owner", nullable = false, length = 64)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by", length = 64)
    private String doneBy;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CampaignStep() {
    }

    /**
     * A step planned today.
     *
     * @throws DomainRuleViolation on {@code title} (blank or too long), {@code owner} (none) or {@code dueOn} (none,
     *         before today, or after 2200)
     */
    public CampaignStep(long campaignId, String title, String owner, LocalDate dueOn, LocalDate today, String by, Instant at) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new DomainRuleViolation("title", "amparo.validation.required");
        }
        if (t.length() > TITLE_MAX) {
            throw new DomainRuleViolation("title", "amparo.validation.atMost", TITLE_MAX);
        }
        if (owner == null || owner.isBlank()) {
            throw new DomainRuleViolation("owner", "amparo.validation.required");
        }
        if (dueOn == null) {
            throw new DomainRuleViolation("dueOn", "amparo.validation.required");
        }
        if (dueOn.isBefore(today)) {
            throw new DomainRuleViolation("dueOn", "amparo.validation.notPast");
        }
        PlausibleDates.check("dueOn", dueOn);
        this.campaignId = campaignId;
        this.title = t;
        this.owner = owner.strip();
        this.dueOn = dueOn;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** @throws DomainRuleViolation on {@code doneOn} when the step is done already */
    public void done(LocalDate today, String by, Instant at) {
        if (doneOn != null) {
            throw new DomainRuleViolation("doneOn", "amparo.validation.stepDone", doneOn);
        }
        this.doneOn = today;
        this.doneBy = by;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Not done, and its day has passed. */
    public boolean overdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getTitle() {
        return title;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getDoneBy() {
        return doneBy;
    }
}
