package org.amparo.notifications.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.exports.infrastructure.Pseudonyms;
import org.amparo.notifications.domain.NotificationKind;
import org.amparo.notifications.domain.NotificationSettings;
import org.amparo.notifications.domain.Notifications;
import org.amparo.notifications.infrastructure.ReminderCandidates;
import org.amparo.notifications.infrastructure.ReminderMail;
import org.amparo.process.CaseProcess;
import org.amparo.process.WorkTask;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A person's calendar feed (iCalendar, RFC 5545): the holds of their cases (every case's, for a supervisor) and the
 * court dates of the cases they are caseworker or attorney of, from a day ago to {@link #AHEAD} ahead, and the tasks
 * assigned to them with a due date; the campaign plan steps they own, and for supervisors and admins each campaign's
 * next meeting with law enforcement and the promises made there that are due. A calendar program cannot sign in, so the feed's address carries a secret (256
 * random bits, kept only as a hash): whoever has the address reads the feed, so the entries say no name, A-number or
 * address, only the case's pseudonym and a link that asks for a sign-in.
 */
@Stateless
@PermitAll
public class CalendarFeeds {

    static final Duration AHEAD = Duration.ofDays(60);
    static final int MAX_ENTRIES = 1_000;

    @Inject
    Notifications notifications;

    @Inject
    ReminderCandidates candidates;

    @Inject
    CaseProcess process;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The feed for this secret, if it belongs to an enabled account. */
    public Optional<String> feed(String secret) {
        if (secret == null || secret.length() != 43 || !secret.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) {
            return Optional.empty();
        }
        Optional<NotificationSettings> owner = notifications.settingsByFeed(hash(secret));
        if (owner.isEmpty() || !candidates.enabled(owner.get().getUsername())) {
            return Optional.empty();
        }
        String username = owner.get().getUsername();
        audit.record("notifications.feed.read", "UserAccount", username, null);
        return Optional.of(build(username, clock.instant()));
    }

    private String build(String username, Instant now) {
        ReminderTexts texts = new ReminderTexts(ReminderTexts.localeOf(candidates.locale(username)));
        boolean supervisor = candidates.roles(username).contains(org.amparo.security.domain.Roles.SUPERVISOR);
        IcsWriter ics = new IcsWriter(texts.word("feed.name"), now);
        Instant from = now.minus(Duration.ofDays(1));
        // A supervisor's feed holds every case's holds (the soonest MAX_ENTRIES); anyone else's, their own cases'.
        for (ReminderCandidates.Hold h : candidates.holdsExpiring(from, now.plus(AHEAD), supervisor ? null : username, 0, MAX_ENTRIES)) {
            reminderEvent(ics, texts, NotificationKind.HOLD_EXPIRING, "hold-" + h.caseId(), h.caseId(), h.expiresAt(), h.zone(),
                    Duration.ofMinutes(15), true);
        }
        for (ReminderCandidates.Hearing h : candidates.hearings(from, now.plus(AHEAD), username, 0, MAX_ENTRIES)) {
            if (h.between(from, now.plus(AHEAD))) {
                reminderEvent(ics, texts, NotificationKind.COURT_DATE, "court-" + h.courtDateId(), h.caseId(), h.at(), h.zone(),
                        Duration.ofHours(1), false);
            }
        }
        // The user's own tasks due within the feed's window, however many tasks their inbox holds.
        for (WorkTask t : process.assignedDueBefore(username, now.plus(AHEAD), MAX_ENTRIES)) {
            if (t.dueAt() != null) {
                ics.event("task-" + t.id(), t.dueAt(), Duration.ofMinutes(15),
                        texts.title("DUE_TASK", pseudonyms.of(ReminderTexts.REMINDER_PSEUDONYM, t.caseId())),
                        ReminderMail.caseLink(t.caseId()), false);
            }
        }
        campaignDates(ics, texts, username, now);
        return ics.toString();
    }

    /**
     * The campaign days a person acts on: the plan-of-action steps they own, and, for supervisors and admins (who run
     * meetings with law enforcement), each campaign's next meeting and the promises still open. Titled with the
     * jurisdiction only, linked to its page.
     */
    private void campaignDates(IcsWriter ics, ReminderTexts texts, String username, Instant now) {
        java.time.LocalDate today = now.atZone(org.amparo.platform.ServerZone.get()).toLocalDate();
        java.time.LocalDate from = today.minusDays(1);
        java.time.LocalDate to = today.plusDays(AHEAD.toDays());
        for (ReminderCandidates.CampaignDate step : candidates.stepsDue(username, from, to, MAX_ENTRIES)) {
            campaignEvent(ics, texts, "step", step);
        }
        java.util.Set<String> roles = candidates.roles(username);
        if (roles.contains(org.amparo.security.domain.Roles.SUPERVISOR) || roles.contains(org.amparo.security.domain.Roles.ADMIN)) {
            for (ReminderCandidates.CampaignDate meeting : candidates.nextMeetings(from, to, MAX_ENTRIES)) {
                campaignEvent(ics, texts, "meeting", meeting);
            }
            for (ReminderCandidates.CampaignDate promise : candidates.promisesDue(from, to, MAX_ENTRIES)) {
                campaignEvent(ics, texts, "promise", promise);
            }
        }
    }

    private static void campaignEvent(IcsWriter ics, ReminderTexts texts, String kind, ReminderCandidates.CampaignDate date) {
        ics.allDay(kind + "-" + date.id() + "-" + date.on(), date.on(),
                new java.text.MessageFormat(texts.word("feed." + kind), java.util.Locale.ROOT).format(new Object[]{date.jurisdiction()}),
                ReminderMail.baseUrl() + "/jurisdictions/view.xhtml?id=" + date.jurisdictionId());
    }

    /**
     * One dated reminder in the feed (a hold's expiry, a hearing): titled as its reminder is, with the case's reminder
     * pseudonym, never a name; its id holds the moment, so a moved expiry or hearing is a new event.
     */
    private void reminderEvent(IcsWriter ics, ReminderTexts texts, NotificationKind kind, String idPrefix, long caseId,
                               Instant at, java.time.ZoneId zone, Duration length, boolean alarm) {
        ics.event(idPrefix + "-" + at.getEpochSecond(), at, length,
                texts.of(kind, at, zone, pseudonyms.of(ReminderTexts.REMINDER_PSEUDONYM, caseId), "", 0).title(),
                ReminderMail.caseLink(caseId), alarm);
    }

    /** The SHA-256 of a feed secret, in lower-case hex: what is stored and looked up (as for API tokens). */
    public static String hash(String secret) {
        return org.amparo.security.domain.AccessToken.hash(secret);
    }

}
