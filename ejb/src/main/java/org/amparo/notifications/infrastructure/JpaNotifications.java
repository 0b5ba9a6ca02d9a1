package org.amparo.notifications.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.notifications.domain.EmailState;
import org.amparo.notifications.domain.Notification;
import org.amparo.notifications.domain.NotificationSettings;
import org.amparo.notifications.domain.Notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaNotifications implements Notifications {

    @PersistenceContext
    EntityManager em;

    public JpaNotifications() {
    }

    /** Over a persistence context the caller manages (tests, tools without a container). */
    public JpaNotifications(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<NotificationSettings> settings(String username) {
        return Optional.ofNullable(em.find(NotificationSettings.class, username));
    }

    @Override
    public NotificationSettings settingsOrNew(String username) {
        return settings(username).orElseGet(() -> {
            NotificationSettings s = new NotificationSettings(username);
            em.persist(s);
            return s;
        });
    }

    @Override
    public Optional<NotificationSettings> settingsByFeed(String secretHash) {
        return em.createQuery("select s from NotificationSettings s where s.feedSecretHash = :h", NotificationSettings.class)
                .setParameter("h", secretHash).getResultStream().findFirst();
    }

    @Override
    public Map<String, NotificationSettings> settingsOf(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from NotificationSettings s where s.username in :u", NotificationSettings.class)
                .setParameter("u", usernames).getResultStream()
                .collect(Collectors.toMap(NotificationSettings::getUsername, Function.identity()));
    }

    @Override
    public boolean exists(String username, String subjectKey) {
        return !em.createQuery("select n.id from Notification n where n.username = :u and n.subjectKey = :k", Long.class)
                .setParameter("u", username).setParameter("k", subjectKey).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Notification> of(String username, int max) {
        return em.createQuery("select n from Notification n where n.username = :u order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("u", username).setMaxResults(max).getResultList();
    }

    @Override
    public long unread(String username) {
        return em.createQuery("select count(n) from Notification n where n.username = :u and n.readAt is null", Long.class)
                .setParameter("u", username).getSingleResult();
    }

    @Override
    public int markAllRead(String username, Instant now) {
        return em.createQuery("update Notification n set n.readAt = :now where n.username = :u and n.readAt is null")
                .setParameter("now", now).setParameter("u", username).executeUpdate();
    }

    @Override
    public List<Long> pendingEmails(Instant staleBefore, int max) {
        return em.createQuery("""
                        select n.id from Notification n
                        where n.emailState = :p or (n.emailState = :s and n.emailClaimedAt < :stale) order by n.id""", Long.class)
                .setParameter("p", EmailState.PENDING).setParameter("s", EmailState.SENDING).setParameter("stale", staleBefore)
                .setMaxResults(max).getResultList();
    }

    @Override
    public boolean claimEmail(long id, Instant now, Instant staleBefore) {
        return em.createQuery("""
                        update Notification n set n.emailState = :s, n.emailClaimedAt = :now
                        where n.id = :id and (n.emailState = :p or (n.emailState = :s and n.emailClaimedAt < :stale))""")
                .setParameter("s", EmailState.SENDING).setParameter("now", now).setParameter("id", id)
                .setParameter("p", EmailState.PENDING).setParameter("stale", staleBefore).executeUpdate() == 1;
    }

    @Override
    public boolean anyWithKey(String subjectKey) {
        return !em.createQuery("select n.id from Notification n where n.subjectKey = :k", Long.class)
                .setParameter("k", subjectKey).setMaxResults(1).getResultList().isEmpty();
    }
}
