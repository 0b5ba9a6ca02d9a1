package org.amparo.casefile.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.audit.application.AuditLog;
import org.amparo.casefile.application.CaseFileForms.ChargeForm;
import org.amparo.casefile.application.CaseFileForms.CourtDateForm;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Arrest;
import org.amparo.people.domain.Arrests;
import org.amparo.people.domain.Charge;
import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.Person;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

/**
 * The person's criminal history in a case file: arrests with their charges and dispositions, the attorney's
 * aggravated-felony finding, court dates. Each method is one use case and one transaction; saving the arrest lets
 * every open case of the person be screened again and its process told.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
@Interceptors(DomainRules.class)
public class CriminalHistoryRecords {

    @Inject
    CaseFileEdits edits;

    @Inject
    InputValidation validation;

    @Inject
    Arrests arrests;

    @Inject
    AuditLog audit;

    /**
     * Records a charge and its disposition (a conviction, a pending charge, a dismissal...): one dialog, one call.
     * Dates must follow birth and arrest, and a conviction needs its date.
     *
     * @return the charge's id
     */
    public long recordCharge(long caseId, ChargeForm form) {
        DetentionCase c = edits.open(caseId);
        validation.check(form);
        Person p = c.getPerson();
        Arrest arrest;
        if (form.arrestId() != null) {
            arrest = arrests.ofPerson(p.getId(), form.arrestId())
                    .orElseThrow(() -> validation.invalid("arrestId", "amparo.validation.unknownArrest"));
        } else {
            arrest = new Arrest(p, form.arrestedOn(), blankToNull(form.agency()));
            arrest.recordPlaceHeld(form.placeHeld());
        }
        Charge charge = arrest.charge(blankToNull(form.description()), form.level(), form.category());
        charge.recordIncident(form.incident());
        if (form.disposition() == Disposition.CONVICTED) {
            charge.convict(form.dispositionDate(), form.sentenceDays() == null ? 0 : form.sentenceDays(),
                    form.sentenceSuspended(), form.juvenile());
        } else if (form.disposition() != Disposition.PENDING) {
            charge.close(form.disposition(), form.dispositionDate());
        }
        arrests.saveNow(arrest);
        audit.record("person.charge.recorded", "Person", p.getId(), "case=" + caseId + " charge=" + charge.getId());
        return charge.getId();
    }

    public void removeCharge(long caseId, long chargeId) {
        DetentionCase c = edits.open(caseId);
        Charge charge = arrests.chargeOfPerson(c.getPerson().getId(), chargeId)
                .orElseThrow(() -> new NotFoundException("Charge", chargeId));
        Arrest arrest = charge.getArrest();
        arrest.removeCharge(chargeId);
        if (arrest.getCharges().isEmpty() && arrest.getCourtDates().isEmpty()) {
            arrests.remove(arrest);
        } else {
            arrests.save(arrest);
        }
        audit.record("person.charge.removed", "Person", c.getPerson().getId(), "case=" + caseId + " charge=" + chargeId);
    }

    /** The aggravated-felony finding is a legal judgement: only an attorney records it. */
    @RolesAllowed(Roles.ATTORNEY)
    public void recordAggravatedFelony(long caseId, long chargeId, boolean aggravated) {
        DetentionCase c = edits.open(caseId);
        Charge charge = arrests.chargeOfPerson(c.getPerson().getId(), chargeId)
                .orElseThrow(() -> new NotFoundException("Charge", chargeId));
        charge.setAggravatedFelony(aggravated);
        arrests.save(charge.getArrest());
        audit.record("person.charge.aggravatedFelony", "Person", c.getPerson().getId(), "case=" + caseId + " charge=" + chargeId);
    }

    public long addCourtDate(long caseId, CourtDateForm form) {
        DetentionCase c = edits.open(caseId);
        validation.check(form);
        Arrest arrest = arrests.ofPerson(c.getPerson().getId(), form.arrestId())
                .orElseThrow(() -> validation.invalid("arrestId", "amparo.validation.unknownArrest"));
        var date = arrest.scheduleCourtDate(form.scheduledAt(), form.court(), form.purpose());
        arrests.saveNow(arrest);
        audit.record("person.courtDate.added", "Person", c.getPerson().getId(), "case=" + caseId);
        return date.getId();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
