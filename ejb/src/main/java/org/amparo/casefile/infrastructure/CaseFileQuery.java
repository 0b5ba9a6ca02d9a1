package org.amparo.casefile.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.casefile.application.CaseFile;
import org.amparo.cases.domain.CaseDocument;
import org.amparo.cases.domain.CaseNote;
import org.amparo.cases.domain.Detainer;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Arrest;
import org.amparo.people.domain.Person;
import org.amparo.reference.domain.Facility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads a whole case file in a fixed number of queries, whatever its size: one per collection, never one per row
 * (a test counts them with Hibernate's statistics).
 */
@Dependent
public class CaseFileQuery {

    @PersistenceContext
    EntityManager em;

    public CaseFileQuery() {
    }

    /** Over a persistence context the caller manages (tests, tools without a container). */
    public CaseFileQuery(EntityManager em) {
        this.em = em;
    }

    public Optional<CaseFile> load(long caseId, boolean withPrivilegedNotes) {
        List<DetentionCase> found = em.createQuery("""
                select c from DetentionCase c join fetch c.person left join fetch c.facility where c.id = :id""",
                DetentionCase.class).setParameter("id", caseId).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DetentionCase c = found.get(0);
        Person p = c.getPerson();
        // One query per collection of the person; each initialises the collection in the persistence context.
        fetch("select p from Person p left join fetch p.aliases where p = :p", p);
        fetch("select p from Person p left join fetch p.family where p = :p", p);
        fetch("select p from Person p left join fetch p.entries where p = :p", p);
        fetch("select p from Person p left join fetch p.removalOrders where p = :p", p);
        fetch("select p from Person p left join fetch p.applications where p = :p", p);
        fetch("select p from Person p left join fetch p.priorRemovals where p = :p", p);
        List<Arrest> arrests = em.createQuery("""
                select distinct a from Arrest a left join fetch a.charges where a.person = :p \
                order by a.arrestedOn desc, a.id desc""", Arrest.class).setParameter("p", p).getResultList();
        if (!arrests.isEmpty()) {
            em.createQuery("select distinct a from Arrest a left join fetch a.courtDates where a in :arrests", Arrest.class)
                    .setParameter("arrests", arrests).getResultList();
        }
        List<Detainer> detainers = em.createQuery("""
                select distinct d from Detainer d join fetch d.form left join fetch d.interference \
                where d.detentionCase = :c order by d.issuedAt, d.id""", Detainer.class)
                .setParameter("c", c).getResultList();
        List<CaseNote> notes = em.createQuery("""
                select n from CaseNote n where n.detentionCase = :c and (n.privileged = false or :privileged = true) \
                order by n.writtenAt desc, n.id desc""", CaseNote.class)
                .setParameter("c", c).setParameter("privileged", withPrivilegedNotes).getResultList();
        List<CaseDocument> documents = em.createQuery(
                "select d from CaseDocument d where d.detentionCase = :c order by d.uploadedAt desc, d.id desc", CaseDocument.class)
                .setParameter("c", c).getResultList();
        return Optional.of(toFile(c, p, arrests, detainers, notes, documents));
    }

    private void fetch(String jpql, Person p) {
        em.createQuery(jpql, Person.class).setParameter("p", p).getResultList();
    }

    private static CaseFile toFile(DetentionCase c, Person p, List<Arrest> arrests, List<Detainer> detainers,
                                   List<CaseNote> notes, List<CaseDocument> documents) {
        var person = new CaseFile.Person(p.getId(), p.getVersion(), p.getFamilyName(), p.getGivenNames(),
                p.getDateOfBirth(), p.getANumber() == null ? null : p.getANumber().formatted(),
                p.biography().genderIdentity(), p.biography().address(), p.biography().phone(), p.getCountryOfOrigin(),
                p.getPreferredLanguage(), p.biography().otherLanguages(), p.biography().employment(),
                p.biography().communityTies(), p.getConsentToPublicize(),
                p.getAliases().stream().map(a -> new CaseFile.Alias(a.getId(), a.getFamilyName(), a.getGivenNames())).toList(),
                p.getFamily().stream().map(m -> new CaseFile.FamilyMember(m.getId(), m.getFullName(), m.getRelation(),
                        m.getDateOfBirth(), m.getCitizenship(), m.isDependent())).toList());
        var immigration = new CaseFile.Immigration(p.getImmigrationStatus(), p.getEducation(),
                p.getContinuousResidenceSince(), p.getGangMember(), p.getNationalSecurityConcern(),
                p.getReasonForMigration(), p.getVictimOfCrime(), p.getVictimOfAbuse(), p.getVictimOfFraud(),
                p.getEntries().stream().map(e -> new CaseFile.Entry(e.enteredOn(), e.manner(), e.place())).toList(),
                p.getRemovalOrders().stream().map(o -> new CaseFile.RemovalOrder(o.orderedOn(), o.finalOrder())).toList(),
                p.getApplications().stream().map(a -> new CaseFile.Application(a.filedOn(), a.kind(), a.result())).toList(),
                p.getPriorRemovals().stream().map(r -> new CaseFile.PriorRemoval(r.removedOn(), r.place())).toList(),
                p.getApprehendedAtBorder(), p.getVisaAbuse(), p.getInRemovalProceedings());
        List<CaseFile.Arrest> arrestViews = new ArrayList<>();
        for (Arrest a : arrests) {
            arrestViews.add(new CaseFile.Arrest(a.getId(), a.getArrestedOn(), a.getAgency(), a.getPlaceHeld(),
                    a.getCharges().stream().map(ch -> new CaseFile.Charge(ch.getId(), ch.getDescription(), ch.getLevel(),
                            ch.getCategory(), ch.getDisposition(), ch.getDispositionDate(), ch.getSentenceDays(),
                            ch.isSentenceSuspended(), ch.isJuvenile(), ch.isAggravatedFelony(), ch.getIncident())).toList(),
                    a.getCourtDates().stream().map(d -> new CaseFile.CourtDate(d.getId(), d.getScheduledAt(), d.getCourt(),
                            d.getPurpose())).toList()));
        }
        Facility f = c.getFacility();
        var custody = new CaseFile.Custody(f == null ? null : f.getId(), f == null ? null : f.getName(),
                f == null ? null : f.getTimeZone().getId(), c.getBookingNumber(), c.getBookedAt(),
                c.getScheduledReleaseAt(), c.getBailStatus(), c.getBailAmount(), c.getIceInterviewed(), c.getToldOfHold(),
                c.getCustodyEnd(), c.getCustodyEndedAt(), c.getCallerName(), c.getCallerRelation(), c.getCallerContact());
        var requests = detainers.stream().map(d -> new CaseFile.IceRequest(d.getId(), d.getForm().getCode(),
                d.getForm().getLabel(), d.getIssuedAt(), d.getServedOnPerson(), d.getHonored(), d.getNotifiedIce(),
                d.isLifted(), copy(d.getInterference()))).toList();
        return new CaseFile(c.getId(), c.getVersion(), c.getStatus(), c.getCaseworker(), c.getAttorney(), c.getOpenedAt(),
                person, immigration, arrestViews, custody, requests,
                notes.stream().map(n -> new CaseFile.Note(n.getId(), n.getAuthor(), n.getWrittenAt(), n.getBody(),
                        n.isPrivileged())).toList(),
                documents.stream().map(d -> new CaseFile.Document(d.getId(), d.getFileName(), d.getContentType(),
                        d.getSizeBytes(), d.getDescription(), d.getUploadedBy(), d.getUploadedAt())).toList());
    }

    private static <E extends Enum<E>> java.util.Set<E> copy(Collection<E> items) {
        return items.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(EnumSet.copyOf(items));
    }
}
