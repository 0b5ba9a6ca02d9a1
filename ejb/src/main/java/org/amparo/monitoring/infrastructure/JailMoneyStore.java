package org.amparo.monitoring.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.monitoring.domain.JailMoney;

import java.util.List;
import java.util.Optional;

/** A jurisdiction's jail money, year by year. */
@Dependent
public class JailMoneyStore {

    @PersistenceContext
    EntityManager em;

    public JailMoneyStore() {
    }

    /** Outside the container (tests). */
    public JailMoneyStore(EntityManager em) {
        this.em = em;
    }

    /** The jurisdiction's years, latest first; in a year, the jails together first, then by facility. */
    public List<JailMoney> of(long jurisdictionId) {
        return em.createQuery("select m from JailMoney m where m.jurisdictionId = :j order by m.fiscalYear desc, m.scopeKey",
                JailMoney.class).setParameter("j", jurisdictionId).getResultList();
    }

    /** The jails' figures of a year together. */
    public Optional<JailMoney> year(long jurisdictionId, int fiscalYear) {
        return year(jurisdictionId, null, fiscalYear);
    }

    /** A year's figures of a facility of the jurisdiction, or of its jails together ({@code facilityId} null). */
    public Optional<JailMoney> year(long jurisdictionId, Long facilityId, int fiscalYear) {
        return em.createQuery("select m from JailMoney m where m.jurisdictionId = :j and m.scopeKey = :s and m.fiscalYear = :y",
                        JailMoney.class).setParameter("j", jurisdictionId).setParameter("s", facilityId == null ? 0L : facilityId)
                .setParameter("y", fiscalYear).getResultStream().findFirst();
    }

    public void add(JailMoney money) {
        em.persist(money);
        em.flush();
    }

    public void remove(JailMoney money) {
        em.remove(money);
        em.flush();
    }

    /** Writes the pending change now, so that a concurrent edit is refused inside the caller's transaction. */
    public void flush() {
        em.flush();
    }
}
