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
 * What a jurisdiction's jail got from SCAAP in one fiscal year, against the jail's budget that year (the toolkit's
 * "Follow the Money": "research what the overall jail budget is in your locality and then determine what portion of
 * that overall budget comes from SCAAP funding"). Public figures, with where they come from.
 * <p>
 * Rules: a fiscal year from 1990 (SCAAP began in 1994; budgets before it still compare) to next year; amounts in US
 * dollars, none negative, a budget above nought; SCAAP money is part of the jail's money, so it never exceeds the
 * budget of the same year; at least one of the two figures. The share is computed, never typed. Every change is a
 * revision in {@code jail_money_aud}.
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

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "jail_money_seq")
    @SequenceGenerator(name = "jail_money_seq", sequenceName = "jail_money_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "jurisdiction_id", nullable = false)
    private long jurisdictionId;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(name = "scaap_received", precision = 16, scale = 2)
    private BigDecimal scaapReceived;

    @Column(name = "jail_budget", precision = 16, scale = 2)
    private BigDecimal jailBudget;

    @Column(name = "source", length = SOURCE_MAX)
    private String source;

    @Column(name = "notes", length = NOTES_MAX)
    private String notes;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The figures of one year, as a person gives them. */
    public record Figures(BigDecimal scaapReceived, BigDecimal jailBudget, String source, String notes) {
    }

    protected JailMoney() {
    }

    /**
     * The figures of a fiscal year of the jurisdiction.
     *
     * @param today the day it is recorded, for the latest year allowed
     */
    public JailMoney(long jurisdictionId, int fiscalYear, Figures figures, Year today, String by, Instant at) {
        checkYear(fiscalYear, today);
        this.jurisdictionId = jurisdictionId;
        this.fiscalYear = fiscalYear;
        change(figures, by, at);
    }

    /** Replaces the year's figures. */
    public void change(Figures figures, String by, Instant at) {
        BigDecimal scaap = amount("scaapReceived", figures.scaapReceived(), false);
        BigDecimal budget = amount("jailBudget", figures.jailBudget(), true);
        if (scaap == null && budget == null) {
            throw new DomainRuleViolation("scaapReceived", "amparo.validation.moneyFigure");
        }
        if (scaap != null && budget != null && scaap.compareTo(budget) > 0) {
            throw new DomainRuleViolation("scaapReceived", "amparo.validation.scaapAboveBudget");
        }
        this.scaapReceived = scaap;
        this.jailBudget = budget;
        this.source = text(figures.source());
        this.notes = text(figures.notes());
        this.updatedBy = by;
        this.updatedAt = at;
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

    private static BigDecimal amount(String field, BigDecimal value, boolean aboveNought) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || (aboveNought && value.signum() == 0) || value.compareTo(MAX_AMOUNT) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw new DomainRuleViolation(field, aboveNought ? "amparo.validation.budget" : "amparo.validation.dollars");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
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

    public int getFiscalYear() {
        return fiscalYear;
    }

    public BigDecimal getScaapReceived() {
        return scaapReceived;
    }

    public BigDecimal getJailBudget() {
        return jailBudget;
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
