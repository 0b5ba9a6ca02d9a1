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
import org.amparo.shared.domain.PlausibleDates;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A campaign's research note, goal or outcome (the toolkit's "Getting Your Campaign into Gear": research what happens
 * in the community, agree on overarching goals; and the campaign's history of what it won and lost).
 * <p>
 * Rules: the text is required. A research note may say where it came from ({@code source}) and when it was learned.
 * An outcome says when it happened (never in the future) and how it went; only an outcome has a result. Every change is
 * a revision in {@code campaign_note_aud}.
 */
@Entity
@Table(name = "campaign_note")
@Audited
public class CampaignNote {

    public static final int TEXT_MAX = 4000;
    public static final int SOURCE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_note_seq")
    @SequenceGenerator(name = "campaign_note_seq", sequenceName = "campaign_note_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private NoteKind kind;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "source", length = SOURCE_MAX)
    private String source;

    @Column(name = "happened_on")
    private LocalDate happenedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", length = 20)
    private OutcomeResult result;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CampaignNote() {
    }

    /**
     * A note as the person wrote it, checked whole.
     *
     * @param today the day in the organisation's zone (an outcome cannot be after it)
     */
    public CampaignNote(long campaignId, NoteKind kind, String text, String source, LocalDate happenedOn, OutcomeResult result,
                        LocalDate today, String by, Instant at) {
        if (kind == null) {
            throw new DomainRuleViolation("kind", "amparo.validation.required");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new DomainRuleViolation("text", "amparo.validation.required");
        }
        if (t.length() > TEXT_MAX) {
            throw new DomainRuleViolation("text", "amparo.validation.atMost", TEXT_MAX);
        }
        String s = source == null || source.isBlank() ? null : source.strip();
        if (s != null && s.length() > SOURCE_MAX) {
            throw new DomainRuleViolation("source", "amparo.validation.atMost", SOURCE_MAX);
        }
        if (happenedOn != null && happenedOn.isAfter(today)) {
            throw new DomainRuleViolation("happenedOn", "amparo.validation.notFuture");
        }
        PlausibleDates.check("happenedOn", happenedOn);
        if (kind == NoteKind.OUTCOME) {
            if (happenedOn == null) {
                throw new DomainRuleViolation("happenedOn", "amparo.validation.required");
            }
            if (result == null) {
                throw new DomainRuleViolation("result", "amparo.validation.required");
            }
        } else if (result != null) {
            throw new DomainRuleViolation("result", "amparo.validation.onlyOutcomes");
        }
        if (kind == NoteKind.GOAL && happenedOn != null) {
            throw new DomainRuleViolation("happenedOn", "amparo.validation.notForGoals");
        }
        this.campaignId = campaignId;
        this.kind = kind;
        this.text = t;
        this.source = s;
        this.happenedOn = happenedOn;
        this.result = result;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public long getCampaignId() { return campaignId; }
    public NoteKind getKind() { return kind; }
    public String getText() { return text; }
    public String getSource() { return source; }
    public LocalDate getHappenedOn() { return happenedOn; }
    public OutcomeResult getResult() { return result; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
