package org.amparo.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.shared.domain.DomainRuleViolation;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.Year;

/**
 * One fiscal year of a jurisdiction's jail money (the toolkit's "Follow the Money: Local Costs of Immigration
 * Enforcement"): for one of its facilities, or for its jails together when no facility is named (a county that reports
 * one budget). What collaboration brings in: SCAAP money received ("determine what portion of that overall budget comes
 * from SCAAP funding") and ICE's IGSA bed money (as paid, or estimated from the beds and the rate per bed per day); what
 * it costs: the days of jail beds spent on ICE's people (held on detainers, and ICE's own detainees) at the jail's own
 * cost of a bed per day, and other costs (staff time for ICE, settlements); and the jail's budget where known. Public
 * figures, with where they come from.
 * <p>
 * Rules: a fiscal year from 1990 (SCAAP began in 1994; budgets before it still compare) to next year; amounts in US
 * dollars with at most two decimals, none negative, a budget and a bed's cost per day above nought; SCAAP money is part
 * of the jail's money, so it never exceeds the budget of the same year; beds and bed-days whole numbers within reason;
 * at least one figure. The shares, the money brought in, the cost and the balance are computed, never typed. Every
 * change is a revision in {@code jail_money_aud}.
 */
@Entity
@Table(name = "jail_money")
@Audited
public class JailMoney {

