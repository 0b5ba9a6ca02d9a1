package org.amparo.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.shared.domain.UnitOfWork;

/** The transaction's persistence context, flushed. */
@ApplicationScoped
public class JpaUnitOfWork implements UnitOfWork {

    @PersistenceContext
    EntityManager em;

    public JpaUnitOfWork() {
    }

    /** Over a persistence context the caller manages (tests). */
    public JpaUnitOfWork(EntityManager em) {
        this.em = em;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
