package org.amparo.imports.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.audit.infrastructure.HistoryQueue;
import org.amparo.shared.domain.ANumber;

/**
 * The read model a roster import plans against: what is on file about the people of a file, read in batches (one
 * query per kind of fact and chunk of ids, never one per row), as plain rows. It also lets a long import write what it
 * has so far and let go of it.
 */
@ApplicationScoped
public class RosterMatching {

    @PersistenceContext
    EntityManager em;

    /** Rows of (person id, A-number) for these A-numbers. */
    public List<Object[]> peopleWithANumbers(List<ANumber> aNumbers) {
        List<String> indexes = aNumbers.stream().map(a -> org.amparo.protection.infrastructure.BlindIndex.INSTANCE.of(org.amparo.shared.domain.Fingerprints.A_NUMBER, a.digits())).toList();
        return em.createQuery("select p.id, p.aNumber from Person p where p.aNumberIndex in :a", Object[].class)
                .setParameter("a", indexes).getResultList();
    }

    /** Rows of (person id, date of birth, A-number, given names, family name) for people born on these days. */
    public List<Object[]> peopleBornOn(List<LocalDate> days) {
        return em.createQuery("""
                select p.id, p.dateOfBirth, p.aNumber, p.givenNames, p.familyName from Person p where p.dateOfBirthIndex in :d""",
                Object[].class).setParameter("d", bornIndexes(days)).getResultList();
    }

    /** Rows of (person id, given names, family name) for the aliases of people born on these days. */
    public List<Object[]> aliasesOfPeopleBornOn(List<LocalDate> days) {
        return em.createQuery("""
                select a.person.id, a.givenNames, a.familyName from PersonAlias a where a.person.dateOfBirthIndex in :d""",
                Object[].class).setParameter("d", bornIndexes(days)).getResultList();
    }

    /** Rows of (person id, A-number, given names, family name, date of birth). */
    public List<Object[]> people(List<Long> personIds) {
        return em.createQuery("select p.id, p.aNumber, p.givenNames, p.familyName, p.dateOfBirth from Person p where p.id in :ids",
                Object[].class).setParameter("ids", personIds).getResultList();
    }

    /** Rows of (person id, given names, family name) for these people's aliases. */
    public List<Object[]> aliasesOf(List<Long> personIds) {
        return em.createQuery("select a.person.id, a.givenNames, a.familyName from PersonAlias a where a.person.id in :ids",
                Object[].class).setParameter("ids", personIds).getResultList();
    }

    /** Rows of (case id, person id, booking number, status), newest case first. */
    public List<Object[]> casesOf(List<Long> personIds) {
        return em.createQuery("""
                select c.id, c.person.id, c.bookingNumber, c.status from DetentionCase c where c.person.id in :ids \
                order by c.openedAt desc, c.id desc""", Object[].class).setParameter("ids", personIds).getResultList();
    }

    /** Rows of (person id, arrest day, charge description, level) for these people's charges. */
    public List<Object[]> chargesOf(List<Long> personIds) {
        return em.createQuery("""
                select a.person.id, a.arrestedOn, ch.description, ch.level from Charge ch join ch.arrest a \
                where a.person.id in :ids""", Object[].class).setParameter("ids", personIds).getResultList();
    }

    /** Rows of (case id, form code, issued at) for these cases' ICE documents. */
    public List<Object[]> holdsOf(List<Long> caseIds) {
        return em.createQuery("""
                select d.detentionCase.id, d.form.code, d.issuedAt from Detainer d where d.detentionCase.id in :ids""",
                Object[].class).setParameter("ids", caseIds).getResultList();
    }

    /** Rows of (facility id, name) of every facility. */
    public List<Object[]> facilityNames() {
        return em.createQuery("select f.id, f.name from Facility f", Object[].class).getResultList();
    }

    public List<String> formCodes() {
        return em.createQuery("select f.code from IceDocumentForm f", String.class).getResultList();
    }

    /** Identifiers are encrypted at rest: people are matched on the blind indexes of their dates of birth. */
    private static List<String> bornIndexes(List<LocalDate> days) {
        return days.stream().map(d -> org.amparo.protection.infrastructure.BlindIndex.INSTANCE.of(org.amparo.shared.domain.Fingerprints.DATE_OF_BIRTH, d.toString())).toList();
    }

    /** Writes what the import did so far, history included, and lets go of it (a long import holds nothing). */
    public void writeAndLetGo() {
        HistoryQueue.writeAndClear(em);
    }
}
