package org.amparo.shared.domain;

/**
 * Keyed fingerprints of identifying values (blind indexes): what an aggregate stores beside an encrypted identifier so
 * that an exact search can still find it. The implementation and its key belong to the infrastructure.
 */
public interface Fingerprints {

    /** A-numbers, whole (nine digits). */
    String A_NUMBER = "a-number";
    /** The last four digits of an A-number or of a booking number. */
    String A_NUMBER_LAST4 = "a-number-last4";
    String BOOKING_NUMBER = "booking-number";
    String BOOKING_NUMBER_LAST4 = "booking-number-last4";
    String DATE_OF_BIRTH = "date-of-birth";

    /** The fingerprint of a normalised value for one purpose; null for null. */
    String of(String purpose, String value);

    /** The last four characters that are digits, or null when the value has fewer than four digits. */
    static String lastFourDigits(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("\\D", "");
        return digits.length() < 4 ? null : digits.substring(digits.length() - 4);
    }

    /** Booking numbers are matched without case and separators, as jails and callers write them differently. */
    static String normaliseBooking(String booking) {
        if (booking == null) {
            return null;
        }
        String n = booking.replaceAll("[\\s\\-./]", "").toUpperCase(java.util.Locale.ROOT);
        return n.isEmpty() ? null : n;
    }
}
