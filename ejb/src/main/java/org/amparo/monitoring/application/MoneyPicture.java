package org.amparo.monitoring.application;

import org.amparo.monitoring.domain.JailMoney;
import org.amparo.reference.domain.IgsaTerm;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Follow the money in one jurisdiction: the SCAAP money its jail got each year against the jail's budget, with the
 * share computed; and what ICE pays its facilities to rent beds (IGSA), estimated from each contract's beds and rate
 * per bed per day over a year.
 *
 * @param igsaPerYear the sum of the current contracts' estimates, null when none has both its beds and its rate
 */
public record MoneyPicture(long jurisdictionId, List<Year> years, List<Igsa> igsa, BigDecimal igsaPerYear)
        implements Serializable {

    /** One fiscal year's figures; {@code scaapShare} in percent, null unless both figures are known. */
    public record Year(int fiscalYear, int version, BigDecimal scaapReceived, BigDecimal jailBudget, BigDecimal scaapShare,
                       String source, String notes) implements Serializable {

        static Year of(JailMoney m) {
            return new Year(m.getFiscalYear(), m.getVersion(), m.getScaapReceived(), m.getJailBudget(), m.scaapShare(),
                    m.getSource(), m.getNotes());
        }
    }

    /**
     * A facility of the jurisdiction with an IGSA contract; {@code perYear} = beds x rate x 365, null unless both are
     * known (an estimate: ICE pays for the beds it guarantees, whether or not they are filled). {@code current}: the
     * contract has not ended (no end day known, or one not yet past); an ended one is listed but not in the total.
     */
    public record Igsa(long facilityId, String facility, Integer beds, BigDecimal ratePerDay, BigDecimal perYear,
                       LocalDate ends, IgsaTerm term, boolean current) implements Serializable {
    }
}
