package org.amparo.reference.infrastructure;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.reference.domain.Facilities;
import org.amparo.reference.domain.Facility;

/** {@link Facilities} with JPA. */
@ApplicationScoped
public class JpaFacilities implements Facilities {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Facility> find(long facilityId) {
        return Optional.ofNullable(em.find(Facility.class, facilityId));
    }
}
