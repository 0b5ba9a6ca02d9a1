package org.amparo.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.amparo.cases.domain.CaseChanged;
import org.amparo.cases.domain.CustodyEnd;
import org.amparo.cases.domain.Detainer;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.domain.event.CaseOpened;
import org.amparo.cases.domain.event.CustodyEnded;
import org.amparo.cases.domain.event.CustodyRecorded;
import org.amparo.cases.domain.event.IceDocumentLifted;
import org.amparo.cases.domain.event.IceDocumentReceived;
import org.amparo.cases.domain.event.JailRespondedToRequest;
import org.amparo.people.domain.Arrest;
import org.amparo.people.domain.Charge;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.people.domain.Person;
import org.amparo.people.domain.event.ChargeDisposed;
import org.amparo.people.domain.event.ChargeRecorded;
import org.amparo.people.domain.event.DateOfBirthCorrected;
import org.amparo.people.domain.event.ImmigrationHistoryChanged;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.FacilityType;
import org.amparo.reference.domain.IceDocumentForm;
import org.amparo.rules.detainer.Finding;
import org.amparo.shared.domain.DomainEvent;
import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The aggregates are the only place a case's facts change: each mutation checks its rule once, and raises the event
 * its consequences (screening, the case process) follow from, whichever entrance called it.
 */
class CaseAggregatesTest {

    private static final LocalDateTime BOOKED = LocalDateTime.of(2026, 11, 20, 8, 0);

    private final Person person = new Person("Ejemplo", "Inés", LocalDate.of(1990, 5, 1), null);
    private final Facility facility = new Facility("Ejemplo County Jail (demo)", FacilityType.LOCAL_JAIL, "Ejemplo", "CA",
            ZoneId.of("America/Los_Angeles"), null);

    private DetentionCase openedCase() {
        DetentionCase c = new DetentionCase(person, facility, "caseworker", Instant.parse("2026-11-20T16:00:00Z"));
        c.recordCustody("B-1", BOOKED, BOOKED.plusDays(2));
        c.pullEvents();
        return c;
    }

