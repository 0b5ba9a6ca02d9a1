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
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A campaign's message for one audience (the toolkit's "Campaign Messaging/Communications"): one of the toolkit's
 * themes, or the organisation's own, and the talking points in the organisation's words.
 * <p>
 * Rule, from the toolkit's "What To Avoid Saying": talking points never call people "illegals" ("Instead, say
 * undocumented"), in English or Spanish. Phrases about unlawful acts ("illegally detained", "detenciones ilegales") are
 * not words for people and are kept. Every change is a revision in {@code campaign_message_aud}.
 */
@Entity
@Table(name = "campaign_message")
@Audited
public class CampaignMessage {

    public static final int POINTS_MAX = 4000;

    /** Words for people that the toolkit asks campaigns never to use. */
    private static final List<Pattern> AVOID = List.of(
            Pattern.compile("\\billegals\\b"),
            Pattern.compile("\\billegal (aliens?|immigrants?|migrants?|people|persons?)\\b"),
            Pattern.compile("\\b(los|las|unos|unas) ilegales\\b"),
            Pattern.compile("\\b(inmigrantes|migrantes|personas|extranjeros) ilegales\\b"));

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_message_seq")
    @SequenceGenerator(name = "campaign_message_seq", sequenceName = "campaign_message_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 30)
    private MessageAudience audience;

    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false, length = 40)
    private MessageTheme theme;

    @Column(name = "points", nullable = false, length = POINTS_MAX)
    private String points;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CampaignMessage() {
    }

    public CampaignMessage(long campaignId, MessageAudience audience, MessageTheme theme, String points, String by, Instant at) {
        if (audience == null) {
            throw new DomainRuleViolation("audience", "amparo.validation.required");
        }
        if (theme == null) {
            throw new DomainRuleViolation("theme", "amparo.validation.required");
        }
        this.campaignId = campaignId;
        this.audience = audience;
        this.theme = theme;
        this.points = checkedPoints(points);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The talking points, stripped: required, at most {@link #POINTS_MAX} characters, never a word the toolkit avoids. */
    static String checkedPoints(String points) {
        String text = points == null ? "" : points.strip();
        if (text.isEmpty()) {
            throw new DomainRuleViolation("points", "amparo.validation.required");
        }
        if (text.length() > POINTS_MAX) {
            throw new DomainRuleViolation("points", "amparo.validation.atMost", POINTS_MAX);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Pattern avoid : AVOID) {
            if (avoid.matcher(lower).find()) {
                throw new DomainRuleViolation("points", "amparo.validation.sayUndocumented");
            }
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public MessageAudience getAudience() {
        return audience;
    }

    public MessageTheme getTheme() {
        return theme;
    }

    public String getPoints() {
        return points;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
