package org.amparo.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.amparo.campaigns.application.ActionPlan;
import org.amparo.campaigns.application.CampaignForms;
import org.amparo.campaigns.application.CampaignNotes;
import org.amparo.campaigns.application.MeetingForms;
import org.amparo.campaigns.domain.AskStatus;
import org.amparo.campaigns.domain.Campaign;
import org.amparo.campaigns.domain.CampaignAsk;
import org.amparo.campaigns.domain.CampaignNote;
import org.amparo.campaigns.domain.CampaignStep;
import org.amparo.campaigns.domain.Meeting;
import org.amparo.campaigns.domain.MeetingPromise;
import org.amparo.campaigns.domain.NoteKind;
import org.amparo.campaigns.domain.OutcomeResult;
import org.amparo.campaigns.domain.PromiseKind;
import org.amparo.campaigns.domain.PromiseState;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Person;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.FacilityType;
import org.amparo.reference.domain.Jurisdiction;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.rules.detainer.DocumentForm;
import org.amparo.rules.detainer.HoldClock;
import org.amparo.stories.application.CaseStories;
import org.amparo.stories.domain.ConsentScope;
import org.amparo.stories.domain.Story;
import org.amparo.tasks.application.CampaignTaskCompletion;
import org.junit.jupiter.api.Test;

/**
 * The dates people enter about a case and a person fall in the years 1900 to 2200, or are refused naming the field.
 * Java reads years up to ±999,999,999: a scheduled release of +999999999-12-31T23:59:59 on a case with an I-247D was a
 * 500 in the hold clock, one of -999999999-01-01 a 500 in the workflow's variables, and without a hold the database
 * kept year 169,104,628.
 */
class PlausibleDatesTest {

    private static final LocalDateTime LAST_SECOND = LocalDateTime.of(PlausibleDates.LAST_YEAR, 12, 31, 23, 59, 59);
    private static final LocalDateTime FIRST_MOMENT = LocalDateTime.of(PlausibleDates.FIRST_YEAR, 1, 1, 0, 0);
    private static final List<LocalDateTime> OUT_OF_RANGE = List.of(LocalDateTime.parse("+999999999-12-31T23:59:59"),
            LocalDateTime.parse("-999999999-01-01T00:00:00"), FIRST_MOMENT.minusSeconds(1), LAST_SECOND.plusSeconds(1));

    private final Facility facility = new Facility("Ejemplo County Jail (demo)", FacilityType.LOCAL_JAIL, "Ejemplo", "CA",
            ZoneId.of("America/Los_Angeles"), null);

    private DetentionCase aCase() {
        DetentionCase c = new DetentionCase(new Person("Ejemplo", "Inés", LocalDate.of(1990, 5, 1), null), facility,
                "caseworker", Instant.parse("2026-11-20T16:00:00Z"));
        c.recordCustody("B-1", LocalDateTime.of(2026, 11, 20, 8, 0), LocalDateTime.of(2026, 11, 22, 8, 0));
        return c;
    }

    @Test
    void aCaseRefusesABookingAReleaseOrAnIceRequestOutsideTheYearsNamingTheField() {
        DetentionCase c = aCase();
        for (LocalDateTime at : OUT_OF_RANGE) {
            assertRefused(() -> c.recordCustody("B-1", null, at), "scheduledReleaseAt");
            assertRefused(() -> c.recordCustody("B-1", at, null), "bookedAt");
            assertRefused(() -> c.rescheduleRelease(at), "scheduledReleaseAt");
            assertRefused(() -> c.receiveIceDocument(null, at, true), "issuedAt");
        }
        assertThat(c.getScheduledReleaseAt()).as("what was recorded stays").isEqualTo(LocalDateTime.of(2026, 11, 22, 8, 0));
        assertThat(c.getDetainers()).isEmpty();
        c.recordCustody("B-1", FIRST_MOMENT, LAST_SECOND);
        assertThat(c.getScheduledReleaseAt()).isEqualTo(LAST_SECOND);
    }

    @Test
    void theHoldClockAndTheWorkflowsDatesRunAtBothEndsOfTheYears() {
        ZoneId zone = ZoneId.of("America/Los_Angeles");
        for (DocumentForm form : List.of(new DocumentForm("I_247D", true, true, false, 48, false),
                new DocumentForm("I_247", true, true, true, 48, true))) {
            for (LocalDateTime release : List.of(FIRST_MOMENT, LAST_SECOND)) {
                LocalDateTime expiry = HoldClock.expiry(form, release, zone);
                assertThat(expiry).as(form.code()).isAfter(release);
                // what the case process keeps of it (Variables.of): a java.util.Date of the instant
                assertThat(Date.from(expiry.atZone(zone).toInstant())).isNotNull();
            }
        }
    }

