package org.amparo.reference.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.reference.domain.Facilities;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.ReferenceName;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFacilities implements Facilities {

    @PersistenceContext
    EntityManager em;

    public JpaFacilities() {
    }

    /** Over a persistence context the caller manages (tests). */
    public JpaFacilities(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Facility> find(long id) {
        return Optional.ofNullable(em.find(Facility.class, id));
    }

    @Override
    public Facility reference(long id) {
        return em.getReference(Facility.class, id);
    }

    @Override
    public List<ReferenceName> namesByName() {
        return em.createQuery("""
                select new org.amparo.reference.domain.ReferenceName(f.id, f.name, f.city, f.stateCode)
                from Facility f order by f.name""", ReferenceName.class).getResultList();
    }

    @Override
    public List<Facility> allWithJurisdictionByName() {
        return em.createQuery("select f from Facility f left join fetch f.jurisdiction order by f.name", Facility.class)
                .getResultList();
    }

    @Override
    public List<Facility> all() {
        return em.createQuery("select f from Facility f", Facility.class).getResultList();
    }

    @Override
    public void add(Facility facility) {
        em.persist(facility);
    }
}
