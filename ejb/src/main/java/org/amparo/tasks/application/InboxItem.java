package org.amparo.tasks.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.amparo.platform.ServerZone;
import org.amparo.rules.priority.EnforcementPriority;

/**
 * One line of a task inbox: the task with what a worker needs to choose what to do first (whose case, how long the
 * hold still runs, whether the task is overdue). A campaign's task (issue 14) is about no case: it has no {@code step}
 * and no case ({@code caseId} 0), its {@code name} says it in words, and {@code campaign} says which campaign and what.
 */
public record InboxItem(String id, org.amparo.process.CaseStep step, String name, long caseId, String assignee,
                        List<String> candidateGroups, Instant createdAt, Instant dueAt, boolean overdue,
                        String personName, EnforcementPriority enforcementPriority, Instant holdExpiresAt,
                        String facilityTimeZone, CampaignWork campaign) implements Serializable {

    /** A case's task. */
    public InboxItem(String id, org.amparo.process.CaseStep step, String name, long caseId, String assignee,
                     List<String> candidateGroups, Instant createdAt, Instant dueAt, boolean overdue,
                     String personName, EnforcementPriority enforcementPriority, Instant holdExpiresAt,
                     String facilityTimeZone) {
        this(id, step, name, caseId, assignee, candidateGroups, createdAt, dueAt, overdue, personName, enforcementPriority,
                holdExpiresAt, facilityTimeZone, null);
    }

    /**
     * What a campaign's task is about: its kind, the campaign (its name, and its jurisdiction, whose page shows it), the
     * step or promise ({@code subjectId}, 0 for the next meeting) with its words ({@code title}: the step's title, the
     * promise's words or kind) and the day it is due.
     */
    public record CampaignWork(org.amparo.process.CampaignTask.Kind kind, long campaignId, String campaignName,
                               long jurisdictionId, long subjectId, String title, java.time.LocalDate dueOn)
            implements Serializable {
    }

    /** Whether this is a campaign's task rather than a case's. */
    public boolean campaignTask() {
        return campaign != null;
    }

    /**
     * The inbox's order at {@code now}: holds still running first, the one that expires soonest first (tonight's
     * before next week's); then holds already expired, the most recent first (a person held past yesterday's expiry
     * before one whose hold ran out in September and who has likely moved on); then tasks without a hold. Within each,
     * overdue tasks first, then by due date and age.
     */
    public static Comparator<InboxItem> urgency(Instant now) {
        Comparator<InboxItem> byHold = Comparator.comparingInt((InboxItem i) -> i.holdGroup(now))
                .thenComparing((a, b) -> {
                    if (a.holdExpiresAt == null || b.holdExpiresAt == null) {
                        return 0;
                    }
                    int ascending = a.holdExpiresAt.compareTo(b.holdExpiresAt);
                    return a.holdGroup(now) == 0 ? ascending : -ascending;
                });
        return byHold
                .thenComparing((InboxItem i) -> !i.overdue())
                .thenComparing(InboxItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InboxItem::createdAt, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** 0: hold still running, 1: hold expired, 2: no hold. */
    private int holdGroup(Instant now) {
        return holdExpiresAt == null ? 2 : holdExpiresAt.isBefore(now) ? 1 : 0;
    }

    /** The zone hold times are shown in: the facility's, else the server's configured zone. */
    public ZoneId holdZone() {
        return facilityTimeZone == null ? ServerZone.get() : ZoneId.of(facilityTimeZone);
    }

    /** Whether {@link #holdZone()} is the facility's own (not the server's). */
    public boolean holdZoneIsFacility() {
        return facilityTimeZone != null;
    }

    /** The hold expiry on the facility's clock (the server's when the case has no facility). */
    public LocalDateTime holdExpiresLocal() {
        return holdExpiresAt == null ? null : LocalDateTime.ofInstant(holdExpiresAt, holdZone());
    }

    /** An alert rather than a step of the case's path (hold expiring, held past expiry). */
    public boolean alert() {
        return step != null && step.isHoldAlert();
    }
}
