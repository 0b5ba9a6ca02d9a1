package org.amparo.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Name search ignores accents, case and extra spaces (issue: partial, accent- and case-insensitive search). */
class SearchTextTest {

    @Test
    void accentsCaseAndSpacesFoldAway() {
        assertThat(SearchText.fold("  José\u00A0 MUÑOZ  Ángela ")).isEqualTo("jose munoz angela");
    }

    @Test
    void aPartialAccentedQueryFoldsToAPartOfTheFoldedName() {
        assertThat(SearchText.fold("Iñaki Demostración")).contains(SearchText.fold("DEMOSTRACIÓN"));
    }
}
