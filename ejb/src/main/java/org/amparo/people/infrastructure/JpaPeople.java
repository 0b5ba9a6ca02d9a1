package org.amparo.people.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.people.domain.People;
import org.amparo.people.domain.Person;
import org.amparo.people.domain.PersonChanged;
import org.amparo.shared.domain.ANumber;
import org.amparo.shared.domain.DomainEvent;
import org.amparo.shared.domain.NotFoundException;

/** {@link People} with JPA; the events of a saved person go out as a synchronous CDI event. */
@ApplicationScoped
public class JpaPeople implements People {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PersonChanged> changed;

    @Override
    public Optional<Person> find(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId));
    }

    @Override
    public Person require(long personId) {
        return find(personId).orElseThrow(() -> new NotFoundException("Person", personId));
    }

    @Override
    public void save(Person person) {
        boolean isNew = person.getId() == null;
        if (isNew) {
            em.persist(person);
        } else {
            // A change to a person on file meets a concurrent save of the same person here, not at commit.
            em.flush();
        }
        List<DomainEvent> events = person.pullEvents();
        // A person stored just now is held in no case yet: there is nobody to tell.
        if (!isNew && !events.isEmpty()) {
            changed.fire(new PersonChanged(person.getId(), events));
        }
    }

    @Override
    public List<Person> withANumber(ANumber aNumber, int max) {
        return em.createQuery("select p from Person p where p.aNumberIndex = :a" + ON_FILE, Person.class)
                .setParameter("a", org.amparo.protection.infrastructure.BlindIndex.INSTANCE.of(org.amparo.shared.domain.Fingerprints.A_NUMBER, aNumber.digits())).setMaxResults(max).getResultList();
    }

    @Override
    public List<Person> bornOnNamed(LocalDate born, String foldedText, int max) {
        return em.createQuery("""
                        select distinct p from Person p left join p.aliases a where p.dateOfBirthIndex = :born
                        and (p.searchName like :family or a.searchName like :family)""" + ON_FILE, Person.class)
                .setParameter("born", bornIndex(born)).setParameter("family", "%" + foldedText + "%")
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Person> bornOn(LocalDate born, int max) {
        return em.createQuery("select p from Person p where p.dateOfBirthIndex = :born" + ON_FILE, Person.class)
                .setParameter("born", bornIndex(born)).setMaxResults(max).getResultList();
    }

    /** Dates of birth are encrypted at rest; people born on a day are found through its blind index. */
    private static String bornIndex(LocalDate born) {
        return org.amparo.protection.infrastructure.BlindIndex.INSTANCE.of(org.amparo.shared.domain.Fingerprints.DATE_OF_BIRTH, born.toString());
    }

    /**
     * Only people with a case on file: a deleted case's person is gone from the duplicate check (deleted cases are
     * filtered out of every query of DetentionCase).
     */
    private static final String ON_FILE = " and exists (select 1 from DetentionCase c where c.person = p)";
}
