package org.amparo.casefile.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.casefile.domain.Drafts;
import org.amparo.casefile.domain.IntakeDraft;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDrafts implements Drafts {

    @PersistenceContext
    EntityManager em;

    public JpaDrafts() {
    }

    /** Over a persistence context the caller manages (tests). */
    public JpaDrafts(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<IntakeDraft> find(long id) {
        return Optional.ofNullable(em.find(IntakeDraft.class, id));
    }

    @Override
    public List<IntakeDraft> latestOf(String owner, int max) {
        return em.createQuery("select d from IntakeDraft d where d.owner = :owner order by d.updatedAt desc", IntakeDraft.class)
                .setParameter("owner", owner).setMaxResults(max).getResultList();
    }

    @Override
    public void add(IntakeDraft draft) {
        em.persist(draft);
    }

    @Override
    public void remove(IntakeDraft draft) {
        em.remove(draft);
    }

    @Override
    public void removeOwned(long id, String owner) {
        em.createQuery("delete from IntakeDraft d where d.id = :id and d.owner = :owner")
                .setParameter("id", id).setParameter("owner", owner).executeUpdate();
    }
}
