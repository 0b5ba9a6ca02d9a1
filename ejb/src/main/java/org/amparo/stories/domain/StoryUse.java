package org.amparo.stories.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One use of a story: an evidence report of a jurisdiction, in a format, for a period, generated when and by whom.
 * Written as the report is generated and never changed, so that a withdrawal of consent can say where the story went
 * before it.
 */
@Entity
@Table(name = "story_use")
public class StoryUse {

    /** The evidence report's formats. */
    public enum Format { XLSX, PDF }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_use_seq")
    @SequenceGenerator(name = "story_use_seq", sequenceName = "story_use_seq", allocationSize = 50)
    private Long id;

    @Column(name = "story_id", nullable = false)
    private long storyId;

    @Column(name = "jurisdiction_id", nullable = false)
    private long jurisdictionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_format", nullable = false, length = 10)
    private Format format;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "generated_by", nullable = false, length = 64)
    private String generatedBy;

    protected StoryUse() {
    }

    /** The story went into an evidence report. Only a usable story may: anything else is a bug, refused loudly. */
    public StoryUse(Story story, long jurisdictionId, Format format, LocalDate periodFrom, LocalDate periodTo, String by,
                    Instant at) {
        if (!story.usableIn(StoryOutlet.EVIDENCE_REPORT)) {
            throw new IllegalStateException("Story " + story.getId() + " is not usable in an evidence report");
        }
        this.storyId = story.getId();
        this.jurisdictionId = jurisdictionId;
        this.format = format;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.generatedBy = by;
        this.generatedAt = at;
    }

    public Long getId() { return id; }
    public long getStoryId() { return storyId; }
    public long getJurisdictionId() { return jurisdictionId; }
    public Format getFormat() { return format; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public Instant getGeneratedAt() { return generatedAt; }
    public String getGeneratedBy() { return generatedBy; }
}
