package org.amparo.reference.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.audit.domain.Revision;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.Jurisdictions;
import org.amparo.reference.domain.ReferenceName;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaJurisdictions implements Jurisdictions {

    @PersistenceContext
    EntityManager em;

    public JpaJurisdictions() {
    }

    /** Over a persistence context the caller manages (tests). */
    public JpaJurisdictions(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Jurisdiction> find(long id) {
        return Optional.ofNullable(em.find(Jurisdiction.class, id));
    }

    @Override
    public Optional<Jurisdiction> findLocked(long id) {
        return Optional.ofNullable(em.find(Jurisdiction.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ReferenceName> namesByName() {
        return em.createQuery("""
                select new org.amparo.reference.domain.ReferenceName(j.id, j.name, j.stateCode)
                from Jurisdiction j order by j.name""", ReferenceName.class).getResultList();
    }

    @Override
    public List<Jurisdiction> allByName() {
        return em.createQuery("select j from Jurisdiction j order by j.name", Jurisdiction.class).getResultList();
    }

    @Override
    public List<Jurisdiction> statesOf(String stateCode) {
        return em.createQuery("select j from Jurisdiction j where j.level = :state and j.stateCode = :code order by j.id",
                        Jurisdiction.class)
                .setParameter("state", org.amparo.reference.domain.JurisdictionLevel.STATE).setParameter("code", stateCode)
                .getResultList();
    }

    @Override
    public List<Jurisdiction> all() {
        return em.createQuery("select j from Jurisdiction j", Jurisdiction.class).getResultList();
    }

    @Override
    public Optional<Jurisdiction> byFipsCode(String fipsCode) {
        return em.createQuery("select j from Jurisdiction j where j.fipsCode = :code", Jurisdiction.class)
                .setParameter("code", fipsCode).getResultStream().findFirst();
    }

    @Override
    public void add(Jurisdiction jurisdiction) {
        em.persist(jurisdiction);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PastState> history(long id) {
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Jurisdiction.class, false, false)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc()).getResultList();
        return rows.stream().map(row -> new PastState((Jurisdiction) row[0], (Revision) row[1])).toList();
    }
}
