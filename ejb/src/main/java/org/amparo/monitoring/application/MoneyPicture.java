package org.amparo.monitoring.application;

import org.amparo.monitoring.domain.JailMoney;
import org.amparo.reference.domain.IgsaTerm;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Follow the money in one jurisdiction: per fiscal year, for each facility or for its jails together, what
 * collaboration with ICE brought in (SCAAP, the IGSA bed money) against what it cost (bed-days spent on ICE's people at
 * the jail's cost per bed per day, other costs) and against the jail's budget, with the shares and the balance
 * computed; and the IGSA contracts on file, estimated from each contract's beds and rate per bed per day over a year.
 *
 * @param igsaPerYear the sum of the current contracts' estimates, null when none has both its beds and its rate
 */
public record MoneyPicture(long jurisdictionId, List<Year> years, List<Igsa> igsa, BigDecimal igsaPerYear,
                           List<FacilityChoice> facilities)
        implements Serializable {

    /**
     * One fiscal year's figures, of a facility ({@code facilityId} and its name) or of the jails together (both null).
     * Computed: {@code scaapShare} of the budget and {@code costCovered} (what was brought in as a share of the cost),
     * in percent; {@code igsaMoney} (paid, or {@code igsaEstimated} from beds and rate); {@code broughtIn},
     * {@code cost} and {@code balance} (brought in less cost). Each is null unless its figures are known.
     */
    public record Year(int fiscalYear, int version, Long facilityId, String facility, BigDecimal scaapReceived,
                       BigDecimal jailBudget, BigDecimal scaapShare, Integer igsaBeds, BigDecimal igsaRate,
                       BigDecimal igsaRevenue, BigDecimal igsaMoney, boolean igsaEstimated, BigDecimal costPerBedDay,
                       Integer iceBedDays, BigDecimal otherCosts, BigDecimal broughtIn, BigDecimal cost, BigDecimal balance,
                       BigDecimal costCovered, String source, String notes) implements Serializable {

        static Year of(JailMoney m, String facility) {
            return new Year(m.getFiscalYear(), m.getVersion(), m.getFacilityId(), facility, m.getScaapReceived(),
                    m.getJailBudget(), m.scaapShare(), m.getIgsaBeds(), m.getIgsaRate(), m.getIgsaRevenue(), m.igsaMoney(),
                    m.igsaEstimated(), m.getCostPerBedDay(), m.getIceBedDays(), m.getOtherCosts(), m.broughtIn(),
                    m.collaborationCost(), m.balance(), m.costCovered(), m.getSource(), m.getNotes());
        }
    }

    /** A facility of the jurisdiction whose figures may be recorded. */
    public record FacilityChoice(long id, String name) implements Serializable {
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
