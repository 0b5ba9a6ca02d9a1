package org.amparo.web;

import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's field errors land on the page's inputs, in their order, with their messages as they were. */
class SectionChangeTest {

    @Test
    void eachErrorGoesToItsInputAndAFieldWithoutOneKeepsItsName() {
        InvalidInputException invalid = new InvalidInputException(List.of(new FieldError("name", "required"),
                new FieldError("version", "stale"), new FieldError("wording", "too long")));

        InvalidInputException onInputs = SectionChange.onInputs(invalid, Map.of("name", "allyName", "wording", "askWording"));

        assertThat(onInputs.errors()).containsExactly(new FieldError("allyName", "required"),
                new FieldError("version", "stale"), new FieldError("askWording", "too long"));
    }
}
