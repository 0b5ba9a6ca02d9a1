package org.amparo.reference.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.reference.domain.Agreement287g;
import org.amparo.reference.domain.Agreements287g;

import java.util.List;

@ApplicationScoped
public class JpaAgreements287g implements Agreements287g {

    @PersistenceContext
    EntityManager em;

    public JpaAgreements287g() {
    }

    /** Over a persistence context the caller manages (tests). */
    public JpaAgreements287g(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Agreement287g> withJurisdictionByState(boolean includeEnded) {
        return em.createQuery("select a from Agreement287g a join fetch a.jurisdiction"
                        + (includeEnded ? "" : " where a.endedOn is null") + " order by a.stateCode, a.agency, a.supportType",
                Agreement287g.class).getResultList();
    }

    @Override
    public List<Agreement287g> allWithJurisdiction() {
        return em.createQuery("select a from Agreement287g a join fetch a.jurisdiction", Agreement287g.class).getResultList();
    }

    @Override
    public void add(Agreement287g agreement) {
        em.persist(agreement);
    }
}
