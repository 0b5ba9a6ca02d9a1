package org.amparo.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a reminder is due and who receives it. Pure rules over a given "now", so they are the same on every node and
 * testable at any time of day.
 */
public final class ReminderRules {

    /** A hold alert goes out once the hold expires within this time. */
    public static final Duration HOLD_ALERT_LEAD = Duration.ofHours(12);
    /** A court date is announced this long ahead. */
    public static final Duration COURT_DATE_LEAD = Duration.ofDays(2);
    /** The overdue-task digest goes out once a day, from this local time on (the organisation's zone). */
    public static final LocalTime DIGEST_FROM = LocalTime.of(7, 0);

    private ReminderRules() {
    }

    /** Whether a hold expiring at {@code expiry} calls for its alert now: it has not expired and expires within the lead. */
    public static boolean holdAlertDue(Instant expiry, Instant now) {
        return expiry != null && expiry.isAfter(now) && !expiry.isAfter(now.plus(HOLD_ALERT_LEAD));
    }

    /** Whether a court date at {@code at} is to be announced now: still ahead and within two days. */
    public static boolean courtDateDue(Instant at, Instant now) {
        return at != null && at.isAfter(now) && !at.isAfter(now.plus(COURT_DATE_LEAD));
    }

    /** Whether today's digest is due: it is past {@link #DIGEST_FROM} locally and none went out today. */
    public static boolean digestDue(LocalDate lastDigestOn, Instant now, ZoneId zone) {
        var local = now.atZone(zone);
        return !local.toLocalTime().isBefore(DIGEST_FROM) && (lastDigestOn == null || lastDigestOn.isBefore(local.toLocalDate()));
    }

    /**
     * Who is alerted of an expiring hold: the case's caseworker, and the supervisors on call; when nobody is on call,
     * every supervisor. A supervisor who is also the caseworker gets one alert.
     */
    public static Set<String> holdAlertRecipients(String caseworker, Collection<String> supervisorsOnCall,
                                                  Collection<String> allSupervisors) {
        Set<String> to = new LinkedHashSet<>();
        if (caseworker != null) {
            to.add(caseworker);
        }
        to.addAll(supervisorsOnCall.isEmpty() ? allSupervisors : supervisorsOnCall);
        return to;
    }

    /**
     * The morning digest's count per person, from the overdue tasks' assignees ({@code null}: unclaimed): a claimed task
     * counts for its assignee, an unclaimed one for each of the {@code watchers} (the supervisors on call, else every
     * supervisor). The cases' tasks and the campaigns' (plan steps, meeting promises, the next meeting) alike.
     */
    public static Map<String, Integer> overdueCounts(Collection<String> assignees, Collection<String> watchers) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String assignee : assignees) {
            if (assignee != null) {
                counts.merge(assignee, 1, Integer::sum);
            } else {
                watchers.forEach(w -> counts.merge(w, 1, Integer::sum));
            }
        }
        return counts;
    }

    /** Who is reminded of a court date: the case's caseworker and attorney. */
    public static Set<String> courtDateRecipients(String caseworker, String attorney) {
        Set<String> to = new LinkedHashSet<>();
        for (String u : List.of(caseworker == null ? "" : caseworker, attorney == null ? "" : attorney)) {
            if (!u.isEmpty()) {
                to.add(u);
            }
        }
        return to;
    }

    /** The key that makes a hold alert once per person, case and expiry (a moved expiry is a new alert). */
    public static String holdKey(long caseId, Instant expiry) {
        return "hold:" + caseId + ":" + expiry.getEpochSecond();
    }

    /** The key that makes a court-date reminder once per person and court date (a moved date is a new reminder). */
    public static String courtKey(long courtDateId, Instant at) {
        return "court:" + courtDateId + ":" + at.getEpochSecond();
    }

    /** The key that makes the digest once per person and day. */
    public static String digestKey(LocalDate day) {
        return "digest:" + day;
    }
}
