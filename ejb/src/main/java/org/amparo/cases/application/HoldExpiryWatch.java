package org.amparo.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.rules.detainer.Finding;

/**
 * Holding a person past a hold's expiry is the most urgent alert, and it becomes true with time, not with new facts.
 * Every minute, open cases whose hold has expired while the person is still held are screened again, so the
 * {@code HELD_PAST_EXPIRY} finding appears without anyone touching the case.
 */
@Singleton
public class HoldExpiryWatch {

    private static final Logger LOG = Logger.getLogger(HoldExpiryWatch.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseScreening screening;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void rescreenExpiredHolds() {
        List<Long> due = em.createQuery("""
                        select c.id from DetentionCase c
                        where c.status = :open and c.custodyEnd is null and c.holdExpiresAt < :now
                          and not exists (select 1 from DetentionCase d join d.findings f
                                          where d = c and f.finding = :held)""", Long.class)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("now", Instant.now(clock))
                .setParameter("held", Finding.HELD_PAST_EXPIRY)
                .setMaxResults(500)
                .getResultList();
        due.forEach(screening::rescreen);
        if (!due.isEmpty()) {
            LOG.info(() -> "Re-screened " + due.size() + " case(s) whose hold expired");
        }
    }
}
