package org.amparo.hotline.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.hotline.domain.ActivityReport;
import org.amparo.hotline.domain.ActivityReports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaActivityReports implements ActivityReports {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(ActivityReport report) {
        em.persist(report);
    }

    @Override
    public Optional<ActivityReport> find(long id) {
        return Optional.ofNullable(em.find(ActivityReport.class, id));
    }

    @Override
    public List<ActivityReport> between(Instant from, Instant to, int max) {
        return em.createQuery("""
                        select r from ActivityReport r join fetch r.jurisdiction
                        where r.occurredAt >= :from and r.occurredAt < :to order by r.occurredAt desc, r.id desc""",
                        ActivityReport.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultList();
    }
}
