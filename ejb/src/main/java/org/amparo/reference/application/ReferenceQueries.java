package org.amparo.reference.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.reference.domain.Agreements287g;
import org.amparo.reference.domain.Facilities;
import org.amparo.reference.domain.IceDocumentForms;
import org.amparo.reference.domain.Jurisdictions;
import org.amparo.security.domain.Roles;

import java.io.Serializable;
import java.util.List;

/** Reference data for pick lists. Not personal data: every role may read it. */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.STAFF, Roles.ADMIN})
public class ReferenceQueries {

    @Inject
    Facilities facilities;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    IceDocumentForms forms;

    @Inject
    Agreements287g agreements;

    /** Facilities by name, for pick lists. */
    public List<FacilityOption> facilities() {
        return facilities.namesByName().stream().map(f -> new FacilityOption(f.id(), f.name(), f.city(), f.stateCode())).toList();
    }

    /** The ICE document forms' codes: those in use first, then retired ones such as the legacy I-247. */
    public List<String> iceDocumentFormCodes() {
        return forms.codesInUseFirst();
    }

    /** Jurisdictions by name, for pick lists. */
    public List<JurisdictionOption> jurisdictions() {
        return jurisdictions.namesByName().stream().map(j -> new JurisdictionOption(j.id(), j.name(), j.stateCode())).toList();
    }

    /** A jurisdiction as a pick list shows it. */
    public record JurisdictionOption(long id, String name, String stateCode) implements Serializable {
    }

    /** A facility as a pick list shows it, and what picking it by typing searches: its name, city and state. */
    public record FacilityOption(long id, String name, String city, String stateCode) implements Serializable {
    }

    /** Every jurisdiction with its detainer policy, for the reference-data page. */
    public List<ReferenceForms.JurisdictionDetails> jurisdictionDetails() {
        return jurisdictions.allByName().stream().map(j -> new ReferenceForms.JurisdictionDetails(j.getId(), j.getVersion(),
                        j.getName(), j.getLevel(), j.getStateCode(), j.getDetainerPolicy(), j.getPolicyText(),
                        j.getPolicyDate(), j.getPolicySource(), j.getFipsCode(), j.getLatitude(), j.getLongitude())).toList();
    }

    /** Every facility with its agreements, for the reference-data page. */
    public List<ReferenceForms.FacilityDetails> facilityDetails() {
        return facilities.allWithJurisdictionByName().stream()
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
        return agreements.withJurisdictionByState(includeEnded).stream()
                .map(a -> new ReferenceForms.AgreementDetails(a.getId(), a.getJurisdiction().getId(), a.getJurisdiction().getName(),
                        a.getStateCode(), a.getAgency(), a.getAgencyType(), a.getCounty(), a.getSupportType(), a.getSignedOn(),
                        a.getMoaUrl(), a.getListedSince(), a.getLastListed(), a.getEndedOn(), a.isPending())).toList();
    }

    /** The detainer policies a jurisdiction has had, newest first, each with who recorded it and when. */
    public List<ReferenceForms.PolicyVersion> policyHistory(long jurisdictionId) {
        List<ReferenceForms.PolicyVersion> versions = new java.util.ArrayList<>();
        ReferenceForms.PolicyVersion newer = null;
        for (Jurisdictions.PastState past : jurisdictions.history(jurisdictionId)) {
            var j = past.jurisdiction();
            var rev = past.revision();
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
