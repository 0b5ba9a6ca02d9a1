package org.amparo.reference.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.security.domain.Roles;

import java.io.Serializable;
import java.util.List;

/** Reference data for pick lists. Not personal data: every role may read it. */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class ReferenceQueries {

    @PersistenceContext
    EntityManager em;

    /** Facilities by name, for pick lists. */
    public List<FacilityOption> facilities() {
        return em.createQuery("""
                select new org.amparo.reference.application.ReferenceQueries$FacilityOption(f.id, f.name, f.stateCode)
                from Facility f order by f.name""", FacilityOption.class).getResultList();
    }

    /** The ICE document forms' codes: those in use first, then retired ones such as the legacy I-247. */
    public List<String> iceDocumentFormCodes() {
        return em.createQuery("select f.code from IceDocumentForm f order by f.active desc, f.code", String.class)
                .getResultList();
    }

    /** Jurisdictions by name, for pick lists. */
    public List<JurisdictionOption> jurisdictions() {
        return em.createQuery("""
                select new org.amparo.reference.application.ReferenceQueries$JurisdictionOption(j.id, j.name, j.stateCode)
                from Jurisdiction j order by j.name""", JurisdictionOption.class).getResultList();
    }

    /** A jurisdiction as a pick list shows it. */
    public record JurisdictionOption(long id, String name, String stateCode) implements Serializable {
    }

    /** A facility as a pick list shows it. */
    public record FacilityOption(long id, String name, String stateCode) implements Serializable {
    }
}
