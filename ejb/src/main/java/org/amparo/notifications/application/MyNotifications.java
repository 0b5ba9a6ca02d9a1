package org.amparo.notifications.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.exports.infrastructure.Pseudonyms;
import org.amparo.notifications.domain.Notification;
import org.amparo.notifications.domain.NotificationSettings;
import org.amparo.notifications.domain.Notifications;
import org.amparo.notifications.infrastructure.ReminderCandidates;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Each person's own reminders and choices: the list and its unread count (the bell in every page's header), marking
 * them read, the email address and the optional emails, being on call (supervisors), and the calendar feed link.
 * Everyone with an account uses it, for themselves only.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class MyNotifications {

    static final int LIST_SIZE = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Notifications notifications;

    @Inject
    ReminderCandidates candidates;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    InputValidation validation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The newest reminders, in the reader's language. */
    public List<NotificationView> mine(Locale locale) {
        ReminderTexts texts = new ReminderTexts(locale);
        return notifications.of(me(), LIST_SIZE).stream().map(n -> view(n, texts)).toList();
    }

    public long unreadCount() {
        return notifications.unread(me());
    }

    /** Marks every reminder read; returns how many were unread. */
    public int markAllRead() {
        return notifications.markAllRead(me(), clock.instant());
    }

    public SettingsView settings() {
        return notifications.settings(me()).map(this::view)
                .orElse(new SettingsView(null, true, true, false, session.isCallerInRole(Roles.SUPERVISOR), false, null));
    }

    /** Saves the caller's choices; a wrong address is refused with a message naming the field, nothing half-saved. */
    public SettingsView save(SettingsCommand command) {
        if (command == null) {
            throw validation.invalid("body", "amparo.validation.required");
        }
        NotificationSettings s = notifications.settingsOrNew(me());
        s.changeEmail(command.email());
        s.chooseEmails(command.courtDatesByEmail() == null ? s.isCourtDatesByEmail() : command.courtDatesByEmail(),
                command.taskDigestByEmail() == null ? s.isTaskDigestByEmail() : command.taskDigestByEmail());
        if (command.onCall() != null) {
            if (command.onCall() && !session.isCallerInRole(Roles.SUPERVISOR)) {
                throw validation.invalid("onCall", "amparo.validation.onCallSupervisorsOnly");
            }
            s.setOnCall(command.onCall());
        }
        audit.record("notifications.settings.changed", "UserAccount", me(),
                "emailAddress=" + (s.getEmail() != null) + " courtDatesByEmail=" + s.isCourtDatesByEmail()
                        + " taskDigestByEmail=" + s.isTaskDigestByEmail() + " onCall=" + s.isOnCall());
        return view(s);
    }

    /**
     * A new personal calendar feed: the secret in its address is shown this once and kept only as a hash; an earlier
     * link stops working. Returns the secret.
     */
    public String newFeed() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        notifications.settingsOrNew(me()).newFeed(CalendarFeeds.hash(secret), clock.instant());
        audit.record("notifications.feed.created", "UserAccount", me(), null);
        return secret;
    }

    public void removeFeed() {
        notifications.settings(me()).ifPresent(NotificationSettings::removeFeed);
        audit.record("notifications.feed.removed", "UserAccount", me(), null);
    }

    private SettingsView view(NotificationSettings s) {
        return new SettingsView(s.getEmail(), s.isCourtDatesByEmail(), s.isTaskDigestByEmail(), s.isOnCall(),
                session.isCallerInRole(Roles.SUPERVISOR), s.hasFeed(), s.getFeedCreatedAt());
    }

    private NotificationView view(Notification n, ReminderTexts texts) {
        String pseudonym = n.getCaseId() == null ? null : pseudonyms.of(ReminderTexts.REMINDER_PSEUDONYM, n.getCaseId());
        var text = texts.of(n.getKind(), n.getAboutAt(), n.getZone(), pseudonym, "", n.getItemCount());
        return new NotificationView(n.getId(), n.getKind().name(), text.title(),
                n.getAboutAt() == null ? "" : texts.when(n.getAboutAt(), n.getZone()), n.getCaseId(), n.getCreatedAt(),
                n.getReadAt() != null, n.getEmailState().name());
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
