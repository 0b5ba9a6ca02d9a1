package org.amparo.stories.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.protection.infrastructure.EncryptedText;
import org.amparo.shared.domain.DomainRuleViolation;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's story on their case (issue 14 item 4; the toolkit's "stories ... vetted with an attorney before use"):
 * the testimony, the person's consent with its scope, day and withdrawal, and an attorney's vetting with its day and
 * any risk note.
 * <p>
 * Rules: the text is required and bounded. A story is {@link #usable()} only with consent given and not withdrawn
 * <em>and</em> vetting; otherwise it never leaves the case file. Editing the text after vetting clears the vetting: what
 * the attorney read is no longer what would go out. A consent's day is never in the future. A withdrawal is final for
 * the story: consent is not given again on the same story (a person who consents anew gets a new story, vetted anew),
 * so no click can silently undo a withdrawal; the revisions keep every earlier state. Vetting names its attorney.
 * The text, title and risk note are stored encrypted.
 */
@Entity
@Table(name = "story")
@Audited
public class Story {

    public static final int TEXT_MAX = 8000;
    public static final int TITLE_MAX = 200;
    public static final int RISK_NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_seq")
    @SequenceGenerator(name = "story_seq", sequenceName = "story_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "title", length = 1300)
    @Convert(converter = EncryptedText.class)
    private String title;

    @Column(name = "text", nullable = false, length = 48000)
    @Convert(converter = EncryptedText.class)
    private String storyText;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_scope", length = 30)
    private ConsentScope consentScope;

    @Column(name = "consented_on")
    private LocalDate consentedOn;

    @Column(name = "consent_recorded_by", length = 64)
    private String consentRecordedBy;

    @Column(name = "consent_withdrawn_at")
    private Instant consentWithdrawnAt;

    @Column(name = "consent_withdrawn_by", length = 64)
    private String consentWithdrawnBy;

    @Column(name = "vetted_by", length = 64)
    private String vettedBy;

    @Column(name = "vetted_on")
    private LocalDate vettedOn;

    @Column(name = "risk_note", length = 12100)
    @Convert(converter = EncryptedText.class)
    private String riskNote;

    protected Story() {
    }

    /** A story as told, with no consent or vetting yet. */
    public Story(long caseId, String title, String text, String by, Instant at) {
        this.caseId = caseId;
        this.title = title(title);
        this.storyText = text(text);
        this.recordedBy = by;
        this.recordedAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /**
     * Changes the title and text. A changed text clears the vetting: an attorney must read it again before it is used.
     *
     * @return whether the vetting was cleared
     */
    public boolean edit(String newTitle, String newText, String by, Instant at) {
        String t = text(newText);
        String ti = title(newTitle);
        boolean textChanged = !t.equals(storyText);
        boolean cleared = textChanged && isVetted();
        if (textChanged || !Objects.equals(ti, title)) {
            this.title = ti;
            this.storyText = t;
            if (cleared) {
                vettedBy = null;
                vettedOn = null;
                riskNote = null;
            }
            this.updatedBy = by;
            this.updatedAt = at;
        }
        return cleared;
    }

    /**
     * Records the person's consent, or a new scope or day of the consent they gave. Refused once consent was withdrawn.
     *
     * @param today the day in the organisation's zone (a consent is never after it)
     */
    public void giveConsent(ConsentScope scope, LocalDate on, LocalDate today, String by, Instant at) {
        if (isConsentWithdrawn()) {
            throw new DomainRuleViolation("consent", "amparo.validation.story.consentWithdrawn");
        }
        if (scope == null) {
            throw new DomainRuleViolation("scope", "amparo.validation.required");
        }
        if (on == null) {
            throw new DomainRuleViolation("consentedOn", "amparo.validation.required");
        }
        if (on.isAfter(today)) {
            throw new DomainRuleViolation("consentedOn", "amparo.validation.notFuture");
        }
        org.amparo.shared.domain.PlausibleDates.check("consentedOn", on);
        this.consentScope = scope;
        this.consentedOn = on;
        this.consentRecordedBy = by;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The person takes their consent back: the story is used nowhere from now on. */
    public void withdrawConsent(String by, Instant at) {
        if (consentScope == null) {
            throw new DomainRuleViolation("consent", "amparo.validation.story.noConsent");
        }
        if (isConsentWithdrawn()) {
            throw new DomainRuleViolation("consent", "amparo.validation.story.consentWithdrawn");
        }
        this.consentWithdrawnAt = at;
        this.consentWithdrawnBy = by;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /**
     * An attorney's vetting of the text as it stands, with any risk they see (retaliation, a pending case).
     *
     * @param attorney the attorney's username; the service passes the caller only when they are an attorney
     * @param today    the day in the organisation's zone (a vetting is never after it)
     */
    public void vet(String attorney, LocalDate on, String risk, LocalDate today, Instant at) {
        if (attorney == null || attorney.isBlank()) {
            throw new DomainRuleViolation("vetting", "amparo.validation.story.attorney");
        }
        if (on == null) {
            throw new DomainRuleViolation("vettedOn", "amparo.validation.required");
        }
        if (on.isAfter(today)) {
            throw new DomainRuleViolation("vettedOn", "amparo.validation.notFuture");
        }
        org.amparo.shared.domain.PlausibleDates.check("vettedOn", on);
        String r = risk == null || risk.isBlank() ? null : risk.strip();
        if (r != null && r.length() > RISK_NOTE_MAX) {
            throw new DomainRuleViolation("riskNote", "amparo.validation.atMost", RISK_NOTE_MAX);
        }
        this.vettedBy = attorney;
        this.vettedOn = on;
        this.riskNote = r;
        this.updatedBy = attorney;
        this.updatedAt = at;
    }

    /** Consent given and not withdrawn, and vetted: the story may leave the case file (within its consent's scope). */
    public boolean usable() {
        return consentScope != null && !isConsentWithdrawn() && isVetted();
    }

    /** Whether the story may go to this outlet: usable, and the consent's scope covers it. */
    public boolean usableIn(StoryOutlet outlet) {
        return usable() && consentScope.covers(outlet);
    }

    public StoryStatus status() {
        if (isConsentWithdrawn()) {
            return StoryStatus.CONSENT_WITHDRAWN;
        }
        boolean consent = consentScope != null;
        if (consent && isVetted()) {
            return StoryStatus.USABLE;
        }
        if (consent) {
            return StoryStatus.NEEDS_VETTING;
        }
        return isVetted() ? StoryStatus.NEEDS_CONSENT : StoryStatus.NEEDS_CONSENT_AND_VETTING;
    }

    public boolean isVetted() {
        return vettedBy != null;
    }

    public boolean isConsentWithdrawn() {
        return consentWithdrawnAt != null;
    }

    private static String text(String value) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty()) {
            throw new DomainRuleViolation("text", "amparo.validation.required");
        }
        if (t.length() > TEXT_MAX) {
            throw new DomainRuleViolation("text", "amparo.validation.atMost", TEXT_MAX);
        }
        return t;
    }

    private static String title(String value) {
        String t = value == null || value.isBlank() ? null : value.strip();
        if (t != null && t.length() > TITLE_MAX) {
            throw new DomainRuleViolation("title", "amparo.validation.atMost", TITLE_MAX);
        }
        return t;
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public long getCaseId() { return caseId; }
    public String getTitle() { return title; }
    public String getText() { return storyText; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public ConsentScope getConsentScope() { return consentScope; }
    public LocalDate getConsentedOn() { return consentedOn; }
    public String getConsentRecordedBy() { return consentRecordedBy; }
    public Instant getConsentWithdrawnAt() { return consentWithdrawnAt; }
    public String getConsentWithdrawnBy() { return consentWithdrawnBy; }
    public String getVettedBy() { return vettedBy; }
    public LocalDate getVettedOn() { return vettedOn; }
    public String getRiskNote() { return riskNote; }
}
