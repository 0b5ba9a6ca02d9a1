package org.amparo.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Every enum a person reads (on pages, in history, in exports) is worded in English and Spanish by the labels bundle,
 * and no label is a code: a label may equal a constant's name only when that name is a short acronym people use as a
 * word (DACA, TPS, GED, DUI).
 */
public class LabelsTest {

    /** The enums shown to people. A new one shown on a page or in an export belongs here. */
    public static final List<Class<? extends Enum<?>>> SHOWN = List.of(
            org.amparo.process.CaseStep.class,
            org.amparo.process.StepOutcome.Kind.class,
            org.amparo.hotline.domain.CallKind.class,
            org.amparo.hotline.domain.CallOutcome.class,
            org.amparo.hotline.domain.IceActivity.class,
            org.amparo.hotline.domain.LocalParticipation.class,
            org.amparo.hotline.domain.Agency.class,
            org.amparo.hotline.domain.Verification.class,
            org.amparo.cases.domain.CaseStatus.class,
            org.amparo.cases.domain.CaseOutcome.class,
            org.amparo.cases.domain.BailStatus.class,
            org.amparo.cases.domain.CustodyEnd.class,
            org.amparo.cases.application.OutsideEventCommand.Type.class,
            org.amparo.rules.priority.EnforcementPriority.class,
            org.amparo.rules.relief.DacaResult.class,
            org.amparo.rules.detainer.Finding.class,
            org.amparo.rules.detainer.Interference.class,
            org.amparo.rules.detainer.AdministrativeWarrant.class,
            org.amparo.rules.GangInvolvement.class,
            org.amparo.people.domain.ImmigrationStatus.class,
            org.amparo.people.domain.Education.class,
            org.amparo.people.domain.FamilyRelation.class,
            org.amparo.people.domain.Citizenship.class,
            org.amparo.people.domain.OffenseLevel.class,
            org.amparo.people.domain.OffenseCategory.class,
            org.amparo.people.domain.Disposition.class,
            org.amparo.reference.domain.JurisdictionLevel.class,
            org.amparo.reference.domain.FacilityType.class,
            org.amparo.reference.domain.IgsaTerm.class,
            org.amparo.reference.domain.DetainerPolicy.class,
            org.amparo.reference.domain.AgencyType.class,
            org.amparo.reference.domain.SupportType.class,
            org.amparo.reference.domain.ReferenceImport.Kind.class,
            org.amparo.tasks.application.InboxUrgency.class,
            org.amparo.monitoring.domain.ChecklistGroup.class,
            org.amparo.monitoring.domain.ChecklistState.class,
            org.amparo.monitoring.domain.EvidenceKind.class,
            org.amparo.monitoring.domain.AuthorityOffice.class,
            org.amparo.monitoring.domain.AuthoritySelection.class,
            org.amparo.campaigns.domain.AskStatus.class,
            org.amparo.campaigns.domain.SampleAsk.class,
            org.amparo.campaigns.domain.MeetingQuestion.class,
            org.amparo.campaigns.domain.QuestionGroup.class,
            org.amparo.campaigns.domain.AgendaItem.class,
            org.amparo.campaigns.domain.AgendaItem.Part.class,
            org.amparo.campaigns.domain.MeetingRole.class,
            org.amparo.campaigns.domain.PromiseKind.class,
            org.amparo.campaigns.domain.PromiseState.class,
            org.amparo.campaigns.domain.TargetRank.class,
            org.amparo.campaigns.domain.AllyType.class,
            org.amparo.campaigns.domain.OutcomeResult.class,
            org.amparo.stories.domain.ConsentScope.class,
            org.amparo.stories.domain.StoryOutlet.class,
            org.amparo.stories.domain.StoryStatus.class,
            org.amparo.stories.domain.StoryUse.Format.class);

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    /** Every constant name of every shown enum: the words a person must never read. */
    public static Set<String> codeNames() {
        return SHOWN.stream().flatMap(t -> Arrays.stream(t.getEnumConstants())).map(Enum::name).collect(Collectors.toSet());
    }

