package org.amparo.hotline.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.hotline.domain.HotlineCall;
import org.amparo.hotline.domain.HotlineCalls;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaHotlineCalls implements HotlineCalls {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(HotlineCall call) {
        em.persist(call);
    }

    @Override
    public List<HotlineCall> between(Instant from, Instant to, String takenBy, int max) {
        return em.createQuery("""
                        select c from HotlineCall c where c.receivedAt >= :from and c.receivedAt < :to
                        and (:takenBy is null or c.takenBy = :takenBy) order by c.receivedAt desc, c.id desc""", HotlineCall.class)
                .setParameter("from", from).setParameter("to", to).setParameter("takenBy", takenBy)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Instant> receivedBetween(Instant from, Instant to) {
        return em.createQuery("select c.receivedAt from HotlineCall c where c.receivedAt >= :from and c.receivedAt < :to",
                Instant.class).setParameter("from", from).setParameter("to", to).getResultList();
    }
}
