package org.amparo.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An amount of US dollars a person types (a bail, a rate per bed per day): nought or more, in whole cents, and no more
 * than its column holds. Above the column the database refuses the save (a 500); below a cent the database rounds it
 * away without a word (a bail of 0.000000001 kept as 0.00). Both are refused here, naming the field.
 */
public final class DollarAmounts {

    /** A bail (numeric(12, 2)): ten digits of dollars. */
    public static final BigDecimal BAIL_MAX = new BigDecimal("9999999999.99");

    /**
     * A rate or a cost per bed per day (numeric(8, 2)); as {@code JailMoney}'s: ICE's IGSA rates run from 30 to 200
     * dollars.
     */
    public static final BigDecimal PER_DAY_MAX = new BigDecimal("99999.99");

    private DollarAmounts() {
    }

    /**
     * The amount as it is kept (two decimals), or null for none.
     *
     * @throws DomainRuleViolation naming {@code field} when it is below nought, above {@code max} or has a fraction of
     *                             a cent
     */
    public static BigDecimal check(String field, BigDecimal amount, BigDecimal max) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0 || amount.compareTo(max) > 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new DomainRuleViolation(field, "amparo.validation.dollarsUpTo", String.format(Locale.US, "%,.2f", max));
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
