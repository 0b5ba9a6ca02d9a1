package org.amparo.cases.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.cases.domain.ScreeningRerun;
import org.amparo.cases.domain.ScreeningReruns;

/** {@link ScreeningReruns} with JPA. */
@ApplicationScoped
public class JpaScreeningReruns implements ScreeningReruns {

    @PersistenceContext
    EntityManager em;

    public JpaScreeningReruns() {
    }

    /** Over a persistence context the caller manages (tests). */
    public JpaScreeningReruns(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean ranFor(String rulesVersion) {
        return em.createQuery("select count(r) from ScreeningRerun r where r.rulesVersion = :v", Long.class)
                .setParameter("v", rulesVersion).getSingleResult() > 0;
    }

    @Override
    public void add(ScreeningRerun run) {
        em.persist(run);
    }

    @Override
    public List<ScreeningRerun> latest(int max) {
        return em.createQuery("select r from ScreeningRerun r order by r.id desc", ScreeningRerun.class)
                .setMaxResults(max).getResultList();
    }
}
