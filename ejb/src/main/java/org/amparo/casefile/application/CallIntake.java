package org.amparo.casefile.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.amparo.cases.application.CaseIntake;
import org.amparo.cases.application.PossibleDuplicate;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.people.domain.Disposition;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InputValidation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A whole hotline call in one action (issue 15): opens the case (intake, with its draft discarded), records the
 * scheduled release, the ICE document and the charges the caller knows, through the same use cases as the case file's
 * tabs, so the case is screened and its process told exactly as if they had been entered one by one. One transaction:
 * if any part is wrong nothing is saved, and the error names the field.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
@Interceptors(DomainRules.class)
public class CallIntake {

    @EJB
    CaseIntake intake;

    @EJB
    CustodyRecords custody;

    @EJB
    CriminalHistoryRecords history;

    @Inject
    CaseFileEdits edits;

    @Inject
    org.amparo.hotline.application.CallLog callLog;

    @Inject
    DetentionCases cases;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    /** People on file who may be the caller's person, as intake asks before a new person is created. */
    public List<PossibleDuplicate> possibleDuplicates(CallForm form) {
        return intake.possibleDuplicates(form.intake(null));
    }

    /**
     * Opens the case with everything the call gave; {@code existingPersonId} when the duplicate check found the person.
     *
     * @return the new case's id
     */
    public long takeCall(CallForm form, Long existingPersonId) {
        List<FieldError> errors = refusalsOf(form, existingPersonId);
        if (!errors.isEmpty()) {
            throw new org.amparo.shared.domain.InvalidInputException(errors);
        }
        List<CallForm.ChargeLine> charges = chargeLines(form);
        boolean document = form.iceFormCode() != null && !form.iceFormCode().isBlank();

        long caseId = intake.openCase(form.intake(existingPersonId));
        if (form.scheduledReleaseAt() != null) {
            DetentionCase c = edits.open(caseId);
            c.recordCustody(c.getBookingNumber(), c.getBookedAt(), form.scheduledReleaseAt());
            cases.save(c);
        }
        if (document) {
            LocalDateTime issued = form.iceIssuedAt() != null ? form.iceIssuedAt()
                    : LocalDateTime.now(clock.withZone(edits.open(caseId).getFacility().getTimeZone()));
            custody.recordIceRequest(caseId, new CaseFileForms.IceRequestForm(form.iceFormCode().trim(), issued,
                    form.iceServed(), null, null, null));
        }
        for (CallForm.ChargeLine line : charges) {
            history.recordCharge(caseId, new CaseFileForms.ChargeForm(null, line.convicted() ? null : line.on(), null, null, line.description(),
                    line.level(), line.category() == null ? OffenseCategory.OTHER : line.category(),
                    line.convicted() ? Disposition.CONVICTED : Disposition.PENDING, line.convicted() ? line.on() : null,
                    null, false, false, null));
        }
        // The call itself goes in the hotline's log, which counts every call for the shifts: about a person detained,
        // that opened this case. The caller's name and contact stay on the case alone.
        callLog.log(new org.amparo.hotline.application.LogCallCommand(null, org.amparo.hotline.domain.CallKind.PERSON_DETAINED,
                null, org.amparo.hotline.domain.CallOutcome.CASE_OPENED, null, caseId, false, null, null));
        return caseId;
    }

    /**
     * Everything wrong with a call, each by its field, all at once (the call's own fields, the new case's, each charge
     * line, the ICE document), not one kind at a time: a volunteer on the phone fixes them in one go. Nothing is saved;
     * {@link #takeCall} refuses a call with any of them. Also asked for the rest of a form one of whose values could not
     * be read, so that its refusal comes with the others.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldError> refusalsOf(CallForm form, Long existingPersonId) {
        java.util.Set<FieldError> errors = new java.util.LinkedHashSet<>(validation.errorsOf(form));
        errors.addAll(validation.errorsOf(form.intake(existingPersonId)));
        // each by the line's place on the screen (charges[1].level), empty lines counted, so that the refusal names
        // the line the volunteer sees as "line 2" and sits beside that line's own field
        List<CallForm.ChargeLine> charges = form.charges() == null ? List.of() : form.charges();
        for (int i = 0; i < charges.size(); i++) {
            CallForm.ChargeLine line = charges.get(i);
            if (line == null || line.isBlank()) {
                continue;
            }
            if (line.level() == null) {
                errors.add(validation.error("charges[" + i + "].level", "amparo.validation.chargeLineLevel", i + 1));
            }
            if (line.convicted() && line.on() == null) {
                errors.add(validation.error("charges[" + i + "].on", "amparo.validation.chargeLineDate", i + 1));
            }
        }
        boolean document = form.iceFormCode() != null && !form.iceFormCode().isBlank();
        if (!document && (form.iceIssuedAt() != null || Boolean.TRUE.equals(form.iceServed()))) {
            errors.add(validation.error("iceFormCode", "amparo.validation.required"));
        }
        return List.copyOf(errors);
    }

    /** The charge lines the volunteer filled in; an empty line is none. */
    private static List<CallForm.ChargeLine> chargeLines(CallForm form) {
        return form.charges() == null ? List.of()
                : form.charges().stream().filter(line -> line != null && !line.isBlank()).toList();
    }
}