    @Test
    void aFactMissingWhatItNeedsIsRefusedNamingTheFieldNotAsAProgrammingError() {
        DetentionCase c = openedCase();
        assertRefused(() -> new org.amparo.cases.domain.CaseNote(c, "caseworker", Instant.now(), "  ", false), "text");
        assertRefused(() -> person.rename(" ", "Inés"), "familyName");
        assertRefused(() -> person.recordEntry(null, "EWI", null), "enteredOn");
        assertRefused(() -> person.addFamilyMember("Ana", null, null, null, false), "relation");
        assertRefused(() -> person.addAlias("", "Inés"), "familyName");
        assertRefused(() -> c.endCustody(null, BOOKED.plusDays(1)), "type");
        assertRefused(() -> c.close(null, Instant.now()), "outcome");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String field) {
        assertThatThrownBy(change).isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo("amparo.validation.required");
        });
    }

    @Test
    void aStepOfTheProcessAddsWhatItLearntAndErasesNothingItLeftBlank() {
        person.recordImmigrationFacts(org.amparo.people.domain.ImmigrationStatus.UNDOCUMENTED,
                org.amparo.people.domain.Education.GED, LocalDate.of(2010, 1, 1), false, false);
        person.recordConsentToPublicize(true);

        person.learnImmigrationFacts(org.amparo.people.domain.ImmigrationStatus.LPR, null, null, null, true);
        person.learnConsentToPublicize(null);

        assertThat(person.getImmigrationStatus()).isEqualTo(org.amparo.people.domain.ImmigrationStatus.LPR);
        assertThat(person.getEducation()).isEqualTo(org.amparo.people.domain.Education.GED);
        assertThat(person.getContinuousResidenceSince()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(person.getGangMember()).isFalse();
        assertThat(person.getNationalSecurityConcern()).isTrue();
        assertThat(person.getConsentToPublicize()).isTrue();
        // the case file still clears a fact: an answer taken back is unknown again
        person.recordImmigrationFacts(person.getImmigrationStatus(), null, null, null, null);
        assertThat(person.getGangMember()).isNull();

        DetentionCase c = openedCase();
        Detainer hold = c.receiveIceDocument(form("I_247A", true), BOOKED.plusHours(1), true);
        hold.recordJailResponse(true, false);
        hold.learnJailResponse(null, true);
        assertThat(hold.getHonored()).as("the jail's earlier answer stays").isTrue();
        assertThat(hold.getNotifiedIce()).isTrue();
    }

    @Test
    void aNewCaseIsOpenedWithTheFactsRecordedBeforeItsFirstSave() {
        DetentionCase c = new DetentionCase(person, facility, "caseworker", Instant.now());
        c.recordCustody("B-1", BOOKED, BOOKED.plusDays(2));
        c.receiveIceDocument(form("I_247A", true), BOOKED.plusHours(3), null);

        assertThat(c.pullEvents()).extracting(e -> (Class) e.getClass())
                .containsExactly(CaseOpened.class, CustodyRecorded.class, IceDocumentReceived.class);
        assertThat(c.pullEvents()).as("events are handed out once").isEmpty();
    }

    @Test
    void anIceDocumentIsReceivedAndItsAnswerAndLiftingAreEventsThatMoveTheHold() {
        DetentionCase c = openedCase();
        Detainer d = c.receiveIceDocument(form("I_247A", true), BOOKED.plusHours(3), null);
        IceDocumentReceived received = (IceDocumentReceived) c.pullEvents().get(0);
        assertThat(received.formCode()).isEqualTo("I_247A");
        assertThat(received.movesHold()).isTrue();

        d.recordJailResponse(true, false);
        assertThat(c.pullEvents()).singleElement().isInstanceOf(JailRespondedToRequest.class)
                .satisfies(e -> assertThat(e.changesScreening()).isTrue());
    }

    @Test
    void onlyAMovedReleaseMovesTheHold() {
        DetentionCase c = openedCase();
        c.recordCustody("B-2", BOOKED, BOOKED.plusDays(2));
        assertThat(new CaseChanged(1, c.pullEvents()).movesHold()).as("a new booking number").isFalse();
        c.rescheduleRelease(BOOKED.plusDays(3));
        assertThat(new CaseChanged(1, c.pullEvents()).movesHold()).as("a new release time").isTrue();
        c.recordCustody("B-2", BOOKED, BOOKED.plusDays(3));
        assertThat(c.pullEvents()).as("nothing changed, nothing happened").isEmpty();
    }

    @Test
    void aReleaseBeforeTheBookingIsRefusedNamingTheField() {
        DetentionCase c = openedCase();
        assertThatThrownBy(() -> c.rescheduleRelease(BOOKED.minusHours(1)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("scheduledReleaseAt");
                    assertThat(v.messageKey()).isEqualTo("amparo.validation.beforeBooking");
                });
        assertThatThrownBy(() -> c.endCustody(CustodyEnd.RELEASED, BOOKED.minusHours(1)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("at"));
        assertThat(c.pullEvents()).as("a refused change raises nothing").isEmpty();
    }

    @Test
    void custodyEndsOnce() {
        DetentionCase c = openedCase();
        c.endCustody(CustodyEnd.TRANSFERRED_TO_ICE, BOOKED.plusDays(1));
        assertThat(c.pullEvents()).singleElement().isEqualTo(new CustodyEnded(CustodyEnd.TRANSFERRED_TO_ICE));
        assertThatThrownBy(() -> c.endCustody(CustodyEnd.RELEASED, BOOKED.plusDays(1)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("amparo.validation.custodyEnded"));
    }

    @Test
    void liftingARequestTwiceIsOneLifting() throws Exception {
        DetentionCase c = openedCase();
        Detainer d = c.receiveIceDocument(form("I_247A", true), BOOKED.plusHours(3), null);
        setId(d, 7L);
        c.pullEvents();
        c.liftIceDocument(7L);
        c.liftIceDocument(7L);
        assertThat(c.pullEvents()).singleElement().isInstanceOf(IceDocumentLifted.class);
        assertThat(c.hasActiveHoldRequest()).isFalse();
    }

    @Test
    void aClosedCaseRefusesChanges() {
        DetentionCase c = openedCase();
        c.close(org.amparo.cases.domain.CaseOutcome.RELEASED, Instant.now());
        assertThatThrownBy(c::requireOpen).isInstanceOfSatisfying(DomainRuleViolation.class,
                v -> assertThat(v.field()).isEqualTo("status"));
    }

    @Test
    void nothingInAPersonsLifeIsRecordedBeforeTheirBirth() {
        assertThatThrownBy(() -> person.recordEntry(LocalDate.of(1989, 1, 1), null, null))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("enteredOn");
                    assertThat(v.args()).containsExactly(LocalDate.of(1990, 5, 1));
                });
        assertThatThrownBy(() -> new Arrest(person, LocalDate.of(1989, 1, 1), "PD"))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("arrestedOn"));
        person.recordEntry(LocalDate.of(2001, 3, 1), null, null);
        assertThatThrownBy(() -> person.correctDateOfBirth(LocalDate.of(2002, 1, 1)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("dateOfBirth"));
        assertThat(person.pullEvents()).extracting(e -> (Class) e.getClass()).contains(ImmigrationHistoryChanged.class)
                .doesNotContain(DateOfBirthCorrected.class);
    }

    @Test
    void aChargeIsRecordedAndDisposedOnItsArrestNeverBeforeIt() {
        Arrest arrest = new Arrest(person, LocalDate.of(2019, 3, 1), "Ejemplo PD");
        Charge charge = arrest.charge("DUI", OffenseLevel.MISDEMEANOR, OffenseCategory.DUI);
        assertThatThrownBy(() -> charge.convict(LocalDate.of(2019, 2, 1), 0, false, false))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("dispositionDate");
                    assertThat(v.messageKey()).isEqualTo("amparo.validation.beforeArrest");
                });
        assertThatThrownBy(() -> charge.convict(null, 0, false, false))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("amparo.validation.dispositionDate"));
        charge.convict(LocalDate.of(2019, 6, 1), 30, false, false);
        assertThat(arrest.pullEvents()).extracting(e -> (Class) e.getClass())
                .containsExactly(ChargeRecorded.class, ChargeDisposed.class);
    }

    @Test
    void whatTheScreeningDoesNotReadChangesNoScreening() {
        person.describe(new org.amparo.people.domain.Biography(null, "somewhere", null, null, "es", null, null, null));
        person.addAlias("Ejemplo", "Ines");
        assertThat(person.pullEvents()).noneMatch(DomainEvent::changesScreening);
    }

    @Test
    void theFindingsThatCallForACampaignAreOneList() {
        assertThat(Finding.campaignFindings()).containsExactlyInAnyOrder(Finding.HELD_PAST_EXPIRY,
                Finding.NON_PRIORITY_TARGET, Finding.POLICY_CONFLICT);
        assertThat(Finding.NO_NOTICE_TO_PERSON.callsForCampaign()).isFalse();
    }

    /** A reference form as the database holds it (its constructor is for JPA only). */
    private static IceDocumentForm form(String code, boolean asksHold) {
        try {
            var constructor = IceDocumentForm.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            IceDocumentForm form = constructor.newInstance();
            set(form, "code", code);
            set(form, "label", code);
            set(form, "detainer", true);
            set(form, "asksHold", asksHold);
            set(form, "holdHours", asksHold ? 48 : 0);
            set(form, "active", true);
            return form;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void setId(Object entity, long id) throws ReflectiveOperationException {
        set(entity, "id", id);
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
