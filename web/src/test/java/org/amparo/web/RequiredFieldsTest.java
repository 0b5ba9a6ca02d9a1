package org.amparo.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Required markers follow the commands' own constraints (issue 21), so a marker never disagrees with a save. */
class RequiredFieldsTest {

    @Test
    void theMarkerFollowsTheCommandBehindTheForm() {
        assertThat(RequiredFields.requires("custody", "facilityId")).isTrue();
        assertThat(RequiredFields.requires("custody", "bookingNumber")).isFalse();
        assertThat(RequiredFields.requires("iceForm", "issuedAt")).isTrue();
        assertThat(RequiredFields.requires("chargeForm", "level")).isTrue();
        assertThat(RequiredFields.requires("person", "familyName")).isTrue();
        assertThat(RequiredFields.requires("jurisdictionForm", "stateCode")).isTrue();
        assertThat(RequiredFields.requires("facilityForm", "timeZone")).isTrue();
        assertThat(RequiredFields.requires("facilityForm", "city")).isFalse();
        assertThat(RequiredFields.requires("intake", "facilityId")).isTrue();
        assertThat(RequiredFields.requires("reportForm", "jurisdictionId")).isTrue();
        assertThat(RequiredFields.requires("unknownForm", "name")).isFalse();
    }

    @Test
    void everyFormNamesARealCommand() {
        RequiredFields.COMMANDS.values().forEach(command -> assertThat(command.isRecord()).as(command.getName()).isTrue());
    }
}
