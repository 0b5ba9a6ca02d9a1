package org.amparo.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.security.domain.SignedInSession;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The signed-in sessions' table. */
@ApplicationScoped
public class JpaSignedInSessions {

    @PersistenceContext
    EntityManager em;

    public JpaSignedInSessions() {
    }

    /** Outside the container (the persistence tests). */
    public JpaSignedInSessions(EntityManager em) {
        this.em = em;
    }

    public void add(SignedInSession session) {
        em.persist(session);
    }

    public Optional<SignedInSession> find(String handle) {
        return Optional.ofNullable(em.find(SignedInSession.class, handle));
    }

    /** The sessions still going (not ended, used since {@code idleSince}), the most recently used first. */
    public List<SignedInSession> going(Instant idleSince) {
        return em.createQuery("""
                        select s from SignedInSession s where s.endedAt is null and s.lastSeenAt >= :idle
                        order by s.lastSeenAt desc, s.signedInAt desc""", SignedInSession.class)
                .setParameter("idle", idleSince).getResultList();
    }

    public List<SignedInSession> goingOf(String username) {
        return em.createQuery("select s from SignedInSession s where s.username = :u and s.endedAt is null", SignedInSession.class)
                .setParameter("u", username).getResultList();
    }

    public void remove(String handle) {
        em.createQuery("delete from SignedInSession s where s.handle = :h").setParameter("h", handle).executeUpdate();
    }

    /** Forgets sessions unused since then: timed out on a server that died, so nothing told the table. */
    public int forgetUnusedSince(Instant before) {
        return em.createQuery("delete from SignedInSession s where s.lastSeenAt < :before").setParameter("before", before)
                .executeUpdate();
    }
}
