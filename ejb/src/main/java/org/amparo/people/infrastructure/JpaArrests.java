package org.amparo.people.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.people.domain.Arrest;
import org.amparo.people.domain.Arrests;
import org.amparo.people.domain.Charge;
import org.amparo.people.domain.Person;
import org.amparo.people.domain.PersonChanged;
import org.amparo.people.domain.event.ChargeRemoved;
import org.amparo.shared.domain.DomainEvent;

/** {@link Arrests} with JPA; a changed criminal history goes out as a change of its person. */
@ApplicationScoped
public class JpaArrests implements Arrests {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PersonChanged> changed;

    @Override
    public Optional<Arrest> find(long arrestId) {
        return Optional.ofNullable(em.find(Arrest.class, arrestId));
    }

    @Override
    public Optional<Arrest> ofPerson(long personId, long arrestId) {
        return find(arrestId).filter(a -> a.getPerson().getId() == personId);
    }

    @Override
    public Optional<Charge> chargeOfPerson(long personId, long chargeId) {
        return Optional.ofNullable(em.find(Charge.class, chargeId))
                .filter(c -> c.getArrest().getPerson().getId() == personId);
    }

    @Override
    public void save(Arrest arrest) {
        saveAll(List.of(arrest));
    }

    @Override
    public void saveNow(Arrest arrest) {
        saveAll(List.of(arrest));
        em.flush();
    }

    /*
     * No flush here: the consequences read through queries, which see pending changes (Hibernate flushes before a query
     * that touches them), and a flush per save would walk a long import's whole persistence context each time.
     */
    @Override
    public void saveAll(java.util.Collection<Arrest> arrestsOfOnePerson) {
        List<DomainEvent> events = new java.util.ArrayList<>();
        Long personId = null;
        for (Arrest arrest : arrestsOfOnePerson) {
            if (arrest.getId() == null) {
                em.persist(arrest);
            }
            personId = arrest.getPerson().getId();
            events.addAll(arrest.pullEvents());
        }
        if (personId != null) {
            publish(personId, events);
        }
    }

    @Override
    public void remove(Arrest arrest) {
        long personId = arrest.getPerson().getId();
        List<DomainEvent> events = new java.util.ArrayList<>(arrest.pullEvents());
        em.remove(arrest);
        em.flush();
        if (events.isEmpty()) {
            events.add(new ChargeRemoved());
        }
        publish(personId, events);
    }

    private void publish(long personId, List<DomainEvent> events) {
        if (!events.isEmpty()) {
            changed.fire(new PersonChanged(personId, events));
        }
    }

    @Override
    public List<Charge> chargesOf(Person person) {
        return em.createQuery(
                "select ch from Charge ch join fetch ch.arrest where ch.arrest.person = :person order by ch.arrest.arrestedOn, ch.id",
                Charge.class).setParameter("person", person).getResultList();
    }

    @Override
    public boolean anyBefore(Person person, LocalDate day) {
        return em.createQuery("""
                select count(ch) from Charge ch join ch.arrest a where a.person = :p \
                and (a.arrestedOn < :day or ch.dispositionDate < :day)""", Long.class)
                .setParameter("p", person).setParameter("day", day).getSingleResult() > 0;
    }
}
