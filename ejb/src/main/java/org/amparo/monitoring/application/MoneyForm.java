package org.amparo.monitoring.application;

import jakarta.validation.constraints.Size;
import org.amparo.monitoring.domain.JailMoney;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a person sends about a jurisdiction's jail money in one fiscal year (the year, and the facility when the figures
 * are one facility's, are in the address). {@code version} is the one they read when they edit a year already recorded
 * (null: they saw none, or overwrite on purpose).
 */
public record MoneyForm(
        Integer version,
        BigDecimal scaapReceived,
        BigDecimal jailBudget,
        Integer igsaBeds,
        BigDecimal igsaRate,
        BigDecimal igsaRevenue,
        BigDecimal costPerBedDay,
        Integer iceBedDays,
        BigDecimal otherCosts,
        @Size(max = JailMoney.SOURCE_MAX, message = "{amparo.validation.size}") String source,
        @Size(max = JailMoney.NOTES_MAX, message = "{amparo.validation.size}") String notes) implements Serializable {

    JailMoney.Figures figures() {
        return new JailMoney.Figures(scaapReceived, jailBudget, igsaBeds, igsaRate, igsaRevenue, costPerBedDay, iceBedDays,
                otherCosts, source, notes);
    }
}
