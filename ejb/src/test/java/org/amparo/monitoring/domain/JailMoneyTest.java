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

    private static JailMoney facilityYear(int fiscalYear, Integer beds, String rate, String paid, String bedCost, Integer bedDays,
                                          String other, String scaap) {
        return new JailMoney(1L, 7L, fiscalYear, new JailMoney.Figures(dec(scaap), null, beds, dec(rate), dec(paid), dec(bedCost),
                bedDays, dec(other), null, null), NOW, "supervisor", Instant.now());
    }

    private static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void whatCollaborationBringsInIsSetAgainstWhatItCosts() {
        // 40 beds at $89.50 over fiscal year 2025 (365 days): $1,306,700 estimated; 18,250 bed-days at $142 and $60,000
        // of staff time: $2,651,500. Brought in with $100,000 of SCAAP: $1,406,700, 53.1% of the cost, $1,244,800 short.
        JailMoney y = facilityYear(2025, 40, "89.50", null, "142", 18_250, "60000", "100000");
        assertThat(y.getFacilityId()).isEqualTo(7L);
        assertThat(y.igsaMoney()).isEqualByComparingTo("1306700.00");
        assertThat(y.igsaEstimated()).isTrue();
        assertThat(y.broughtIn()).isEqualByComparingTo("1406700.00");
        assertThat(y.collaborationCost()).isEqualByComparingTo("2651500.00");
        assertThat(y.costCovered()).isEqualByComparingTo("53.1");
        assertThat(y.balance()).isEqualByComparingTo("-1244800.00");
        assertThat(y.scaapShare()).as("no budget given").isNull();
    }

    @Test
    void theMoneyIcePaidWinsOverTheEstimateAndALeapFiscalYearHas366Days() {
        JailMoney paid = facilityYear(2024, 40, "89.50", "1200000", null, null, null, null);
        assertThat(paid.igsaMoney()).as("as paid").isEqualByComparingTo("1200000");
        assertThat(paid.igsaEstimated()).isFalse();
        assertThat(paid.collaborationCost()).as("no cost known").isNull();
        assertThat(paid.costCovered()).isNull();
        assertThat(paid.balance()).isNull();
        // FY2024 runs from 1 October 2023 to 30 September 2024, with 29 February 2024.
        assertThat(facilityYear(2024, 10, "100", null, null, null, null, null).igsaMoney()).isEqualByComparingTo("366000.00");
        assertThat(facilityYear(2024, null, null, null, null, null, "5000", null).collaborationCost())
                .as("other costs alone").isEqualByComparingTo("5000");
        assertThat(facilityYear(2024, 10, null, null, null, null, null, null).igsaMoney()).as("beds without a rate").isNull();
    }

    @Test
    void impossibleCostsAndBedsAreRefusedNamingTheField() {
        refused("igsaBeds", "amparo.validation.wholeNumber", () -> facilityYear(2024, -1, null, null, null, null, null, null));
        refused("igsaBeds", "amparo.validation.wholeNumber", () -> facilityYear(2024, 100_001, null, null, null, null, null, null));
        refused("iceBedDays", "amparo.validation.wholeNumber", () -> facilityYear(2024, null, null, null, "100", -5, null, null));
        refused("costPerBedDay", "amparo.validation.budget", () -> facilityYear(2024, null, null, null, "0", 10, null, null));
        refused("igsaRate", "amparo.validation.dollars", () -> facilityYear(2024, 4, "100000", null, null, null, null, null));
        refused("otherCosts", "amparo.validation.dollars", () -> facilityYear(2024, null, null, null, null, null, "1.001", null));
        refused("scaapReceived", "amparo.validation.moneyFigure", () -> facilityYear(2024, null, null, null, null, null, null, null));
        assertThat(facilityYear(2024, 0, null, null, null, null, null, null).getIgsaBeds()).as("no beds is a figure").isZero();
    }

    @Test
    void theSameFiguresAreRecognisedWhateverTheirScale() {
        JailMoney y = facilityYear(2025, 40, "89.50", null, "142", 18_250, "60000", null);
        assertThat(y.holds(new JailMoney.Figures(null, null, 40, new BigDecimal("89.5"), null, new BigDecimal("142.000"), 18_250,
                new BigDecimal("60000.00"), " ", null))).isTrue();
        assertThat(y.holds(new JailMoney.Figures(null, null, 41, new BigDecimal("89.5"), null, new BigDecimal("142"), 18_250,
                new BigDecimal("60000"), null, null))).isFalse();
    }
}
