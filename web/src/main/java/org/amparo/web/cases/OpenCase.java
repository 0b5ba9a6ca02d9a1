package org.amparo.web.cases;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amparo.casefile.application.IntakeDrafts;
import org.amparo.cases.application.CaseIntake;
import org.amparo.cases.application.OpenCaseCommand;
import org.amparo.cases.application.PossibleDuplicate;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.web.Messages;
import org.amparo.web.UnreadValues;
import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * New-case intake, in the order of the hotline questionnaire: the person, where they are held, who is calling. It can
 * be saved half-done as a draft. Before a new person is created, people already on file with the same A-number, or a
 * similar name and the same date of birth, are shown: the caseworker opens the case for one of them or confirms a new
 * person.
 */
@Named
@ViewScoped
public class OpenCase implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseIntake cases;

    @Inject
    IntakeDrafts drafts;

    @Inject
    InputValidation validation;

    private String familyName;
    private String givenNames;
    private LocalDate dateOfBirth;
    private String aNumber;
    private Long facilityId;
    private String bookingNumber;
    private String callerName;
    private String callerRelation;
    private String callerContact;
    private Long draftId;
    /**
     * What the draft was last saved without, as it could not be read: kept until each is filled; and what a call's
     * draft was saved without that this page has no field for (a charge line's date), kept for the call page.
     */
    private final org.amparo.web.LeftOut left = new org.amparo.web.LeftOut(FORM);
    private List<PossibleDuplicate> duplicates = List.of();
    private List<IntakeDrafts.DraftSummary> myDrafts;

    /** Opens the case, unless people on file may be this person: then they are shown first. */
    public String open() {
        try {
            duplicates = cases.possibleDuplicates(command(null));
            if (!duplicates.isEmpty()) {
                Messages.error("intake.duplicates");
                return null;
            }
            return openFor(null);
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("intake", invalid);
            left.sayAgain();
            return null;
        }
    }

    /** The caseworker looked at the possible duplicates: a new case for one of them, or (null) a new person. */
    public String openFor(Long existingPersonId) {
        try {
            long id = cases.openCase(command(existingPersonId));
            Faces.getFlash().setKeepMessages(true);
            Messages.info("case.opened", id);
            return "/cases/file.xhtml?faces-redirect=true&id=" + id;
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("intake", invalid);
            left.sayAgain();
            return null;
        }
    }

    /** Keeps the form as it stands, valid or not, for its owner to finish later. */
    public void saveDraft() {
        left.beforeSave(Faces.getContext(), UnreadValues.Unread.NONE);
        draftId = drafts.save(draftId, command(null), left.names());
        myDrafts = null;
        if (left.labels().isEmpty()) {
            Messages.info("intake.draftSaved");
        } else {
            Messages.warn("intake.draftSavedWithout", String.join(", ", left.labels()));
        }
        left.sayAgain();
    }

    private static final String FORM = "intake";

    /** What the draft was last saved without and is still empty: the fields' labels, said at the top of the form. */
    public List<String> getLeftOut() { return left.labels(); }

    public String getLeftOutNote() { return left.note("intake.leftOut"); }

    /** The button that stops asking names what it stops asking for: "Not known: stop asking for Date of birth". */
    public String getNotKnownLabel() { return left.note("intake.notKnown"); }

    /** The fields left out cannot be known (the caller does not know): no longer said to need asking, in the draft too. */
    public void notKnown() {
        left.notKnown();
        if (draftId != null) {
            try {
                drafts.save(draftId, command(null), left.names());
            } catch (NotFoundException gone) {
                draftId = null;
            }
            myDrafts = null;
        }
    }

    /**
     * The form was sent with a value it could not read (a date of birth such as 31/02/1990), which JSF refuses before
     * any action: a draft is saved with the rest, saying what was left out, and opening the case lists the rest's
     * refusals with that one, not at the next try.
     */
    public void readTheRest(ComponentSystemEvent event) {
        UnreadValues.Unread unread = UnreadValues.readTheRest(event);
        if (!unread.any()) {
            return;
        }
        if (UnreadValues.sentBy(event, "saveDraft")) {
            left.beforeSave(event.getFacesContext(), unread);
            draftId = drafts.save(draftId, command(null), left.names());
            myDrafts = null;
            Messages.warn("intake.draftSavedWithout", String.join(", ", left.labels()));
        } else { // Open, or a choice among the possible duplicates
            Messages.fieldErrors("intake", validation.errorsOf(command(null)), java.util.Map.of(), unread);
        }
        left.sayAgain();
    }

    public void resume(long id) {
        try {
            IntakeDrafts.Resumed<OpenCaseCommand> resumed = drafts.load(id);
            OpenCaseCommand c = resumed.form();
            familyName = c.familyName();
            givenNames = c.givenNames();
            dateOfBirth = c.dateOfBirth();
            aNumber = c.aNumber();
            facilityId = c.facilityId();
            bookingNumber = c.bookingNumber();
            callerName = c.callerName();
            callerRelation = c.callerRelation();
            callerContact = c.callerContact();
            draftId = id;
            duplicates = List.of();
            // what its last save could not read, and nobody has given since, is said again: to be asked for
            left.resumed(Faces.getContext(), resumed.leftOut(), "familyName");
        } catch (NotFoundException gone) {
            myDrafts = null;
        }
    }

    public void discard(long id) {
        try {
            drafts.discard(id);
        } catch (NotFoundException gone) {
            // already gone
        }
        if (Long.valueOf(id).equals(draftId)) { // with what the form holds: it is a new case's
            familyName = givenNames = aNumber = bookingNumber = callerName = callerRelation = callerContact = null;
            dateOfBirth = null;
            facilityId = null;
            duplicates = List.of();
            draftId = null;
            left.clear();
        }
        myDrafts = null;
        // the row is gone: the focus goes to the next draft's, else to the form, a new case's
        UnreadValues.focus(getMyDrafts().isEmpty() ? FORM + ":familyName" : "drafts:draftTable");
    }

    private OpenCaseCommand command(Long existingPersonId) {
        return new OpenCaseCommand(familyName, givenNames, dateOfBirth, aNumber, facilityId, bookingNumber, callerName,
                callerRelation, callerContact, existingPersonId, draftId);
    }

    public List<IntakeDrafts.DraftSummary> getMyDrafts() {
        if (myDrafts == null) {
            myDrafts = drafts.mine();
        }
        return myDrafts;
    }

    public List<PossibleDuplicate> getDuplicates() { return duplicates; }
    public Long getDraftId() { return draftId; }
    public LocalDate getToday() { return LocalDate.now(); }

    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String v) { givenNames = v; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate v) { dateOfBirth = v; }
    public String getANumber() { return aNumber; }
    public void setANumber(String v) { aNumber = v; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long v) { facilityId = v; }
    public String getBookingNumber() { return bookingNumber; }
    public void setBookingNumber(String v) { bookingNumber = v; }
    public String getCallerName() { return callerName; }
    public void setCallerName(String v) { callerName = v; }
    public String getCallerRelation() { return callerRelation; }
    public void setCallerRelation(String v) { callerRelation = v; }
    public String getCallerContact() { return callerContact; }
    public void setCallerContact(String v) { callerContact = v; }
}
