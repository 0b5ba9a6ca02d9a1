package org.amparo.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Date-times as pages show them: local ones as the facility's clock reads, instants in UTC or the server's configured
 * zone, always saying which.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    /** A day as the page's language writes it, as its date fields ask for one (TypedDates): 11/30/2026, 30/11/2026. */
    private static DateTimeFormatter days(java.util.Locale locale) {
        return org.amparo.shared.domain.Labels.day(locale);
    }

    private static DateTimeFormatter minutes(java.util.Locale locale) {
        return org.amparo.shared.domain.Labels.minutes(locale);
    }

    private static DateTimeFormatter withZone(java.util.Locale locale) {
        return org.amparo.shared.domain.Labels.minutesWithZone(locale);
    }

    /** Yes, no, or unknown (nothing recorded), in the reader's language. */
    public String answer(Boolean value) {
        return Messages.text(value == null ? "answer.unknown" : value ? "answer.yes" : "answer.no");
    }

    /**
     * Who did something, as a page names them: a user's name as it is, and the work Amparo does by itself (timers, the
     * nightly jobs, the engine; recorded as {@code system}) in words.
     */
    public String who(String actor) {
        return org.amparo.security.domain.Roles.SYSTEM.equals(actor) ? Messages.text("actor.system") : actor == null ? "" : actor;
    }

    /**
     * A phone number as a {@code tel:} link a phone can dial (RFC 3966): its digits, a leading plus, and an extension
     * ("(505) 555-0100 ext. 4" is {@code tel:5055550100;ext=4}).
     */
    public String tel(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String[] parts = phone.split("(?i)\\s*(ext\\.?|x|#)\\s*", 2);
        String number = (parts[0].strip().startsWith("+") ? "+" : "") + parts[0].replaceAll("[^0-9]", "");
        String ext = parts.length > 1 ? parts[1].replaceAll("[^0-9]", "") : "";
        return "tel:" + number + (ext.isEmpty() ? "" : ";ext=" + ext);
    }

    /**
     * A day as the reader's language writes it, the way its date fields ask for one (11/30/2026 in English, 30/11/2026
     * in Spanish): a page does not show 2026-11-30 beside a field that asks for DD/MM/AAAA. Empty when not known.
     */
    public String day(Object day) {
        return dayIn(day, locale());
    }

    static String dayIn(Object day, java.util.Locale locale) {
        return day == null ? "" : day instanceof java.time.LocalDate d ? days(locale).format(d) : day.toString();
    }

    /** A day in words in the reader's language ("Nov 2, 2026", "2 nov 2026"): no clock, so no zone to name. */
    public String date(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    /** US dollars in the reader's language ("$1,400,000.00", "1.400.000,00 US$"); empty when not known. */
    public String dollars(java.math.BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(java.util.Currency.getInstance("USD"));
        return format.format(amount);
    }

    /** A whole number as the reader writes one ("18,250", "18.250"); empty when not known. */
    public String count(Number value) {
        return value == null ? "" : java.text.NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A percentage with one decimal in the reader's language ("2.5%", "2,5 %"). */
    public String percent(java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getPercentInstance(locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value.movePointLeft(2));
    }

    public String utc(Instant at) {
        return at == null ? "" : minutes(locale()).format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)) + " UTC";
    }

    /** An instant in the server's configured zone, with the zone's short name: "11/30/2026 18:00 CST". */
    public String zoned(Instant at) {
        return at == null ? "" : withZone(locale()).format(at.atZone(org.amparo.platform.ServerZone.get()));
    }

    /**
     * A hold's expiry on the facility's clock, naming the zone ("11/30/2026 18:00 PST, America/Los_Angeles"), or, for a
     * case without a facility, on the server's configured clock, saying so.
     */
    public String hold(Instant at, String facilityZone) {
        if (at == null) {
            return "";
        }
        java.time.ZoneId zone = facilityZone == null ? org.amparo.platform.ServerZone.get() : java.time.ZoneId.of(facilityZone);
        String time = withZone(locale()).format(at.atZone(zone));
        return facilityZone == null ? Messages.text("time.serverZone", time, zone.getId())
                : Messages.text("time.facilityZone", time, zone.getId());
    }

    private static java.util.Locale locale() {
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? java.util.Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    /** How the page's language writes a date, as the calendar shows a picked one (TypedDates reads more forms). */
    public String getTypedDatePattern() {
        return TypedDates.pattern(locale());
    }

    public String getTypedDateTimePattern() {
        return TypedDates.pattern(locale()) + " HH:mm";
    }

    /** A date-time on a local clock (a court date, the facility's), as the reader's language writes it. */
    public String local(LocalDateTime at) {
        return at == null ? "" : minutes(locale()).format(at);
    }
}
