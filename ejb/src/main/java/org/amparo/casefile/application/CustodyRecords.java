package org.amparo.casefile.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.EnumSet;
import org.amparo.audit.application.AuditLog;
import org.amparo.casefile.application.CaseFileForms.CustodyForm;
import org.amparo.casefile.application.CaseFileForms.IceRequestForm;
import org.amparo.cases.domain.Detainer;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.reference.domain.Facilities;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.IceDocumentForm;
import org.amparo.reference.domain.IceDocumentForms;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.DomainRules;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.NotFoundException;

/**
 * Custody in a case file: where and since when the person is held, bail, the caller, and the ICE documents the jail
 * received. Each method is one use case and one transaction; saving the case screens it again and tells its process,
 * exactly as an event posted from outside or a roster would.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
@Interceptors(DomainRules.class)
public class CustodyRecords {

    @Inject
    CaseFileEdits edits;

    @Inject
    InputValidation validation;

    @Inject
    DetentionCases cases;

    @Inject
    Facilities facilities;

    @Inject
    IceDocumentForms forms;

    @Inject
    AuditLog audit;

    /** Records where and since when the person is held, bail, what ICE did, and who called the hotline. */
    public void updateCustody(long caseId, CustodyForm form) {
        DetentionCase c = edits.open(caseId);
        validation.check(form);
        edits.requireVersion(DetentionCase.class, c.getId(), c.getVersion(), form.version(), "DetentionCase");
        Facility facility = facilities.find(form.facilityId())
                .orElseThrow(() -> validation.invalid("facilityId", "amparo.validation.unknownFacility"));
        c.holdAt(facility);
        c.recordCustody(form.bookingNumber(), form.bookedAt(), form.scheduledReleaseAt());
        c.recordCustodyDetails(form.bailStatus(), form.bailAmount(), form.iceInterviewed(), form.toldOfHold());
        c.recordCaller(form.callerName(), form.callerRelation(), form.callerContact());
        cases.save(c);
        audit.record("case.custody.updated", "DetentionCase", caseId, null);
    }

    /**
     * Records an ICE document the jail received (any form of the reference list) with what the jail did about it and
     * how ICE interfered with the criminal case: one dialog, one call.
     *
     * @return the document's id
     */
    public long recordIceRequest(long caseId, IceRequestForm form) {
        DetentionCase c = edits.open(caseId);
        validation.check(form);
        IceDocumentForm kind = forms.find(form.formCode().trim())
                .orElseThrow(() -> validation.invalid("formCode", "amparo.validation.unknownForm"));
        Detainer d = c.receiveIceDocument(kind, form.issuedAt(), form.servedOnPerson());
        d.recordJailResponse(form.honored(), form.notifiedIce());
        d.recordAccompanyingWarrant(form.accompaniedBy());
        d.recordInterference(form.interference() == null || form.interference().isEmpty()
                ? EnumSet.noneOf(org.amparo.rules.detainer.Interference.class) : EnumSet.copyOf(form.interference()));
        cases.save(c);
        audit.record("case.iceRequest.recorded", "DetentionCase", caseId, "detainer=" + d.getId() + " form=" + kind.getCode());
        return d.getId();
    }

    /** ICE lifted (withdrew) a request: it no longer holds anyone, and the hold watch stands down. */
    public void liftIceRequest(long caseId, long detainerId) {
        DetentionCase c = edits.open(caseId);
        c.liftIceDocument(detainerId);
        cases.save(c);
        audit.record("case.iceRequest.lifted", "DetentionCase", caseId, "detainer=" + detainerId);
    }

    public void removeIceRequest(long caseId, long detainerId) {
        DetentionCase c = edits.open(caseId);
        c.detainer(detainerId).orElseThrow(() -> new NotFoundException("Detainer", detainerId));
        c.removeIceDocument(detainerId);
        cases.save(c);
        audit.record("case.iceRequest.removed", "DetentionCase", caseId, "detainer=" + detainerId);
    }
}
