package org.amparo.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import org.amparo.shared.domain.DomainRuleViolation;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.domain.PlausibleDates;
import org.junit.jupiter.api.Test;

/**
 * A facility's 287(g) agreement and IGSA contract, and a jurisdiction's detainer policy, refuse what breaks their rules
 * naming the field as the reference forms call it, so that an entrance without the form's checks answers a 400 naming
 * it (the reference administration words the refusal), never a 500; nothing changes.
 */
class FacilityTest {

    private static final LocalDate SIGNED = LocalDate.of(2019, 7, 1);

    private final Facility jail = new Facility("Ejemplo County Jail (demo)", FacilityType.LOCAL_JAIL, "Ejemplo", "CA",
            ZoneId.of("America/Los_Angeles"), null);

    @Test
    void an287gAgreementEndsAfterItWasSignedInTheYears1900To2200() {
        jail.record287g(true, "Jail Enforcement Model", SIGNED, null);
        assertRefused(() -> jail.record287g(true, null, SIGNED, SIGNED.minusDays(1)), "ended287g", "amparo.validation.beforeSigned");
        assertRefused(() -> jail.record287g(true, null, LocalDate.parse("-999999999-01-01"), null), "signed287g", PlausibleDates.MESSAGE_KEY);
        assertRefused(() -> jail.record287g(true, null, SIGNED, LocalDate.parse("+999999999-12-31")), "ended287g", PlausibleDates.MESSAGE_KEY);
        assertThat(jail.getSigned287g()).as("what was recorded stays").isEqualTo(SIGNED);
        assertThat(jail.getEnded287g()).isNull();
        assertThat(jail.getModel287g()).isEqualTo("Jail Enforcement Model");
        jail.record287g(true, null, SIGNED, SIGNED);
        assertThat(jail.getEnded287g()).isEqualTo(SIGNED);
    }

    @Test
    void anIgsaContractHasBedsAPositiveRateAndAnEndInTheYears1900To2200() {
        jail.recordIgsa(true, 40, new BigDecimal("89.50"), LocalDate.of(2027, 9, 30), IgsaTerm.LONG_TERM);
        assertRefused(() -> jail.recordIgsa(true, 0, new BigDecimal("89.50"), null, null), "igsaBeds", "amparo.validation.positive");
        assertRefused(() -> jail.recordIgsa(true, -3, null, null, null), "igsaBeds", "amparo.validation.positive");
        assertRefused(() -> jail.recordIgsa(true, 40, BigDecimal.ZERO, null, null), "igsaRatePerDay", "amparo.validation.positive");
        assertRefused(() -> jail.recordIgsa(true, 40, new BigDecimal("-89.50"), null, null), "igsaRatePerDay", "amparo.validation.positive");
        assertRefused(() -> jail.recordIgsa(true, 40, null, LocalDate.of(2201, 1, 1), null), "igsaEnds", PlausibleDates.MESSAGE_KEY);
        assertThat(jail.getIgsaBeds()).as("what was recorded stays").isEqualTo(40);
        assertThat(jail.getIgsaRatePerDay()).isEqualByComparingTo("89.50");
        assertThat(jail.getIgsaEnds()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(new InputValidation().message("amparo.validation.positive")).isEqualTo("must be more than zero");
    }

    @Test
    void aDetainerPolicyIsGivenAndDatedInTheYears1900To2200() {
        Jurisdiction county = new Jurisdiction("Ejemplo County (demo)", JurisdictionLevel.COUNTY, "CA", DetainerPolicy.NONE);
        county.adoptPolicy(DetainerPolicy.LOCAL_NO_HOLDS, "No holds without a warrant", LocalDate.of(2014, 1, 1), null);
        assertRefused(() -> county.adoptPolicy(null, null, null, null), "detainerPolicy", "amparo.validation.required");
        assertRefused(() -> county.adoptPolicy(DetainerPolicy.NONE, null, LocalDate.of(1899, 12, 31), null), "policyDate",
                PlausibleDates.MESSAGE_KEY);
        assertThat(county.getDetainerPolicy()).as("the policy adopted stays").isEqualTo(DetainerPolicy.LOCAL_NO_HOLDS);
        assertThat(county.getPolicyDate()).isEqualTo(LocalDate.of(2014, 1, 1));
    }

    private static void assertRefused(Runnable change, String field, String key) {
        assertThatThrownBy(change::run).as(field).isInstanceOfSatisfying(DomainRuleViolation.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(key);
        });
    }
}
