package org.amparo.notifications.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.amparo.exports.infrastructure.Pseudonyms;
import org.amparo.notifications.domain.EmailState;
import org.amparo.notifications.domain.Notification;
import org.amparo.notifications.domain.NotificationKind;
import org.amparo.notifications.domain.NotificationSettings;
import org.amparo.notifications.domain.Notifications;
import org.amparo.notifications.domain.ReminderRules;
import org.amparo.notifications.infrastructure.ReminderCandidates;
import org.amparo.notifications.infrastructure.ReminderMail;
import org.amparo.platform.ServerZone;
import org.amparo.process.CaseProcess;
import org.amparo.security.domain.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Makes the reminders that are due at a given moment, each once per person (the subject key), and sends their
 * emails. The application's own timer work ({@link ReminderWatch}); no person calls it. Every method takes "now", so
 * the rules can be run at any chosen time.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());
    /** Candidates are read a page at a time, every page each run: none is left out however many there are. */
    static final int PAGE = 500;
    /** Emails sent per run at most (each waits at most {@link ReminderMail#TIMEOUT_MS} on the mail server). */
    static final int EMAILS_PER_RUN = 100;
    /** A claim on an email older than this was left by a server that stopped while sending: it is sent again. */
    static final java.time.Duration CLAIM_STALE = java.time.Duration.ofMinutes(10);

    @Inject
    Notifications notifications;

    @Inject
    ReminderCandidates candidates;

    @Inject
    CaseProcess process;

    @Inject
    org.amparo.process.CampaignProcess campaignProcess;

    @Inject
    ReminderMail mail;

    @Inject
    Pseudonyms pseudonyms;

    /** Alerts for holds expiring within twelve hours: the case's caseworker and the supervisors on call (else all). */
    public int alertExpiringHolds(Instant now) {
        List<String> all = candidates.supervisors();
        List<String> onCall = candidates.supervisorsOnCall();
        int made = 0;
        List<ReminderCandidates.Hold> page;
        int first = 0;
        do {
            page = candidates.holdsExpiring(now, now.plus(ReminderRules.HOLD_ALERT_LEAD), null, first, PAGE);
            for (ReminderCandidates.Hold hold : page) {
                Set<String> to = ReminderRules.holdAlertRecipients(hold.caseworker(), onCall, all);
                made += remind(to, NotificationKind.HOLD_EXPIRING, ReminderRules.holdKey(hold.caseId(), hold.expiresAt()),
                        hold.caseId(), hold.expiresAt(), hold.zone(), 0, now);
            }
            first += PAGE;
        } while (page.size() == PAGE);
        return made;
    }

    /** Court dates two days ahead, to the case's caseworker and attorney. */
    public int remindCourtDates(Instant now) {
        int made = 0;
        List<ReminderCandidates.Hearing> page;
        int first = 0;
        do {
            page = candidates.hearings(now, now.plus(ReminderRules.COURT_DATE_LEAD), null, first, PAGE);
            for (ReminderCandidates.Hearing h : page) {
                if (ReminderRules.courtDateDue(h.at(), now)) {
                    made += remind(ReminderRules.courtDateRecipients(h.caseworker(), h.attorney()), NotificationKind.COURT_DATE,
                            ReminderRules.courtKey(h.courtDateId(), h.at()), h.caseId(), h.at(), h.zone(), 0, now);
                }
            }
            first += PAGE;
        } while (page.size() == PAGE);
        return made;
    }

    /**
     * Each morning (from 07:00 in the organisation's zone), one digest per person with overdue tasks, the cases' and the
     * campaigns' (a plan step, a promise made at a meeting, the next meeting): the tasks assigned to them; unclaimed
     * overdue tasks count for the supervisors on call (else every supervisor).
     */
    public int sendOverdueDigests(Instant now) {
        LocalDate today = now.atZone(ServerZone.get()).toLocalDate();
        if (!ReminderRules.digestDue(null, now, ServerZone.get()) || notifications.anyWithKey(ReminderRules.digestKey(today))) {
            return 0; // before 07:00, or today's digests were made (by this server or another)
        }
        // The cases' overdue tasks and the campaigns' (plan steps, meeting promises, the next meeting): one digest.
        List<String> assignees = new java.util.ArrayList<>();
        process.overdueTasks(now, 5_000).forEach(t -> assignees.add(t.assignee()));
        campaignProcess.overdueTasks(now, 5_000).forEach(t -> assignees.add(t.assignee()));
        if (assignees.isEmpty()) {
            return 0;
        }
        List<String> onCall = candidates.supervisorsOnCall();
        Map<String, Integer> counts = ReminderRules.overdueCounts(assignees, onCall.isEmpty() ? candidates.supervisors() : onCall);
        int made = 0;
        Map<String, NotificationSettings> settings = notifications.settingsOf(counts.keySet());
        for (var e : counts.entrySet()) {
            NotificationSettings s = settings.get(e.getKey());
            if (s != null && !ReminderRules.digestDue(s.getLastDigestOn(), now, ServerZone.get())) {
                continue;
            }
            made += remind(Set.of(e.getKey()), NotificationKind.OVERDUE_TASKS, ReminderRules.digestKey(today), null, now,
                    ServerZone.get(), e.getValue(), now);
            if (s != null) {
                s.digestSent(today);
            }
        }
        return made;
    }

    private int remind(Set<String> to, NotificationKind kind, String key, Long caseId, Instant about,
                       java.time.ZoneId zone, int count, Instant now) {
        int made = 0;
        Map<String, NotificationSettings> settings = notifications.settingsOf(to);
        for (String username : to) {
            if (notifications.exists(username, key) || !candidates.enabled(username)) {
                continue;
            }
            NotificationSettings s = settings.get(username);
            notifications.add(new Notification(username, kind, key, caseId, about, zone, count,
                    s != null && s.emails(kind), now));
            made++;
        }
        return made;
    }

    /** Ids of reminders whose email is due, oldest first. */
    public List<Long> pendingEmails(Instant now) {
        return notifications.pendingEmails(now.minus(CLAIM_STALE), EMAILS_PER_RUN);
    }

    /** Takes one email for this server, committed at once: only the server that gets it sends it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimEmail(long notificationId, Instant now) {
        return notifications.claimEmail(notificationId, now, now.minus(CLAIM_STALE));
    }

    /**
     * Sends one claimed reminder's email, in its own transaction so one failure holds up no other; a failure is tried
     * again next time, up to {@link Notification#MAX_EMAIL_ATTEMPTS}. The log names the reminder's id, never an address.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendEmail(long notificationId, Instant now) {
        Notification n = notifications.find(notificationId).orElse(null);
        if (n == null || n.getEmailState() != EmailState.SENDING) {
            return false;
        }
        NotificationSettings s = notifications.settings(n.getUsername()).orElse(null);
        if (s == null || !s.emails(n.getKind())) {
            n.emailNotWanted();
            return false;
        }
        ReminderTexts texts = new ReminderTexts(ReminderTexts.localeOf(candidates.locale(n.getUsername())));
        String link = n.getCaseId() == null ? ReminderMail.inboxLink() : ReminderMail.caseLink(n.getCaseId());
        String pseudonym = n.getCaseId() == null ? null : pseudonyms.of(ReminderTexts.REMINDER_PSEUDONYM, n.getCaseId());
        try {
            mail.send(s.getEmail(), texts.of(n.getKind(), n.getAboutAt(), n.getZone(), pseudonym, link, n.getItemCount()));
            n.emailSent(now);
            return true;
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            n.emailFailed();
            LOG.warning(() -> "Reminder " + notificationId + " could not be emailed (attempt " + n.getEmailAttempts()
                    + "): " + e.getClass().getSimpleName());
            return false;
        }
    }
}
