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

    /**
     * Each write below is one conditional update, never a read and a write of the whole row: a session's use recorded at
     * the moment an administrator ends it must never write the end away.
     */
    public boolean touch(String handle, Instant now, Instant unusedSince) {
        return em.createQuery("""
                        update SignedInSession s set s.lastSeenAt = :now
                        where s.handle = :h and s.endedAt is null and s.lastSeenAt < :since""")
                .setParameter("now", now).setParameter("h", handle).setParameter("since", unusedSince).executeUpdate() == 1;
    }

    /** Ends the session if it is still going; whether it was. */
    public boolean end(String handle, Instant now) {
        return em.createQuery("update SignedInSession s set s.endedAt = :now where s.handle = :h and s.endedAt is null")
                .setParameter("now", now).setParameter("h", handle).executeUpdate() == 1;
    }

    /** Ends every session of the account still going; how many. */
    public int endAllOf(String username, Instant now) {
        return em.createQuery("update SignedInSession s set s.endedAt = :now where s.username = :u and s.endedAt is null")
                .setParameter("now", now).setParameter("u", username).executeUpdate();
    }

    /** The account chose its own password: none of its sessions waits on the password page any more. */
    public void passwordChosen(String username) {
        em.createQuery("update SignedInSession s set s.mustChangePassword = false where s.username = :u and s.endedAt is null")
                .setParameter("u", username).executeUpdate();
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
