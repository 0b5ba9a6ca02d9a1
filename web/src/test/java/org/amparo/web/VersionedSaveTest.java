package org.amparo.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** After a conflict, a form keeps what its user changed and takes the other person's values everywhere else. */
class VersionedSaveTest {

    @Test
    void aFieldTheUserChangedStaysAndOneTheyLeftAloneTakesTheValueNowOnFile() {
        assertThat(VersionedSave.mine("559-555-0199", null, null)).as("typed into an empty phone").isEqualTo("559-555-0199");
        assertThat(VersionedSave.mine("Ana", "Ana", "Ana Lucía")).as("left alone, changed by the other").isEqualTo("Ana Lucía");
        assertThat(VersionedSave.mine("Ana María", "Ana", "Ana Lucía")).as("both changed: this user's, as they save again").isEqualTo("Ana María");
        assertThat(VersionedSave.mine(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 1), null)).as("the other cleared it").isNull();
    }

    @Test
    void anEmptyTextIsNoTextAndAnAmountIsComparedByValue() {
        assertThat(VersionedSave.mine("", null, "555-0100")).as("an empty field read as none").isEqualTo("555-0100");
        assertThat(VersionedSave.mine(new BigDecimal("500.00"), new BigDecimal("500"), new BigDecimal("750"))).isEqualTo(new BigDecimal("750"));
        assertThat(VersionedSave.mine(" works nights\r\nat the plant ", "works nights\nat the plant", "retired"))
                .as("the same text, as a form sends it back").isEqualTo("retired");
        assertThat(VersionedSave.mine(java.time.LocalDateTime.of(2026, 12, 6, 18, 0), java.time.LocalDateTime.of(2026, 12, 6, 18, 0, 41),
                null)).as("a time the form shows to the minute").isNull();
    }

    @Test
    void theListAboveAFormShowsItsFieldsOrElseWhoSaved() {
        java.time.Instant at = java.time.Instant.parse("2026-12-06T10:00:00Z");
        var phone = new org.amparo.shared.domain.FieldChange(2, at, "admin", "Authority", 1L, "phone", "1", "2");
        var by = new org.amparo.shared.domain.FieldChange(2, at, "admin", "Authority", 1L, "updatedBy", "supervisor", "admin");
        var when = new org.amparo.shared.domain.FieldChange(2, at, "admin", "Authority", 1L, "updatedAt", "a", "b");
        assertThat(VersionedSave.shown(java.util.List.of(phone, by, when), java.util.Set.of("phone", "email")))
                .as("the form's fields, without the record's bookkeeping").containsExactly(phone);
        assertThat(VersionedSave.shown(java.util.List.of(by, when), java.util.Set.of("phone", "email")))
                .as("a save that changed none of them still says who saved").containsExactly(by);
    }
}