    public static final int FIRST_YEAR = 1990;
    public static final int SOURCE_MAX = 300;
    public static final int NOTES_MAX = 2000;
    /** Dollars and cents, below a hundred trillion (both columns are numeric(16, 2)): no jail's budget comes near. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");
    /** A rate or cost per bed per day (numeric(8, 2)); the toolkit's IGSA rates run from 30 to 200 dollars. */
    static final BigDecimal MAX_PER_DAY = new BigDecimal("99999.99");
    /** More beds than any jail has. */
    static final int MAX_BEDS = 100_000;
    /** Every bed of the largest jail, every day of a year. */
    static final int MAX_BED_DAYS = MAX_BEDS * 366;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "jail_money_seq")
    @SequenceGenerator(name = "jail_money_seq", sequenceName = "jail_money_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "jurisdiction_id", nullable = false)
    private long jurisdictionId;

    /** The facility the figures are of; null: the jurisdiction's jails together. */
    @Column(name = "facility_id")
    private Long facilityId;

    /** The facility's id, or 0 for the jails together: what the database keeps unique per jurisdiction and year. */
    @Column(name = "scope_key", nullable = false)
    private long scopeKey;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(name = "scaap_received", precision = 16, scale = 2)
    private BigDecimal scaapReceived;

    @Column(name = "jail_budget", precision = 16, scale = 2)
    private BigDecimal jailBudget;

    @Column(name = "igsa_beds")
    private Integer igsaBeds;

    @Column(name = "igsa_rate", precision = 8, scale = 2)
    private BigDecimal igsaRate;

    @Column(name = "igsa_revenue", precision = 16, scale = 2)
    private BigDecimal igsaRevenue;

    @Column(name = "cost_per_bed_day", precision = 8, scale = 2)
    private BigDecimal costPerBedDay;

    @Column(name = "ice_bed_days")
    private Integer iceBedDays;

    @Column(name = "other_costs", precision = 16, scale = 2)
    private BigDecimal otherCosts;

    @Column(name = "source", length = SOURCE_MAX)
    private String source;

    @Column(name = "notes", length = NOTES_MAX)
    private String notes;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * The figures of one year, as a person gives them: what collaboration brings in (SCAAP; the IGSA's beds, rate per
     * bed per day and the money ICE paid), the jail's budget, and what collaboration costs (the jail's cost of a bed
     * per day, the bed-days spent on ICE's people, other costs).
     */
    public record Figures(BigDecimal scaapReceived, BigDecimal jailBudget, Integer igsaBeds, BigDecimal igsaRate,
                          BigDecimal igsaRevenue, BigDecimal costPerBedDay, Integer iceBedDays, BigDecimal otherCosts,
                          String source, String notes) {

        /** SCAAP and the budget only. */
        public Figures(BigDecimal scaapReceived, BigDecimal jailBudget, String source, String notes) {
            this(scaapReceived, jailBudget, null, null, null, null, null, null, source, notes);
        }
    }

    protected JailMoney() {
    }

    /**
     * The figures of a fiscal year of the jurisdiction.
     *
     * @param today the day it is recorded, for the latest year allowed
     */
    public JailMoney(long jurisdictionId, int fiscalYear, Figures figures, Year today, String by, Instant at) {
        this(jurisdictionId, null, fiscalYear, figures, today, by, at);
    }

    /**
     * The figures of a fiscal year of one of the jurisdiction's facilities ({@code facilityId}), or of its jails
     * together (null).
     *
     * @param today the day it is recorded, for the latest year allowed
     */
    public JailMoney(long jurisdictionId, Long facilityId, int fiscalYear, Figures figures, Year today, String by, Instant at) {
        checkYear(fiscalYear, today);
        this.jurisdictionId = jurisdictionId;
        this.facilityId = facilityId;
        this.scopeKey = facilityId == null ? 0 : facilityId;
        this.fiscalYear = fiscalYear;
        change(figures, by, at);
    }

    /** Replaces the year's figures. */
    public void change(Figures figures, String by, Instant at) {
        BigDecimal scaap = amount("scaapReceived", figures.scaapReceived(), false, MAX_AMOUNT);
        BigDecimal budget = amount("jailBudget", figures.jailBudget(), true, MAX_AMOUNT);
        Integer beds = count("igsaBeds", figures.igsaBeds(), MAX_BEDS);
        BigDecimal rate = amount("igsaRate", figures.igsaRate(), false, MAX_PER_DAY);
        BigDecimal revenue = amount("igsaRevenue", figures.igsaRevenue(), false, MAX_AMOUNT);
        BigDecimal bedCost = amount("costPerBedDay", figures.costPerBedDay(), true, MAX_PER_DAY);
        Integer bedDays = count("iceBedDays", figures.iceBedDays(), MAX_BED_DAYS);
        BigDecimal other = amount("otherCosts", figures.otherCosts(), false, MAX_AMOUNT);
        if (java.util.stream.Stream.of(scaap, budget, beds, rate, revenue, bedCost, bedDays, other).allMatch(java.util.Objects::isNull)) {
            throw new DomainRuleViolation("scaapReceived", "amparo.validation.moneyFigure");
        }
        if (scaap != null && budget != null && scaap.compareTo(budget) > 0) {
            throw new DomainRuleViolation("scaapReceived", "amparo.validation.scaapAboveBudget");
        }
        this.scaapReceived = scaap;
        this.jailBudget = budget;
        this.igsaBeds = beds;
        this.igsaRate = rate;
        this.igsaRevenue = revenue;
        this.costPerBedDay = bedCost;
        this.iceBedDays = bedDays;
        this.otherCosts = other;
        this.source = text(figures.source());
        this.notes = text(figures.notes());
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Whether these are the figures recorded (amounts compared as numbers, texts as given, blank as none). */
    public boolean holds(Figures f) {
        return same(scaapReceived, f.scaapReceived()) && same(jailBudget, f.jailBudget())
                && java.util.Objects.equals(igsaBeds, f.igsaBeds()) && same(igsaRate, f.igsaRate())
                && same(igsaRevenue, f.igsaRevenue()) && same(costPerBedDay, f.costPerBedDay())
                && java.util.Objects.equals(iceBedDays, f.iceBedDays()) && same(otherCosts, f.otherCosts())
                && java.util.Objects.equals(source, text(f.source())) && java.util.Objects.equals(notes, text(f.notes()));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * The share of the jail's budget that SCAAP paid, in percent with one decimal; null unless both figures are there.
     */
    public BigDecimal scaapShare() {
        if (scaapReceived == null || jailBudget == null) {
            return null;
        }
        return scaapReceived.multiply(BigDecimal.valueOf(100)).divide(jailBudget, 1, RoundingMode.HALF_UP);
    }

    /**
     * The IGSA bed money of the year: as ICE paid it when that is known, else estimated as the beds times the rate per
     * bed per day times the days of the fiscal year (ICE pays for the beds it rents, filled or not); null when neither.
     */
    public BigDecimal igsaMoney() {
        if (igsaRevenue != null) {
            return igsaRevenue;
        }
        if (igsaBeds == null || igsaRate == null) {
            return null;
        }
        return igsaRate.multiply(BigDecimal.valueOf((long) igsaBeds * daysOf(fiscalYear))).setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether {@link #igsaMoney} is an estimate from the beds and the rate rather than the money paid. */
    public boolean igsaEstimated() {
        return igsaRevenue == null && igsaMoney() != null;
    }

    /** What collaboration brought in: SCAAP and the IGSA bed money; null when neither is known. */
    public BigDecimal broughtIn() {
        return sum(scaapReceived, igsaMoney());
    }

    /**
     * What collaboration cost the jail: the bed-days spent on ICE's people at the jail's cost of a bed per day (when
     * both are known), and the other costs; null when neither is known.
     */
    public BigDecimal collaborationCost() {
        BigDecimal beds = iceBedDays == null || costPerBedDay == null ? null
                : costPerBedDay.multiply(BigDecimal.valueOf(iceBedDays));
        return sum(beds, otherCosts);
    }

    /** What collaboration brought in less what it cost (negative: it cost more); null unless both are known. */
    public BigDecimal balance() {
        BigDecimal in = broughtIn();
        BigDecimal cost = collaborationCost();
        return in == null || cost == null ? null : in.subtract(cost);
    }

    /**
     * What collaboration brought in as a share of what it cost, in percent with one decimal ("SCAAP and the IGSA cover
     * 43.0% of the cost"); null unless both are known and the cost is above nought.
     */
    public BigDecimal costCovered() {
        BigDecimal in = broughtIn();
        BigDecimal cost = collaborationCost();
        if (in == null || cost == null || cost.signum() == 0) {
            return null;
        }
        return in.multiply(BigDecimal.valueOf(100)).divide(cost, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    /** The days of federal fiscal year N: 1 October of N-1 to 30 September of N (366 when it holds a 29 February). */
    static long daysOf(int fiscalYear) {
        return java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(fiscalYear - 1, 10, 1),
                java.time.LocalDate.of(fiscalYear, 10, 1));
    }

    /**
     * Whether a fiscal year falls at least partly in a period (either end may be null: no bound). SCAAP is a federal
     * program, awarded by the federal fiscal year: fiscal year N runs from 1 October of N-1 to 30 September of N.
     */
    public static boolean fiscalYearMeets(int fiscalYear, java.time.LocalDate from, java.time.LocalDate to) {
        java.time.LocalDate first = java.time.LocalDate.of(fiscalYear - 1, 10, 1);
        java.time.LocalDate last = java.time.LocalDate.of(fiscalYear, 9, 30);
        return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
    }

    /** A fiscal year a person may record on this day: from {@link #FIRST_YEAR} to next year. */
    public static void checkYear(int fiscalYear, Year today) {
        if (fiscalYear < FIRST_YEAR || fiscalYear > today.getValue() + 1) {
            throw new DomainRuleViolation("fiscalYear", "amparo.validation.fiscalYear", String.valueOf(FIRST_YEAR),
                    String.valueOf(today.getValue() + 1));
        }
    }

    private static BigDecimal amount(String field, BigDecimal value, boolean aboveNought, BigDecimal max) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || (aboveNought && value.signum() == 0) || value.compareTo(max) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw new DomainRuleViolation(field, aboveNought ? "amparo.validation.budget" : "amparo.validation.dollars");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Integer count(String field, Integer value, int max) {
        if (value != null && (value < 0 || value > max)) {
            throw new DomainRuleViolation(field, "amparo.validation.wholeNumber", "0", String.valueOf(max));
        }
        return value;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public long getJurisdictionId() {
        return jurisdictionId;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public BigDecimal getScaapReceived() {
        return scaapReceived;
    }

    public BigDecimal getJailBudget() {
        return jailBudget;
    }

    public Integer getIgsaBeds() {
        return igsaBeds;
    }

    public BigDecimal getIgsaRate() {
        return igsaRate;
    }

    public BigDecimal getIgsaRevenue() {
        return igsaRevenue;
    }

    public BigDecimal getCostPerBedDay() {
        return costPerBedDay;
    }

    public Integer getIceBedDays() {
        return iceBedDays;
    }

    public BigDecimal getOtherCosts() {
        return otherCosts;
    }

    public String getSource() {
        return source;
    }

    public String getNotes() {
        return notes;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
