package org.amparo.web;

import org.amparo.cases.domain.BailStatus;
import org.amparo.people.domain.Education;
import org.amparo.people.domain.ImmigrationStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnumLabelsTest {

    private final EnumLabels labels = new EnumLabels();

    @Test
    void aDropDownWhoseChoicesHaveAnUnknownOfTheirOwnIsToldSoItsEmptyChoiceIsNotASecondUnknown() {
        assertThat(labels.hasUnknown(ImmigrationStatus.values())).isTrue();
        assertThat(labels.hasUnknown(List.of(BailStatus.values()))).isTrue();
        assertThat(labels.hasUnknown(Education.values())).isFalse();
        assertThat(labels.hasUnknown(null)).isFalse();
    }
}
