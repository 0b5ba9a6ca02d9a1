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

    /** Every jurisdiction with its detainer policy, for the reference-data page. */
    public List<ReferenceForms.JurisdictionDetails> jurisdictionDetails() {
        return em.createQuery("select j from Jurisdiction j order by j.name", org.amparo.reference.domain.Jurisdiction.class)
                .getResultList().stream().map(j -> new ReferenceForms.JurisdictionDetails(j.getId(), j.getVersion(),
                        j.getName(), j.getLevel(), j.getStateCode(), j.getDetainerPolicy(), j.getPolicyText(),
                        j.getPolicyDate(), j.getPolicySource())).toList();
    }

    /** Every facility with its agreements, for the reference-data page. */
    public List<ReferenceForms.FacilityDetails> facilityDetails() {
        return em.createQuery("select f from Facility f left join fetch f.jurisdiction order by f.name",
                org.amparo.reference.domain.Facility.class).getResultList().stream()
                .map(f -> new ReferenceForms.FacilityDetails(f.getId(), f.getVersion(), f.getName(), f.getType(),
                        f.getOperator(), f.getCity(), f.getStateCode(), f.getTimeZone().getId(),
                        f.getJurisdiction() == null ? null : f.getJurisdiction().getId(),
                        f.getJurisdiction() == null ? null : f.getJurisdiction().getName(), f.getHas287g(),
                        f.getModel287g(), f.getSigned287g(), f.getEnded287g(), f.getIgsa(), f.getIgsaBeds(),
                        f.getIgsaRatePerDay(), f.getIgsaEnds(), f.getIgsaTerm(), f.getAddress(), f.getZip(), f.getAor(),
                        f.getIceType(), f.getGuaranteedMinimum(), f.getAverageDailyPopulation(), f.getIceLastListed(),
                        f.getIceEndedOn())).toList();
    }

    /** The 287(g) agreements, current ones only unless asked, by state and agency. */
    public List<ReferenceForms.AgreementDetails> agreements(boolean includeEnded) {
        return em.createQuery("select a from Agreement287g a join fetch a.jurisdiction"
                        + (includeEnded ? "" : " where a.endedOn is null") + " order by a.stateCode, a.agency, a.supportType",
                org.amparo.reference.domain.Agreement287g.class).getResultList().stream()
                .map(a -> new ReferenceForms.AgreementDetails(a.getId(), a.getJurisdiction().getId(), a.getJurisdiction().getName(),
                        a.getStateCode(), a.getAgency(), a.getAgencyType(), a.getCounty(), a.getSupportType(), a.getSignedOn(),
                        a.getMoaUrl(), a.getListedSince(), a.getLastListed(), a.getEndedOn())).toList();
    }

    /** The detainer policies a jurisdiction has had, newest first, each with who recorded it and when. */
    @SuppressWarnings("unchecked")
    public List<ReferenceForms.PolicyVersion> policyHistory(long jurisdictionId) {
        List<Object[]> rows = org.hibernate.envers.AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(org.amparo.reference.domain.Jurisdiction.class, false, false)
                .add(org.hibernate.envers.query.AuditEntity.id().eq(jurisdictionId))
                .addOrder(org.hibernate.envers.query.AuditEntity.revisionNumber().desc()).getResultList();
        List<ReferenceForms.PolicyVersion> versions = new java.util.ArrayList<>();
        ReferenceForms.PolicyVersion newer = null;
        for (Object[] row : rows) {
            var j = (org.amparo.reference.domain.Jurisdiction) row[0];
            var rev = (org.amparo.audit.domain.Revision) row[1];
            var version = new ReferenceForms.PolicyVersion(rev.getOccurredAt().toInstant(), rev.getActor(),
                    j.getDetainerPolicy(), j.getPolicyText(), j.getPolicyDate(), j.getPolicySource());
            // Only revisions that changed the policy: a renamed jurisdiction keeps its policy.
            if (newer == null || !samePolicy(newer, version)) {
                versions.add(version);
            } else {
                versions.set(versions.size() - 1, version);
            }
            newer = version;
        }
        return versions;
    }

    private static boolean samePolicy(ReferenceForms.PolicyVersion a, ReferenceForms.PolicyVersion b) {
        return a.policy() == b.policy() && java.util.Objects.equals(a.text(), b.text())
                && java.util.Objects.equals(a.adoptedOn(), b.adoptedOn()) && java.util.Objects.equals(a.source(), b.source());
    }
}
