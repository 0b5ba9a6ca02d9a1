package org.amparo.cases.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A break-glass reason is what supervisors read in the audit trail: it must say something. */
class CaseAccessGrantTest {

    @Test
    void aReasonWithWordsIsKeptTrimmedWithItsControlCharactersAsSpaces() {
        assertThat(CaseAccessGrant.reason("  Hold expires tonight\u0000, team away  ")).hasValue("Hold expires tonight , team away");
        assertThat(CaseAccessGrant.reason("Audiencia mañana\ta las 9")).hasValue("Audiencia mañana a las 9");
    }

    @Test
    void controlCharactersDigitsOrPunctuationAloneAreNoReason() {
        assertThat(CaseAccessGrant.reason("\u0000".repeat(12))).isEmpty();
        assertThat(CaseAccessGrant.reason("1234567890123")).isEmpty();
        assertThat(CaseAccessGrant.reason("..............")).isEmpty();
        assertThat(CaseAccessGrant.reason("why")).isEmpty();
        assertThat(CaseAccessGrant.reason(null)).isEmpty();
        assertThat(CaseAccessGrant.reason("x".repeat(CaseAccessGrant.REASON_MAX + 1))).isEmpty();
    }
}
