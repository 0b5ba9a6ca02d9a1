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

    @Test
    void aNameIsCutIntoFoldedWordsOfAnyScript() {
        assertThat(SearchText.words("María José  GARCÍA-López | O'Brien Nguyễn 李")).containsExactly(
                "maria", "jose", "garcia", "lopez", "o", "brien", "nguyen", "李");
        assertThat(SearchText.words(" -- ")).isEmpty();
        assertThat(SearchText.words("x".repeat(80))).containsExactly("x".repeat(SearchText.MAX_TOKEN));
    }

    @Test
    void aPrefixBoundIsTheFirstTextAfterEveryWordStartingWithThePrefix() {
        assertThat(SearchText.prefixBound("quin")).isEqualTo("quio");
        assertThat(SearchText.prefixBound("quiz")).as("z carries, never steps to punctuation").isEqualTo("quj");
        assertThat(SearchText.prefixBound("a9")).isEqualTo("aa");
        assertThat(SearchText.prefixBound("zz")).as("nothing comes after every z word").isNull();
        for (String word : java.util.List.of("quinonez", "quin", "quinz", "quinzzz9")) {
            assertThat(word.compareTo("quin")).isGreaterThanOrEqualTo(0);
            assertThat(word.compareTo(SearchText.prefixBound("quin"))).isLessThan(0);
        }
        assertThat("quio".compareTo(SearchText.prefixBound("quin"))).isZero();
        assertThat("quizzz".compareTo(SearchText.prefixBound("quiz"))).isLessThan(0);
    }
}
