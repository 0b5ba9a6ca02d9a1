package org.amparo.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.casefile.application.CaseFile;
import org.amparo.casefile.application.CaseFileForms;
import org.amparo.casefile.application.CustodyRecords;
import org.amparo.cases.domain.BailStatus;
import org.amparo.reference.application.ReferenceQueries;
import org.amparo.rules.detainer.Interference;
import org.amparo.shared.domain.FieldChange;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.web.Messages;
import org.amparo.web.UnreadValues;
import org.amparo.web.VersionedSave;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The Custody and ICE requests tab: where and since when the person is held, bail, ICE's interview, the caller; and
 * the ICE documents, added through one dialog. A changed release time or a new document moves the hold watch.
 */
@org.amparo.web.RetriedWhenBusy
@Named
@ViewScoped
public class CustodyEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseFileView caseFile;

    @Inject
    CustodyRecords service;

    @Inject
    InputValidation validation;

    @Inject
    ReferenceQueries reference;

    private int version;
    private Long facilityId;
    private String bookingNumber;
    private LocalDateTime bookedAt;
    private LocalDateTime scheduledReleaseAt;
    private BailStatus bailStatus;
    private BigDecimal bailAmount;
    private Boolean iceInterviewed;
    private Boolean toldOfHold;
    private String callerName;
    private String callerRelation;
    private String callerContact;
    private String formCode;
    private LocalDateTime issuedAt;
    private Boolean servedOnPerson;
    private Boolean honored;
    private Boolean notifiedIce;
    private org.amparo.rules.detainer.AdministrativeWarrant accompaniedBy;
    private List<Interference> interference;
    private List<FieldChange> conflict = List.of();
    /** The custody facts as the form last read them: a field still at its value here is one the user has not touched. */
    private CaseFile.Custody read;

    @PostConstruct
    void init() {
        if (caseFile.getFile() != null) {
            fill(caseFile.getFile());
        }
    }

    private void fill(CaseFile f) {
        CaseFile.Custody c = f.custody();
        read = c;
        version = f.caseVersion();
        facilityId = c.facilityId();
        bookingNumber = c.bookingNumber();
        bookedAt = c.bookedAt();
        scheduledReleaseAt = c.scheduledReleaseAt();
        bailStatus = c.bailStatus();
        bailAmount = c.bailAmount();
        iceInterviewed = c.iceInterviewed();
        toldOfHold = c.toldOfHold();
        callerName = c.callerName();
        callerRelation = c.callerRelation();
        callerContact = c.callerContact();
    }

    /**
     * The custody form or the ICE document's dialog sent with a value it could not read (a date such as 31/02/1990),
     * which JSF refuses before any action: the rest of it is refused with that value, not at the next try.
     */
    public void readTheRest(ComponentSystemEvent event) {
        UnreadValues.refuseTheRest(event, validation, java.util.Map.of(
                "saveCustody", this::custodyForm,
                "saveIceRequest", this::iceRequestForm));
    }

    private CaseFileForms.CustodyForm custodyForm() {
        return new CaseFileForms.CustodyForm(version, facilityId, bookingNumber, bookedAt, scheduledReleaseAt, bailStatus,
                bailAmount, iceInterviewed, toldOfHold, callerName, callerRelation, callerContact);
    }

    private CaseFileForms.IceRequestForm iceRequestForm() {
        return new CaseFileForms.IceRequestForm(formCode, issuedAt, servedOnPerson, honored, notifiedIce,
                interference == null || interference.isEmpty() ? EnumSet.noneOf(Interference.class) : EnumSet.copyOf(interference),
                accompaniedBy);
    }

    public void saveCustody() {
        VersionedSave.Outcome outcome = VersionedSave.attempt("custody", () -> service.updateCustody(caseFile.getId(),
                custodyForm()));
        conflict = outcome.conflict();
        if (outcome.saved()) {
            caseFile.reload();
            fill(caseFile.getFile()); // the form shows what is now on file
        } else if (outcome.currentVersion() != null) {
            // After a conflict, the other person's values come into the fields this user left alone; saving again,
            // having seen the other changes, overwrites on purpose only what this user changed.
            readAgain();
        }
    }

    /** The file read again: the form keeps what this user typed and takes the file's values in the fields they left alone. */
    private void readAgain() {
        caseFile.reload();
        CaseFile.Custody now = caseFile.getFile().custody();
        facilityId = VersionedSave.mine(facilityId, read.facilityId(), now.facilityId());
        bookingNumber = VersionedSave.mine(bookingNumber, read.bookingNumber(), now.bookingNumber());
        bookedAt = VersionedSave.mine(bookedAt, read.bookedAt(), now.bookedAt());
        scheduledReleaseAt = VersionedSave.mine(scheduledReleaseAt, read.scheduledReleaseAt(), now.scheduledReleaseAt());
        bailStatus = VersionedSave.mine(bailStatus, read.bailStatus(), now.bailStatus());
        bailAmount = VersionedSave.mine(bailAmount, read.bailAmount(), now.bailAmount());
        iceInterviewed = VersionedSave.mine(iceInterviewed, read.iceInterviewed(), now.iceInterviewed());
        toldOfHold = VersionedSave.mine(toldOfHold, read.toldOfHold(), now.toldOfHold());
        callerName = VersionedSave.mine(callerName, read.callerName(), now.callerName());
        callerRelation = VersionedSave.mine(callerRelation, read.callerRelation(), now.callerRelation());
        callerContact = VersionedSave.mine(callerContact, read.callerContact(), now.callerContact());
        read = now;
        version = caseFile.getFile().caseVersion();
    }

    public void startIceRequest() {
        formCode = null;
        issuedAt = null;
        servedOnPerson = null;
        honored = null;
        notifiedIce = null;
        accompaniedBy = null;
        interference = new ArrayList<>();
    }

    public void recordIceRequest() {
        try {
            service.recordIceRequest(caseFile.getId(), iceRequestForm());
            readAgain();
            Messages.info("caseFile.saved");
            PrimeFaces.current().executeScript("PF('iceDialog').hide()");
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("iceForm", invalid);
        }
    }

    public void lift(long detainerId) {
        service.liftIceRequest(caseFile.getId(), detainerId);
        readAgain();
        Messages.info("caseFile.saved");
    }

    public List<String> getFormCodes() { return reference.iceDocumentFormCodes(); }
    public BailStatus[] getBailStatuses() { return BailStatus.values(); }
    public Interference[] getInterferences() { return Interference.values(); }
    public List<FieldChange> getConflict() { return conflict; }

    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long v) { facilityId = v; }
    public String getBookingNumber() { return bookingNumber; }
    public void setBookingNumber(String v) { bookingNumber = v; }
    public LocalDateTime getBookedAt() { return bookedAt; }
    public void setBookedAt(LocalDateTime v) { bookedAt = v; }
    public LocalDateTime getScheduledReleaseAt() { return scheduledReleaseAt; }
    public void setScheduledReleaseAt(LocalDateTime v) { scheduledReleaseAt = v; }
    public BailStatus getBailStatus() { return bailStatus; }
    public void setBailStatus(BailStatus v) { bailStatus = v; }
    public BigDecimal getBailAmount() { return bailAmount; }
    public void setBailAmount(BigDecimal v) { bailAmount = v; }
    public Boolean getIceInterviewed() { return iceInterviewed; }
    public void setIceInterviewed(Boolean v) { iceInterviewed = v; }
    public Boolean getToldOfHold() { return toldOfHold; }
    public void setToldOfHold(Boolean v) { toldOfHold = v; }
    public String getCallerName() { return callerName; }
    public void setCallerName(String v) { callerName = v; }
    public String getCallerRelation() { return callerRelation; }
    public void setCallerRelation(String v) { callerRelation = v; }
    public String getCallerContact() { return callerContact; }
    public void setCallerContact(String v) { callerContact = v; }
    public String getFormCode() { return formCode; }
    public void setFormCode(String v) { formCode = v; }
    public LocalDateTime getIssuedAt() { return issuedAt; }
    public void setIssuedAt(LocalDateTime v) { issuedAt = v; }
    public Boolean getServedOnPerson() { return servedOnPerson; }
    public void setServedOnPerson(Boolean v) { servedOnPerson = v; }
    public Boolean getHonored() { return honored; }
    public void setHonored(Boolean v) { honored = v; }
    public org.amparo.rules.detainer.AdministrativeWarrant getAccompaniedBy() { return accompaniedBy; }
    public void setAccompaniedBy(org.amparo.rules.detainer.AdministrativeWarrant v) { accompaniedBy = v; }
    public org.amparo.rules.detainer.AdministrativeWarrant[] getWarrants() { return org.amparo.rules.detainer.AdministrativeWarrant.values(); }
    public Boolean getNotifiedIce() { return notifiedIce; }
    public void setNotifiedIce(Boolean v) { notifiedIce = v; }
    public List<Interference> getInterference() { return interference; }
    public void setInterference(List<Interference> v) { interference = v; }
}
