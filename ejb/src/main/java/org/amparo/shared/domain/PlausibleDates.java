package org.amparo.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;

/**
 * The span of the dates and date-times people enter about a case and a person: the years {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR}. Nobody on file was born before 1900 (a person's birth must be after it), and nothing about a
 * case is planned two centuries ahead; a date outside is a slip of the keyboard or a probe. Java reads years up to
 * ±999,999,999, which neither the database's timestamps hold (H2 kept +999999999 as year 169,104,628) nor the hold
 * clock's arithmetic survives (a hold's 48 hours after the last representable second), so the span is checked where
 * dates come in: the forms' {@link PlausibleDate}, the screening API, the roster import and ICE's 287(g) lists, the
 * custody and ICE request facts of a case, a campaign's meetings, promises, steps, asks and notes, a facility's and a
 * jurisdiction's agreements and policy themselves, and the periods people ask for ({@link InputValidation#requireYears}).
 */
public final class PlausibleDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    /** The refusal's message key: its words give both years. */
    public static final String MESSAGE_KEY = "amparo.validation.dateRange";

    private static final Instant FIRST_INSTANT = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_LAST_INSTANT = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private PlausibleDates() {
    }

    /** Whether the day falls in the span; none (null) is no date out of it. */
    public static boolean allows(LocalDate day) {
        return day == null || day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    /** Whether the date-time's day falls in the span; none (null) is no date out of it. */
    public static boolean allows(LocalDateTime at) {
        return at == null || allows(at.toLocalDate());
    }

    /** Whether the instant falls in the span, read in UTC; none (null) is no date out of it. */
    public static boolean allows(Instant at) {
        return at == null || !at.isBefore(FIRST_INSTANT) && at.isBefore(AFTER_LAST_INSTANT);
    }

    /** Any of the three; another kind of date is not one people enter here and is allowed. */
    public static boolean allows(TemporalAccessor value) {
        if (value instanceof LocalDate day) {
            return allows(day);
        }
        if (value instanceof LocalDateTime at) {
            return allows(at);
        }
        if (value instanceof Instant at) {
            return allows(at);
        }
        return true;
    }

    /** @throws DomainRuleViolation naming {@code field} when the day is out of the span */
    public static void check(String field, LocalDate day) {
        if (!allows(day)) {
            throw new DomainRuleViolation(field, MESSAGE_KEY);
        }
    }

    /** @throws DomainRuleViolation naming {@code field} when the date-time is out of the span */
    public static void check(String field, LocalDateTime at) {
        if (!allows(at)) {
            throw new DomainRuleViolation(field, MESSAGE_KEY);
        }
    }
}
