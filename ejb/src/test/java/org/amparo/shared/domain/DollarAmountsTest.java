package org.amparo.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.amparo.cases.domain.BailStatus;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Person;
import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.FacilityType;
import org.junit.jupiter.api.Test;

/**
 * Dollar amounts people type fit the column that keeps them, in whole cents, or are refused naming the field: a bail
 * of 1e30 was a 500 (the database's numeric(12, 2) refused it) and a bail of 0.000000001 was kept as 0.00 without a
 * word; an IGSA rate (numeric(8, 2)) the same.
 */
class DollarAmountsTest {

    private final Facility facility = new Facility("Ejemplo County Jail (demo)", FacilityType.LOCAL_JAIL, "Ejemplo", "CA",
            ZoneId.of("America/Los_Angeles"), null);

    private DetentionCase aCase() {
        return new DetentionCase(new Person("Ejemplo", "Inés", LocalDate.of(1990, 5, 1), null), facility, "caseworker",
                Instant.parse("2026-11-20T16:00:00Z"));
    }

    @Test
    void aBailTheColumnCannotHoldOrWithAFractionOfACentIsRefusedNamingIt() {
        DetentionCase c = aCase();
        c.recordCustodyDetails(BailStatus.SET, new BigDecimal("2500"), null, null);
        for (String refused : new String[]{"1e30", "10000000000", "9999999999.999", "0.000000001", "12.345"}) {
            assertThatThrownBy(() -> c.recordCustodyDetails(BailStatus.SET, new BigDecimal(refused), null, null)).as(refused)
                    .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                        assertThat(violation.field()).isEqualTo("bailAmount");
                        assertThat(violation.messageKey()).isEqualTo("amparo.validation.dollarsUpTo");
                    });
        }
        assertThat(c.getBailAmount()).as("the bail recorded before stays").isEqualByComparingTo("2500");
        c.recordCustodyDetails(BailStatus.SET, new BigDecimal("9999999999.99"), null, null);
        assertThat(c.getBailAmount()).isEqualByComparingTo("9999999999.99");
        c.recordCustodyDetails(BailStatus.SET, new BigDecimal("0.50000"), null, null);
        assertThat(c.getBailAmount()).as("trailing zeros are no fraction of a cent").isEqualTo(new BigDecimal("0.50"));
    }

    @Test
    void anIgsaRateTheColumnCannotHoldIsRefusedNamingIt() {
        for (String refused : new String[]{"1e30", "100000", "89.505"}) {
            assertThatThrownBy(() -> facility.recordIgsa(true, 40, new BigDecimal(refused), null, null)).as(refused)
                    .isInstanceOfSatisfying(DomainRuleViolation.class,
                            violation -> assertThat(violation.field()).isEqualTo("igsaRatePerDay"));
        }
        facility.recordIgsa(true, 40, new BigDecimal("89.5"), null, null);
        assertThat(facility.getIgsaRatePerDay()).isEqualTo(new BigDecimal("89.50"));
    }

    @Test
    void theRefusalSaysTheLargestAmount() {
        assertThatThrownBy(() -> DollarAmounts.check("bailAmount", new BigDecimal("1e30"), DollarAmounts.BAIL_MAX))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refused -> assertThat(
                        new InputValidation().message(refused.messageKey(), refused.args()))
                        .isEqualTo("must be an amount in dollars from 0 to 9,999,999,999.99, with at most two decimals"));
    }
}
