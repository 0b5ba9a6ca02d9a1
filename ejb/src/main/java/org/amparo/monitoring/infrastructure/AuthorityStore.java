package org.amparo.monitoring.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.monitoring.domain.Authority;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A jurisdiction's authorities. */
@Dependent
public class AuthorityStore {

    @PersistenceContext
    EntityManager em;

    public AuthorityStore() {
    }

    /** Outside the container (tests). */
    public AuthorityStore(EntityManager em) {
        this.em = em;
    }

    /** The jurisdiction's authorities in the toolkit's order of offices, then by seat and holder. */
    public List<Authority> of(long jurisdictionId) {
        Comparator<String> text = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
        return em.createQuery("select a from Authority a where a.jurisdictionId = :j", Authority.class)
                .setParameter("j", jurisdictionId).getResultList().stream()
                .sorted(Comparator.comparing(Authority::getOffice)
                        .thenComparing(a -> a.details().title(), text)
                        .thenComparing(a -> a.details().holderName(), text)
                        .thenComparing(Authority::getId))
                .toList();
    }

    public Optional<Authority> find(long id) {
        return Optional.ofNullable(em.find(Authority.class, id));
    }

    public void add(Authority authority) {
        em.persist(authority);
        em.flush();
    }

    public void remove(Authority authority) {
        em.remove(authority);
        em.flush();
    }

    /** Writes the pending change now, so that a concurrent edit is refused inside the caller's transaction. */
    public void flush() {
        em.flush();
    }
}