    @Test
    void aStorysConsentOrVettingOutsideTheYearsIsRefusedNamingTheField() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        Instant at = Instant.parse("2026-11-30T12:00:00Z");
        Story story = new Story(7, "At the jail", "They kept me for ICE after the judge let me go.", "carmen", at);
        assertRefused(() -> story.giveConsent(ConsentScope.EVIDENCE_REPORTS, LocalDate.parse("-999999999-01-01"), today,
                "carmen", at), "consentedOn");
        assertRefused(() -> story.vet("ana", LocalDate.of(1899, 12, 31), null, today, at), "vettedOn");
        assertThat(story.usable()).isFalse();
    }

    @Test
    void everyDateAFormTakesIsCheckedForTheYears() {
        List<Class<?>> forms = new ArrayList<>(List.of(org.amparo.casefile.application.CaseFileForms.class.getClasses()));
        forms.addAll(List.of(org.amparo.tasks.application.TaskForms.class.getClasses()));
        forms.addAll(List.of(org.amparo.casefile.application.CallForm.class, org.amparo.casefile.application.CallForm.ChargeLine.class,
                org.amparo.cases.application.OpenCaseCommand.class, org.amparo.cases.application.OutsideEventCommand.class,
                org.amparo.hotline.application.OpenCaseFromReportCommand.class,
                org.amparo.hotline.application.LogCallCommand.class, org.amparo.hotline.application.FileReportCommand.class));
        // the monitoring of a jurisdiction and the reference administration
        forms.addAll(List.of(org.amparo.monitoring.application.ChecklistForms.class.getClasses()));
        forms.addAll(List.of(org.amparo.monitoring.application.AuthorityForm.class,
                org.amparo.reference.application.ReferenceForms.JurisdictionForm.class,
                org.amparo.reference.application.ReferenceForms.FacilityForm.class,
                org.amparo.reference.application.ReferenceAdministration.NewJurisdiction.class,
                org.amparo.reference.application.ReferenceAdministration.NewFacility.class));
        List<String> dates = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (Class<?> form : forms) {
            for (RecordComponent component : form.isRecord() ? form.getRecordComponents() : new RecordComponent[0]) {
                Class<?> type = component.getType();
                if (type == LocalDate.class || type == LocalDateTime.class || type == Instant.class) {
                    String name = form.getSimpleName() + "." + component.getName();
                    dates.add(name);
                    if (component.getAnnotation(PlausibleDate.class) == null) {
                        unchecked.add(name);
                    }
                }
            }
        }
        assertThat(dates).as("the forms' dates").contains("CustodyForm.scheduledReleaseAt", "PersonForm.dateOfBirth",
                "CallForm.scheduledReleaseAt", "Intake.detainerIssuedAt", "FileReportCommand.alertExpiresAt",
                "AuthorityForm.nextElection", "SetItem.observedOn", "AttachDocument.observedOn", "JurisdictionForm.policyDate",
                "FacilityForm.signed287g", "FacilityForm.ended287g", "FacilityForm.igsaEnds").hasSizeGreaterThan(30);
        assertThat(unchecked).as("dates without @PlausibleDate").isEmpty();
    }

    /** A change of a campaign or a story that a form's date goes into as it is, refused naming the form's field. */
    private record Refusal(String field, Runnable change) {
    }

    /**
     * The forms whose dates their entities check themselves (the campaigns' services and the stories' hand their forms
     * to the entities as they are), by form and field, with the change each date goes into.
     */
    private static Map<String, Refusal> refusedByTheDomain(LocalDate day) {
        LocalDate today = LocalDate.of(2026, 11, 20);
        LocalDate held = LocalDate.of(2026, 11, 2);
        Instant at = Instant.parse("2026-11-20T15:00:00Z");
        Jurisdiction county = new Jurisdiction("Ejemplo County", JurisdictionLevel.COUNTY, "CA", DetainerPolicy.NONE);
        Meeting meeting = Meeting.held(7, held, null, null, null, today, "sofia", at);
        MeetingPromise promise = meeting.promise(PromiseKind.DATA, null, held, "sofia", at);
        Story story = new Story(7, "At the jail", "They kept me for ICE after the judge let me go.", "carmen", at);
        Map<String, Refusal> refusals = new LinkedHashMap<>();
        refusals.put("CampaignForms.Progress.on", new Refusal("on",
                () -> CampaignAsk.own(1, "Publish the jail's ICE contacts", "sofia", at).progress(AskStatus.RAISED, day, today, "sofia", at)));
        refusals.put("CampaignForms.Close.on", new Refusal("on",
                () -> Campaign.minimalFor(county, "sofia", Instant.parse("2026-01-05T15:00:00Z")).close(OutcomeResult.WON, day,
                        today, ZoneId.of("America/Los_Angeles"), "sofia")));
        refusals.put("MeetingForms.NewMeeting.heldOn", new Refusal("heldOn",
                () -> Meeting.held(7, day, null, null, null, today, "sofia", at)));
        refusals.put("MeetingForms.NewMeeting.nextMeetingOn", new Refusal("nextMeetingOn",
                () -> Meeting.held(7, held, null, null, day, today, "sofia", at)));
        refusals.put("MeetingForms.Promise.dueOn", new Refusal("dueOn", () -> meeting.promise(PromiseKind.DATA, null, day, "sofia", at)));
        refusals.put("MeetingForms.Settle.on", new Refusal("on", () -> promise.settle(PromiseState.KEPT, day, today, "sofia", at)));
        // the inbox's form for a promise's task settles the promise
        refusals.put("CampaignTaskCompletion.Form.on", new Refusal("on", () -> promise.settle(PromiseState.BROKEN, day, today, "sofia", at)));
        refusals.put("ActionPlan.NewStep.dueOn", new Refusal("dueOn",
                () -> new CampaignStep(1, "Ask for the jail's ICE contacts", "sofia", day, today, "sofia", at)));
        refusals.put("CampaignNotes.NewNote.happenedOn", new Refusal("happenedOn",
                () -> new CampaignNote(1, NoteKind.OUTCOME, "The sheriff agreed", null, day, OutcomeResult.WON, today, "sofia", at)));
        refusals.put("CaseStories.ConsentForm.consentedOn", new Refusal("consentedOn",
                () -> story.giveConsent(ConsentScope.EVIDENCE_REPORTS, day, today, "carmen", at)));
        refusals.put("CaseStories.VettingForm.vettedOn", new Refusal("vettedOn", () -> story.vet("ana", day, null, today, at)));
        return refusals;
    }

    @Test
    void everyDateOfACampaignsFormsIsRefusedOutsideTheYearsByItsEntityNamingTheField() {
        Set<String> dates = new TreeSet<>();
        List<Class<?>> forms = new ArrayList<>(List.of(CampaignForms.class.getClasses()));
        forms.addAll(List.of(MeetingForms.class.getClasses()));
        forms.addAll(List.of(ActionPlan.NewStep.class, CampaignNotes.NewNote.class, CampaignTaskCompletion.Form.class,
                CaseStories.ConsentForm.class, CaseStories.VettingForm.class));
        for (Class<?> form : forms) {
            for (RecordComponent component : form.getRecordComponents()) {
                Class<?> type = component.getType();
                if (type == LocalDate.class || type == LocalDateTime.class || type == Instant.class) {
                    dates.add(form.getEnclosingClass().getSimpleName() + "." + form.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(refusedByTheDomain(LocalDate.of(2000, 1, 1)).keySet()).as("a date of these forms needs its entity's refusal here")
                .containsExactlyInAnyOrderElementsOf(dates);
        for (String date : dates) {
            for (LocalDateTime out : OUT_OF_RANGE) {
                // the years' range, or a narrower rule of the field (a meeting in 2201 is in the future, a promise kept in
                // 1899 before the meeting, a campaign closed then before it started)
                Refusal refusal = refusedByTheDomain(out.toLocalDate()).get(date);
                DomainRuleViolation refused = catchThrowableOfType(refusal.change()::run, DomainRuleViolation.class);
                assertThat(refused).as(date + " " + out.toLocalDate()).isNotNull();
                assertThat(refused.field()).as(date).isEqualTo(refusal.field());
            }
        }
    }

    @Test
    void theConstraintAllowsBothEndsAndNoneAndRefusesTheRest() {
        PlausibleDate.Validator validator = new PlausibleDate.Validator();
        assertThat(validator.isValid(null, null)).isTrue();
        assertThat(validator.isValid(FIRST_MOMENT, null)).isTrue();
        assertThat(validator.isValid(LAST_SECOND, null)).isTrue();
        assertThat(validator.isValid(LAST_SECOND.toLocalDate(), null)).isTrue();
        assertThat(validator.isValid(Instant.parse("2200-12-31T23:59:59Z"), null)).isTrue();
        assertThat(validator.isValid(Instant.parse("1900-01-01T00:00:00Z"), null)).isTrue();
        for (LocalDateTime at : OUT_OF_RANGE) {
            assertThat(validator.isValid(at, null)).as(at.toString()).isFalse();
            assertThat(validator.isValid(at.toLocalDate(), null)).as(at.toLocalDate().toString()).isFalse();
        }
        assertThat(validator.isValid(Instant.MAX, null)).isFalse();
        assertThat(validator.isValid(Instant.parse("1899-12-31T23:59:59Z"), null)).isFalse();
        assertThat(validator.isValid(Instant.parse("2201-01-01T00:00:00Z"), null)).isFalse();
    }

    @Test
    void theRefusalGivesBothYearsInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            assertThat(ResourceBundle.getBundle("ValidationMessages", locale).getString(PlausibleDates.MESSAGE_KEY))
                    .as(locale.toString())
                    .contains(String.valueOf(PlausibleDates.FIRST_YEAR), String.valueOf(PlausibleDates.LAST_YEAR));
        }
        assertThat(new InputValidation().message(PlausibleDates.MESSAGE_KEY)).isEqualTo("must be a date in the years 1900 to 2200");
    }

    private static void assertRefused(Runnable change, String field) {
        assertThatThrownBy(change::run).as(field).isInstanceOfSatisfying(DomainRuleViolation.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(PlausibleDates.MESSAGE_KEY);
        });
    }
}
