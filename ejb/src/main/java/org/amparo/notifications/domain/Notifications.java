package org.amparo.notifications.domain;

import java.util.List;
import java.util.Optional;

/** The reminders made and each person's choices. */
public interface Notifications {

    /** A person's settings, if they ever chose any. */
    Optional<NotificationSettings> settings(String username);

    /** A person's settings, made (with no address) when they have none yet. */
    NotificationSettings settingsOrNew(String username);

    /** The settings whose feed secret hashes to this. */
    Optional<NotificationSettings> settingsByFeed(String secretHash);

    /** The settings of these people that exist, by username. */
    java.util.Map<String, NotificationSettings> settingsOf(java.util.Collection<String> usernames);

    /** Whether this person already has this reminder. */
    boolean exists(String username, String subjectKey);

    void add(Notification notification);

    Optional<Notification> find(long id);

    /** A person's newest reminders first. */
    List<Notification> of(String username, int max);

    long unread(String username);

    /** Marks all of a person's reminders read; returns how many were unread. */
    int markAllRead(String username, java.time.Instant now);

    /** Ids of reminders whose email is to be sent (or whose claim is older than {@code staleBefore}), oldest first. */
    List<Long> pendingEmails(java.time.Instant staleBefore, int max);

    /**
     * Takes one reminder's email for this server, at once and for good (its own write): true for exactly one of
     * several servers asking, so an email goes out once even when every node's timer runs.
     */
    boolean claimEmail(long id, java.time.Instant now, java.time.Instant staleBefore);

    /** Whether anyone has a reminder with this key (e.g. today's digest was made). */
    boolean anyWithKey(String subjectKey);
}
