package org.amparo.monitoring.domain;

import org.amparo.reference.domain.Facility;
import org.amparo.reference.domain.FacilityType;
import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Follow the money: the share of the jail's budget SCAAP pays is computed, and impossible figures are refused by field. */
class JailMoneyTest {

    private static final Year NOW = Year.of(2026);

    private static JailMoney year(int fiscalYear, String scaap, String budget) {
        return new JailMoney(1L, fiscalYear, new JailMoney.Figures(scaap == null ? null : new BigDecimal(scaap),
                budget == null ? null : new BigDecimal(budget), " BJA SCAAP awards ", " "), NOW, "supervisor", Instant.now());
    }

    private static void refused(String field, String key, Runnable attempt) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void theShareOfTheBudgetIsComputedToOneDecimal() {
        // The toolkit's example: Cook County received $1.4 million in 2014.
        JailMoney cook = year(2014, "1400000", "56000000");
        assertThat(cook.scaapShare()).isEqualByComparingTo("2.5");
        assertThat(year(2024, "412000", "38500000").scaapShare()).isEqualByComparingTo("1.1");
        assertThat(year(2024, "412000", null).scaapShare()).as("no budget, no share").isNull();
        assertThat(cook.getSource()).isEqualTo("BJA SCAAP awards");
        assertThat(cook.getNotes()).as("blank is nothing").isNull();
    }

    @Test
    void impossibleFiguresAreRefusedNamingTheField() {
        refused("scaapReceived", "amparo.validation.moneyFigure", () -> year(2024, null, null));
        refused("scaapReceived", "amparo.validation.scaapAboveBudget", () -> year(2024, "2000", "1000"));
        refused("scaapReceived", "amparo.validation.dollars", () -> year(2024, "-1", "1000"));
        refused("scaapReceived", "amparo.validation.dollars", () -> year(2024, "10.005", "1000"));
        refused("jailBudget", "amparo.validation.budget", () -> year(2024, "0", "0"));
        refused("fiscalYear", "amparo.validation.fiscalYear", () -> year(1989, "1", "10"));
        refused("fiscalYear", "amparo.validation.fiscalYear", () -> year(2028, "1", "10"));
        assertThat(year(2027, "0", "10").getScaapReceived()).as("next year's budget may be known already").isEqualByComparingTo("0");
        assertThat(year(2024, "99999999999999.99", null).getScaapReceived()).as("the largest amount the columns hold")
                .isEqualByComparingTo("99999999999999.99");
        refused("scaapReceived", "amparo.validation.dollars", () -> year(2024, "100000000000000", null));
    }

    @Test
    void anIgsaContractIsEstimatedAsBedsTimesTheRateOverAYear() {
        Facility jail = new Facility("Ejemplo County Jail", FacilityType.LOCAL_JAIL, "Ejemplo", "CA", ZoneId.of("America/Los_Angeles"), null);
        assertThat(jail.igsaPerYear()).as("no contract known").isNull();
        jail.recordIgsa(true, 40, new BigDecimal("89.50"), LocalDate.of(2027, 9, 30), null);
        assertThat(jail.igsaPerYear()).isEqualByComparingTo("1306700.00");
        jail.recordIgsa(true, null, new BigDecimal("89.50"), null, null);
        assertThat(jail.igsaPerYear()).as("beds unknown").isNull();
        jail.recordIgsa(false, 40, new BigDecimal("89.50"), null, null);
        assertThat(jail.igsaPerYear()).as("no contract").isNull();
    }

    @Test
    void aReportPeriodTakesTheFederalFiscalYearsItTouches() {
        java.time.LocalDate oct2013 = java.time.LocalDate.of(2013, 10, 1);
        assertThat(JailMoney.fiscalYearMeets(2014, oct2013, oct2013)).as("FY2014 starts on 1 October 2013").isTrue();
        assertThat(JailMoney.fiscalYearMeets(2013, oct2013, null)).as("FY2013 ended on 30 September 2013").isFalse();
        assertThat(JailMoney.fiscalYearMeets(2014, null, java.time.LocalDate.of(2013, 9, 30))).isFalse();
        assertThat(JailMoney.fiscalYearMeets(2014, java.time.LocalDate.of(2014, 9, 30), null)).isTrue();
        assertThat(JailMoney.fiscalYearMeets(1995, null, null)).as("all time").isTrue();
    }
}
