package org.amparo.web.hotline;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.amparo.casefile.application.CallForm;
import org.amparo.casefile.application.CallIntake;
import org.amparo.casefile.application.IntakeDrafts;
import org.amparo.cases.application.PossibleDuplicate;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.reference.application.ReferenceQueries;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.web.Messages;
import org.amparo.web.UnreadValues;
import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The call screen (issue 15): one page, keyboard first, for a hotline call about someone just detained. The person,
 * where they are held and until when, the ICE document, the charges the caller knows, and the caller; saved as a draft
 * at every change, so a dropped session or a closed tab loses nothing; one action opens the case with all of it,
 * screened, after the duplicate check.
 */
@Named
@ViewScoped
public class CallScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CallIntake calls;

    @EJB
    IntakeDrafts drafts;

    @EJB
    ReferenceQueries reference;

    private String familyName;
    private String givenNames;
    private LocalDate dateOfBirth;
    private String aNumber;
    private Long facilityId;
    private String bookingNumber;
    private LocalDateTime scheduledReleaseAt;
    private String iceFormCode;
    private LocalDateTime iceIssuedAt;
    private Boolean iceServed;
    private List<ChargeRow> charges = new ArrayList<>();
    private String callerName;
    private String callerRelation;
    private String callerContact;
    private Long draftId;
    private java.time.Instant savedAt;
    /** What the draft was last saved without, as it could not be read: said again when resumed, until each is filled. */
    private final org.amparo.web.LeftOut left = new org.amparo.web.LeftOut(FORM);
    /** The refusals an autosave drew beside fields it could not read, drawn again (empty once read) by the next one. */
    private java.util.Set<String> refusedBeside = java.util.Set.of();

    private List<PossibleDuplicate> duplicates = List.of();
    private List<IntakeDrafts.DraftSummary> myDrafts;

    @PostConstruct
    void oneChargeLine() {
        charges.add(new ChargeRow());
    }

    /** Saves the screen as it stands, valid or not: called at every change, so nothing typed is lost. */
    public void autosave() {
        left.beforeSave(Faces.getContext(), UnreadValues.Unread.NONE);
        saveDraft(false);
        left.sayAgain();
        refusedBeside = UnreadValues.redrawBeside(Faces.getContext(), UnreadValues.Unread.NONE, refusedBeside);
    }

    /**
     * Saves the draft unless the screen is empty (and, unless {@code evenEmpty}, has no draft yet); whether it saved. A
     * draft thrown away meanwhile (in another tab, or on the new-case page) is saved anew, not lost with what was typed.
     */
    private boolean saveDraft(boolean evenEmpty) {
        if (isEmpty() && !(evenEmpty && draftId != null)) {
            return false;
        }
        try {
            draftId = drafts.saveCall(draftId, form(), left.names());
        } catch (NotFoundException discarded) {
            draftId = drafts.saveCall(null, form(), left.names());
        }
        savedAt = java.time.Instant.now();
        myDrafts = null;
        return true;
    }

    /**
     * The screen was sent with a value it could not take (a date of birth such as 31/02/1990), which JSF refuses
     * before any action: the draft is saved with the rest all the same (it kept nothing typed after that date, and its
     * note still said "saved"), without that value (not with the one it replaced), and the note names what was left out; a charge line asked for is added, and opening the
     * case lists the rest's refusals with that one, not at the next try.
     */
    public void readTheRest(ComponentSystemEvent event) {
        UnreadValues.Unread unread = UnreadValues.readTheRest(event);
        if (!unread.any()) {
            return;
        }
        left.beforeSave(event.getFacesContext(), unread);
        if (!saveDraft(false)) {
            left.clear();
        }
        left.sayAgain();
        refusedBeside = UnreadValues.redrawBeside(event.getFacesContext(), unread, refusedBeside);
        if (UnreadValues.sentBy(event, "addCharge")) {
            addCharge();
        } else if (UnreadValues.sentBy(event, "openCase") || !Faces.isAjaxRequest()) { // Open, or a duplicate's choice
            Messages.fieldErrors("call", calls.refusalsOf(form(), null), INPUTS, unread);
        }
    }

    /** What the last save of the draft left out, as it had to be corrected first: the fields' labels. */
    public List<String> getLeftOut() { return left.labels(); }

    public String getLeftOutNote() { return left.note("call.leftOut"); }

    /** The button that stops asking names what it stops asking for: "Not known: stop asking for Date of birth". */
    public String getNotKnownLabel() { return left.note("intake.notKnown"); }

    /** The fields left out cannot be known (the caller does not know): no longer said to need asking, in the draft too. */
    public void notKnown() {
        left.notKnown();
        saveDraft(true);
    }

    private static final String FORM = "call";

    /** The call page's inputs whose ids are not the form's fields' names. */
    private static final java.util.Map<String, String> INPUTS = java.util.Map.of("facilityId", "facility",
            "charges", "chargeLines"); // the lines as a whole (too many): beside them; a line's own field is placed on its row

    /** Opens the case, unless people on file may be this person: then they are shown first. */
    public String open() {
        try {
            duplicates = calls.possibleDuplicates(form());
            if (!duplicates.isEmpty()) {
                Messages.error("intake.duplicates");
                return null;
            }
            return openFor(null);
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("call", invalid, INPUTS);
            left.sayAgain();
            return null;
        }
    }

    /** The volunteer looked at the possible duplicates: a new case for one of them, or (null) a new person. */
    public String openFor(Long existingPersonId) {
        try {
            long id = calls.takeCall(form(), existingPersonId);
            Faces.getFlash().setKeepMessages(true);
            Messages.info("case.opened", id);
            return "/cases/file.xhtml?faces-redirect=true&id=" + id;
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors("call", invalid, INPUTS);
            left.sayAgain();
            return null;
        }
    }

    /**
     * Throws a draft away; the screen's own with what the screen holds (a wrong person, a test call), which the next
     * change would otherwise have saved again as a new draft: the screen is a new call's.
     */
    public void discard(long id) {
        try {
            drafts.discard(id);
        } catch (NotFoundException gone) {
            // already gone
        }
        if (Long.valueOf(id).equals(draftId)) {
            familyName = givenNames = aNumber = bookingNumber = iceFormCode = null;
            callerName = callerRelation = callerContact = null;
            dateOfBirth = null;
            facilityId = null;
            scheduledReleaseAt = iceIssuedAt = null;
            iceServed = null;
            charges = new ArrayList<>();
            charges.add(new ChargeRow());
            duplicates = List.of();
            draftId = null;
            savedAt = null;
            left.clear();
        }
        myDrafts = null;
        // the row is gone: the focus goes to the next draft's, else to the screen, a new call's
        UnreadValues.focus(getMyDrafts().isEmpty() ? FORM + ":familyName" : "callDrafts:draftTable");
    }

    public void addCharge() {
        charges.add(new ChargeRow());
        left.sayAgain(); // the lines are drawn anew: a line's date still to be asked for says so again
        UnreadValues.focus(FORM + ":charges:" + (charges.size() - 1) + ":description"); // the new line, not the button
    }

    public void resume(long id) {
        try {
            IntakeDrafts.Resumed<CallForm> resumed = drafts.loadCall(id);
            CallForm f = resumed.form();
            familyName = f.familyName();
            givenNames = f.givenNames();
            dateOfBirth = f.dateOfBirth();
            aNumber = f.aNumber();
            facilityId = f.facilityId();
            bookingNumber = f.bookingNumber();
            scheduledReleaseAt = f.scheduledReleaseAt();
            iceFormCode = f.iceFormCode();
            iceIssuedAt = f.iceIssuedAt();
            iceServed = f.iceServed();
            charges = new ArrayList<>();
            if (f.charges() != null) {
                for (CallForm.ChargeLine line : f.charges()) {
                    charges.add(ChargeRow.of(line));
                }
            }
            if (charges.isEmpty()) {
                charges.add(new ChargeRow());
            }
            callerName = f.callerName();
            callerRelation = f.callerRelation();
            callerContact = f.callerContact();
            draftId = id;
            duplicates = List.of();
            savedAt = null; // the note is this draft's, not the last one saved on this screen
            // what its last save could not read, and nobody has given since, is said again: the caller may be asked
            left.resumed(Faces.getContext(), resumed.leftOut(), "familyName");
        } catch (NotFoundException gone) {
            myDrafts = null;
        }
    }

    private boolean isEmpty() {
        return blank(familyName) && blank(givenNames) && dateOfBirth == null && blank(aNumber) && facilityId == null
                && blank(bookingNumber) && blank(callerName);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private CallForm form() {
        return new CallForm(familyName, givenNames, dateOfBirth, aNumber, facilityId,
                bookingNumber, callerName, callerRelation, callerContact, draftId, scheduledReleaseAt,
                blank(iceFormCode) ? null : iceFormCode, iceIssuedAt, iceServed,
                charges.stream().map(ChargeRow::line).toList());
    }

    public List<String> getFormCodes() {
        return reference.iceDocumentFormCodes();
    }

    public OffenseLevel[] getLevels() {
        return OffenseLevel.values();
    }

    public OffenseCategory[] getCategories() {
        return OffenseCategory.values();
    }

    public List<IntakeDrafts.DraftSummary> getMyDrafts() {
        if (myDrafts == null) {
            myDrafts = drafts.mine();
        }
        return myDrafts;
    }

    /** One line of charges on the screen. */
    public static class ChargeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private OffenseLevel level;
        private OffenseCategory category;
        private boolean convicted;
        private LocalDate on;

        static ChargeRow of(CallForm.ChargeLine line) {
            ChargeRow row = new ChargeRow();
            row.description = line.description();
            row.level = line.level();
            row.category = line.category();
            row.convicted = line.convicted();
            row.on = line.on();
            return row;
        }

        CallForm.ChargeLine line() {
            return new CallForm.ChargeLine(description, level, category, convicted, on);
        }

        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public OffenseLevel getLevel() { return level; }
        public void setLevel(OffenseLevel v) { level = v; }
        public OffenseCategory getCategory() { return category; }
        public void setCategory(OffenseCategory v) { category = v; }
        public boolean isConvicted() { return convicted; }
        public void setConvicted(boolean v) { convicted = v; }
        public LocalDate getOn() { return on; }
        public void setOn(LocalDate v) { on = v; }
    }

    public List<PossibleDuplicate> getDuplicates() { return duplicates; }
    public Long getDraftId() { return draftId; }
    public java.time.Instant getSavedAt() { return savedAt; }
    public List<ChargeRow> getCharges() { return charges; }

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
    public LocalDateTime getScheduledReleaseAt() { return scheduledReleaseAt; }
    public void setScheduledReleaseAt(LocalDateTime v) { scheduledReleaseAt = v; }
    public String getIceFormCode() { return iceFormCode; }
    public void setIceFormCode(String v) { iceFormCode = v; }
    public LocalDateTime getIceIssuedAt() { return iceIssuedAt; }
    public void setIceIssuedAt(LocalDateTime v) { iceIssuedAt = v; }
    public Boolean getIceServed() { return iceServed; }
    public void setIceServed(Boolean v) { iceServed = v; }
    public String getCallerName() { return callerName; }
    public void setCallerName(String v) { callerName = v; }
    public String getCallerRelation() { return callerRelation; }
    public void setCallerRelation(String v) { callerRelation = v; }
    public String getCallerContact() { return callerContact; }
    public void setCallerContact(String v) { callerContact = v; }
}