    /** Whether a name is a code a person must never read (not a short acronym such as DACA). */
    public static boolean isCode(String name) {
        return name.contains("_") || name.length() > 4;
    }

    @Test
    void everyConstantOfEveryShownEnumHasALabelInEnglishAndSpanish() {
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (Locale language : LANGUAGES) {
                    assertThat(Labels.has(constant, language)).as(Labels.key(constant) + " in " + language).isTrue();
                    assertThat(Labels.of(constant, language)).as(Labels.key(constant) + " in " + language).isNotBlank();
                }
            }
        }
    }

    @Test
    void noLabelIsACode() {
        Set<String> codes = codeNames();
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (Locale language : LANGUAGES) {
                    String label = Labels.of(constant, language);
                    assertThat(codes.contains(label) && isCode(label)).as(Labels.key(constant) + " = " + label).isFalse();
                    assertThat(label).as(Labels.key(constant)).doesNotContain("_");
                }
            }
        }
    }

    @Test
    void spanishIsNotEnglish() {
        long same = SHOWN.stream().flatMap(t -> Arrays.stream(t.getEnumConstants()))
                .filter(c -> Labels.of(c, Locale.ENGLISH).equals(Labels.of(c, Locale.forLanguageTag("es")))).count();
        assertThat(same).as("labels left in English in the Spanish bundle").isLessThan(12);
    }

    @Test
    void everyIceFormOnFileSaysWhatItIsInEnglishAndSpanish() throws java.io.IOException {
        String seeded = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/db/migration/V2__ice_document_forms.sql"));
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\('([A-Z0-9_]+)',").matcher(seeded);
        int forms = 0;
        while (code.find()) {
            forms++;
            String en = Labels.text("iceForm." + code.group(1), null, Locale.ENGLISH);
            String es = Labels.text("iceForm." + code.group(1), null, Locale.forLanguageTag("es"));
            assertThat(en).as(code.group(1) + " in English").isNotBlank();
            assertThat(es).as(code.group(1) + " in Spanish").isNotBlank().isNotEqualTo(en);
        }
        assertThat(forms).as("the forms on file").isEqualTo(9);
    }

    @Test
    void iceFormsAreNamedAsDhsPrintsThem() {
        assertThat(Labels.iceForm("I_247A")).isEqualTo("I-247A");
        assertThat(Labels.ofName("CaseStep", "ATTORNEY_RESPONSE", Locale.ENGLISH)).isEqualTo("Accept or decline referral");
        assertThat(Labels.ofName("CaseStep", "NOT_A_STEP", Locale.ENGLISH)).isEqualTo("NOT_A_STEP");
    }

    @Test
    void daysAreWrittenAsEachLanguageAsksForThemWithOneFormatterPerLanguage() {
        java.time.ZonedDateTime at = java.time.ZonedDateTime.of(2026, 11, 30, 18, 5, 0, 0, java.time.ZoneId.of("America/Chicago"));
        Locale es = Locale.forLanguageTag("es");
        assertThat(Labels.day(Locale.ENGLISH).format(at)).isEqualTo("11/30/2026");
        assertThat(Labels.day(es).format(at)).isEqualTo("30/11/2026");
        assertThat(Labels.minutes(Locale.ENGLISH).format(at)).isEqualTo("11/30/2026 18:05");
        assertThat(Labels.minutes(es).format(at)).isEqualTo("30/11/2026 18:05");
        assertThat(Labels.minutesWithZone(Locale.ENGLISH).format(at)).isEqualTo("11/30/2026 18:05 CST");
        assertThat(Labels.day(null).format(at)).as("no locale: English").isEqualTo("11/30/2026");
        assertThat(Labels.minutes(es)).as("made once per language").isSameAs(Labels.minutes(es));
        for (int i = 0; i < 40; i++) { // locales come from requests: past the cache's bound, still the right answers
            Locale odd = new Locale("x" + i);
            assertThat(Labels.day(odd).format(at)).isEqualTo("30/11/2026");
        }
    }
}
