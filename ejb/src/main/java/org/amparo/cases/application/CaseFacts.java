package org.amparo.cases.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.amparo.cases.domain.Detainer;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Charge;
import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.ImmigrationEntry;
import org.amparo.people.domain.Person;
import org.amparo.people.domain.RemovalOrder;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.rules.detainer.PolicyLayer;
import org.amparo.reference.application.DocumentForms;
import org.amparo.rules.ConvictionFact;
import org.amparo.rules.PendingChargeFact;
import org.amparo.rules.PersonFacts;
import org.amparo.rules.RemovalOrderFact;
import org.amparo.rules.ScreeningFacts;
import org.amparo.rules.detainer.DetainerFacts;

/**
 * Turns a case file into the facts the screening rules read. An arrest is the incident its charges arose from; a
 * conviction is dated by its disposition, a pending charge by its arrest.
 */
final class CaseFacts {

    private CaseFacts() {
    }

    static ScreeningFacts of(DetentionCase c, List<Charge> charges, LocalDate asOf) {
        Person p = c.getPerson();
        PersonFacts person = new PersonFacts(p.getDateOfBirth(), p.getImmigrationStatus(),
                p.getEntries().stream().map(ImmigrationEntry::enteredOn).toList(), p.getContinuousResidenceSince(),
                p.getEducation(), p.getGangMember(), p.getNationalSecurityConcern(), null, p.getApprehendedAtBorder(),
                p.getVisaAbuse(), p.getInRemovalProceedings(),
                p.getEntries().stream().filter(e -> withoutInspection(e.manner())).map(ImmigrationEntry::enteredOn).toList());
        List<ConvictionFact> convictions = new ArrayList<>();
        List<PendingChargeFact> pending = new ArrayList<>();
        for (Charge charge : charges) {
            if (charge.isConviction()) {
                convictions.add(new ConvictionFact(charge.getDispositionDate(), charge.getLevel(), charge.getCategory(),
                        charge.isAggravatedFelony(), charge.getSentenceDays(), charge.isSentenceSuspended(),
                        charge.isJuvenile(), "arrest:" + charge.getArrest().getId()));
            } else if (charge.getDisposition() == Disposition.PENDING) {
                pending.add(new PendingChargeFact(charge.getArrest().getArrestedOn(), charge.getLevel(), charge.getCategory()));
            }
        }
        List<RemovalOrderFact> orders = p.getRemovalOrders().stream()
                .map((RemovalOrder o) -> new RemovalOrderFact(o.orderedOn(), o.finalOrder())).toList();
        return new ScreeningFacts(asOf, person, convictions, pending, orders, null);
    }

    /** Whether an entry's recorded manner (free text) says it was without inspection ("EWI", "sin inspección"). */
    static boolean withoutInspection(String manner) {
        if (manner == null) {
            return false;
        }
        String m = manner.trim().toUpperCase(java.util.Locale.ROOT).replace('_', ' ').replace('Ó', 'O');
        return m.equals("EWI") || m.contains("WITHOUT INSPECTION") || m.contains("SIN INSPECCION");
    }

    /**
     * The layers of detainer policy that apply to the facility: its jurisdiction's, and the state's when the facility's
     * jurisdiction is a county or city (the state jurisdiction of the same state code). Each counts from its policy date.
     */
    static List<PolicyLayer> policyLayers(Facility facility, List<Jurisdiction> states) {
        if (facility == null || facility.getJurisdiction() == null) {
            return List.of();
        }
        Jurisdiction own = facility.getJurisdiction();
        List<PolicyLayer> layers = new ArrayList<>();
        if (own.getLevel() != JurisdictionLevel.STATE) {
            states.stream().filter(s -> !s.getId().equals(own.getId())).forEach(s -> layers.add(s.policyLayer()));
        }
        layers.add(own.policyLayer());
        return layers;
    }

    /**
     * One ICE document of the case as detainer facts. The person counts as still held now while custody is open;
     * once it ended, the last moment held is when it ended. A lifted request is no longer held on.
     */
    static DetainerFacts detainer(DetentionCase c, Detainer d, LocalDateTime nowAtFacility, List<PolicyLayer> layers) {
        LocalDateTime lastHeld = d.isLifted() ? null
                : c.getCustodyEndedAt() != null ? c.getCustodyEndedAt()
                : c.isStillHeld() ? nowAtFacility : null;
        Facility facility = c.getFacility();
        DetainerPolicy policy = facility == null || facility.getJurisdiction() == null ? null
                : facility.getJurisdiction().getDetainerPolicy();
        return new DetainerFacts(DocumentForms.toRule(d.getForm()), d.getIssuedAt(), d.getServedOnPerson(), c.getScheduledReleaseAt(),
                lastHeld, d.getHonored(), d.getNotifiedIce(), policy, d.getInterference(), d.getAccompaniedBy(),
                c.getIceInterviewed(), layers);
    }
}
