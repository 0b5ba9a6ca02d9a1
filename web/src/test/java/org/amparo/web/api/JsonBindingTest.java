package org.amparo.web.api;

import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API reads a value as what its field is, or refuses it naming the field: before, an id of 1.5 or 2^64 + 1 became
 * facility 1, {@code "yes"} became <em>no</em>, and a NUL was saved (PostgreSQL then refuses the row).
 */
class JsonBindingTest {

    public record Person(String familyName, LocalDate dateOfBirth, Long facilityId) {
    }

    public record Form(Person person, Boolean courtDatesByEmail, Integer minutes, List<Long> ids, List<String> tags,
                       java.time.LocalDateTime issuedAt, java.time.Instant at, Kind kind) {
    }

    public enum Kind { HOLD, NOTIFICATION }

    /** Primitive fields, which JSON-B reads with its own rules unless they name the strict ones (StrictBodiesTest). */
    public record Note(String text,
                       @jakarta.json.bind.annotation.JsonbTypeDeserializer(org.amparo.shared.infrastructure.StrictJson.YesOrNo.class) boolean privileged,
                       @jakarta.json.bind.annotation.JsonbTypeDeserializer(org.amparo.shared.infrastructure.StrictJson.WholeInteger.class) int version) {
    }

    @Test
    void aPrimitiveFieldThatNamesItsStrictReadingIsReadAsABoxedOne() {
        assertThatThrownBy(() -> JsonBinding.read("{\"text\":\"x\",\"privileged\":\"yes\"}", Note.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("privileged");
        assertThatThrownBy(() -> JsonBinding.read("{\"version\":1.5}", Note.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("version");
        assertThat(JsonBinding.read("{\"privileged\":true,\"version\":3}", Note.class)).isEqualTo(new Note(null, true, 3));
        // left out or null: what a primitive is when not given
        assertThat(JsonBinding.read("{\"privileged\":null,\"version\":null}", Note.class)).isEqualTo(new Note(null, false, 0));
        assertThat(JsonBinding.read("{}", Note.class)).isEqualTo(new Note(null, false, 0));
    }

    @Test
    void valuesOfTheirKindAreReadAsBefore() {
        Form form = JsonBinding.read("""
                {"person":{"familyName":"Muñoz\\tRuiz\\nSegunda línea","dateOfBirth":"1990-05-01","facilityId":3},
                 "courtDatesByEmail":false,"minutes":12,"ids":[1,2e0,30],"tags":["a"],"issuedAt":"2026-03-01T10:15",
                 "at":"2026-03-01T10:15:00Z","kind":"HOLD"}""", Form.class);
        assertThat(form.person().familyName()).isEqualTo("Muñoz\tRuiz\nSegunda línea");
        assertThat(form.person().facilityId()).isEqualTo(3L);
        assertThat(form.courtDatesByEmail()).isFalse();
        assertThat(form.minutes()).isEqualTo(12);
        assertThat(form.ids()).containsExactly(1L, 2L, 30L);
        assertThat(form.kind()).isEqualTo(Kind.HOLD);
        assertThat(JsonBinding.read("{\"person\":{\"facilityId\":null},\"courtDatesByEmail\":null}", Form.class).person().facilityId()).isNull();
    }

    @Test
    void aDecimalAWrappedNumberOrATextForAnIdIsRefusedNamingIt() {
        assertRefused("{\"person\":{\"facilityId\":1.5}}", "person.facilityId", "whole number");
        assertRefused("{\"person\":{\"facilityId\":18446744073709551617}}", "person.facilityId", "whole number from");
        assertRefused("{\"person\":{\"facilityId\":\"1\"}}", "person.facilityId", "whole number");
        assertRefused("{\"minutes\":2147483648}", "minutes", "from -2147483648 to 2147483647");
        assertThat(JsonBinding.read("{\"ids\":[-9223372036854775808]}", Form.class).ids()).containsExactly(Long.MIN_VALUE);
        assertRefused("{\"ids\":[1,2.5]}", "ids", "whole number");
    }

    @Test
    void aYesOrNoFieldTakesTrueOrFalseOnly() {
        assertRefused("{\"courtDatesByEmail\":\"yes\"}", "courtDatesByEmail", "true or false");
        assertRefused("{\"courtDatesByEmail\":1}", "courtDatesByEmail", "true or false");
    }

    @Test
    void aTextFieldTakesATextWithoutControlCharacters() {
        assertRefused("{\"person\":{\"familyName\":\"a\\u0000b\"}}", "person.familyName", "control character");
        assertRefused("{\"person\":{\"familyName\":\"a\\u001bb\"}}", "person.familyName", "control character");
        // a page break or vertical tab, as text taken from a PDF or a word processor holds, is text
        assertThat(JsonBinding.read("{\"person\":{\"familyName\":\"a\\fb\\u000bc\"}}", Form.class).person().familyName()).isEqualTo("a\fb\u000bc");
        assertRefused("{\"person\":{\"familyName\":1234}}", "person.familyName", "text");
        assertRefused("{\"person\":{\"familyName\":{\"a\":1}}}", "person.familyName", "text");
        assertRefused("{\"tags\":[\"ok\",3]}", "tags", "text");
    }

    @Test
    void anImpossibleDateOrAnUnknownValueIsWordedByItsKind() {
        assertRefused("{\"person\":{\"dateOfBirth\":\"2026-02-30\"}}", "person.dateOfBirth", "is not a date (YYYY-MM-DD)");
        assertRefused("{\"person\":{\"dateOfBirth\":\"N/A\"}}", "person.dateOfBirth", "is not a date (YYYY-MM-DD)");
        assertRefused("{\"issuedAt\":\"yesterday\"}", "issuedAt", "date and time");
        assertRefused("{\"at\":\"2026-13-01T00:00:00Z\"}", "at", "moment in time");
        assertRefused("{\"kind\":\"BOGUS\"}", "kind", "is not one of HOLD, NOTIFICATION");
        assertRefused("{\"kind\":3}", "kind", "is not one of HOLD, NOTIFICATION");
    }

    @Test
    void whatIsNotAJsonObjectIsTheBodysFault() {
        assertRefused("{\"person\":", "body", "not valid JSON");
        assertRefused("[1,2]", "body", "not valid JSON");
        // a map's values are not named by JSON-B: the refusal still says what was wrong
        assertThatThrownBy(() -> JsonBinding.JSONB.fromJson("{\"reason\":\"\\u0000\"}",
                new java.util.HashMap<String, String>() { }.getClass().getGenericSuperclass()))
                .isInstanceOf(jakarta.json.bind.JsonbException.class)
                .satisfies(e -> assertThat(JsonBinding.invalidInput((jakarta.json.bind.JsonbException) e).errors())
                        .containsExactly(new FieldError("body", "contains a control character (such as NUL) that cannot be saved")));
    }

    private static void assertRefused(String json, String field, String words) {
        assertThatThrownBy(() -> JsonBinding.read(json, Form.class))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo(field);
                            assertThat(error.message()).contains(words);
                        }));
    }

    @Test
    void aTeamIsNamedByItsIdOrNullAndTheKeyMustBeThere() {
        assertThat(TeamResource.TeamChoice.of(JsonBinding.read("{\"teamId\":3}", TeamResource.TeamChoice.class))).isEqualTo(3L);
        assertThat(TeamResource.TeamChoice.of(JsonBinding.read("{\"teamId\":null}", TeamResource.TeamChoice.class))).isNull();
        assertThatThrownBy(() -> TeamResource.TeamChoice.of(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("teamId");
        for (String refused : List.of("{}", "{\"team\":3}", "{\"teamId\":2.7}", "{\"teamId\":18446744073709551618}",
                "{\"teamId\":\"3\"}", "{\"teamId\":-1}", "{\"teamId\":0}", "[]", "{\"teamId\":{\"teamId\":3}}")) {
            assertThatThrownBy(() -> TeamResource.TeamChoice.of(JsonBinding.read(refused, TeamResource.TeamChoice.class)))
                    .as(refused).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void aTeamChoiceNestedAlmostAsDeepAsTheParserAllowsIsRefusedNotAStackOverflow() {
        String deep = "{\"teamId\":3,\"x\":" + "{\"a\":".repeat(990) + "1" + "}".repeat(990) + "}";
        assertThat(TeamResource.TeamChoice.of(JsonBinding.read(deep, TeamResource.TeamChoice.class))).isEqualTo(3L);
        String deepTeam = "{\"teamId\":" + "{\"a\":".repeat(990) + "1" + "}".repeat(990) + "}";
        assertThatThrownBy(() -> JsonBinding.read(deepTeam, TeamResource.TeamChoice.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("teamId");
    }
}
