package org.amparo.casefile.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.amparo.cases.application.OpenCaseCommand;
import org.amparo.people.domain.OffenseLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hotline call's draft is in the new-case page's list of drafts too. Continued and saved there, it lost its ICE
 * document and its charges (the new case's form has neither and wrote its own fields alone over the draft; found by a
 * walk-through). What the new case's form has it saves, a field it emptied included; the rest stays.
 */
class IntakeDraftsTest {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Test
    void aCallsDraftSavedFromTheNewCasePageKeepsItsIceDocumentAndCharges() {
        CallForm call = new CallForm("Ejemplo", "Ana", null, "A-012-345-678", 1L, null, "Luz", null, null, 7L, null, "I-200",
                null, null, List.of(new CallForm.ChargeLine("Cross charge", OffenseLevel.MISDEMEANOR, null, false, null)));
        // on the new-case page: the relation added, the A-number emptied
        OpenCaseCommand intake = new OpenCaseCommand("Ejemplo", "Ana", null, null, 1L, null, "Luz", "hermana", null, null, 7L);

        String saved = IntakeDrafts.keepingWhatTheFormLacks(JSON.toJson(call), JSON.toJson(intake), OpenCaseCommand.class);
        CallForm resumed = JSON.fromJson(saved, CallForm.class);

        assertThat(resumed.iceFormCode()).isEqualTo("I-200");
        assertThat(resumed.charges()).extracting(CallForm.ChargeLine::description).containsExactly("Cross charge");
        assertThat(resumed.callerRelation()).as("what the new case's form added").isEqualTo("hermana");
        assertThat(resumed.aNumber()).as("what it emptied stays empty").isNull();
        assertThat(JSON.fromJson(saved, OpenCaseCommand.class)).isEqualTo(intake);
    }

    @Test
    void aDraftListSaysWhichWereBegunAsACallAlsoOnceContinuedOnTheNewCasePage() {
        CallForm call = new CallForm("Ejemplo", "Ana", null, null, 1L, null, null, null, null, 7L, null, null,
                null, null, List.of(new CallForm.ChargeLine(null, null, null, false, null))); // the screen's empty line
        OpenCaseCommand intake = new OpenCaseCommand("Ejemplo", "Ana", null, null, 1L, null, "Luz", "hermana", null, null, 7L);

        String begunAsCall = IntakeDrafts.begun(JSON.toJson(call), true);
        String begunAsIntake = IntakeDrafts.begun(JSON.toJson(intake), false);
        assertThat(IntakeDrafts.isCall(begunAsCall)).isTrue();
        assertThat(IntakeDrafts.isCall(begunAsIntake)).isFalse();
        assertThat(IntakeDrafts.isCall(IntakeDrafts.withLeftOut(begunAsCall, List.of("dateOfBirth")))).isTrue();
        // each page's save says again what the first said (IntakeDrafts.save and saveCall pass it on)
        assertThat(IntakeDrafts.isCall(IntakeDrafts.begun(IntakeDrafts.keepingWhatTheFormLacks(begunAsCall, JSON.toJson(intake),
                OpenCaseCommand.class), IntakeDrafts.isCall(begunAsCall)))).as("a call continued on the new-case page").isTrue();
        assertThat(IntakeDrafts.isCall(IntakeDrafts.begun(JSON.toJson(call), IntakeDrafts.isCall(begunAsIntake))))
                .as("a new case continued on the call page, whose form always has charge lines").isFalse();
        // drafts saved before they said so: a call's has charge lines, a new case's none
        assertThat(IntakeDrafts.isCall(JSON.toJson(call))).isTrue();
        assertThat(IntakeDrafts.isCall(JSON.toJson(intake))).isFalse();
        // what a page reads back has no such field
        assertThat(JSON.fromJson(begunAsCall, CallForm.class)).isEqualTo(call);
    }

    @Test
    void whatASaveLeftOutIsKeptWithTheDraftUntilASaveLeavesNothingOut() {
        CallForm call = new CallForm("Ejemplo", "Ana", null, null, 1L, null, null, null, null, 7L, null, null,
                null, null, List.of());
        String saved = IntakeDrafts.withLeftOut(JSON.toJson(call), List.of("dateOfBirth", "charges:0:on"));
        assertThat(IntakeDrafts.leftOutOf(saved)).containsExactly("dateOfBirth", "charges:0:on");
        assertThat(JSON.fromJson(saved, CallForm.class)).as("the form reads as before").isEqualTo(call);
        assertThat(IntakeDrafts.leftOutOf(JSON.toJson(call))).as("a draft from before drafts said so").isEmpty();

        // saved again from the new-case page with nothing left out: the call's list is not carried over
        OpenCaseCommand intake = new OpenCaseCommand("Ejemplo", "Ana", java.time.LocalDate.of(1990, 3, 1), null, 1L, null,
                null, null, null, null, 7L);
        String again = IntakeDrafts.withLeftOut(IntakeDrafts.keepingWhatTheFormLacks(saved, JSON.toJson(intake),
                OpenCaseCommand.class), List.of());
        assertThat(IntakeDrafts.leftOutOf(again)).isEmpty();
    }
}
