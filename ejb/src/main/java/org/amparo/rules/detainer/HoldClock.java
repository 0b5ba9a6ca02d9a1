package org.amparo.rules.detainer;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.amparo.rules.calendar.FederalHolidays;

/**
 * When a hold runs out (DOMAIN.md section 2): the form's hours (48) after the scheduled release; for the legacy
 * I-247, counting only hours that fall on weekdays that are not federal holidays.
 */
public final class HoldClock {

    private HoldClock() {
    }

    /**
     * The local date-time the hold expires, or null when the form asks no hold, is no detainer, or the release is
     * unknown.
     *
     * @param zone the facility's zone, so a hold across a daylight-saving change lasts 48 real hours; null to count
     *             on the wall clock (as the API does, which has no zone)
     */
    public static LocalDateTime expiry(DocumentForm form, LocalDateTime scheduledRelease, ZoneId zone) {
        if (!form.requestsHold() || scheduledRelease == null) {
            return null;
        }
        if (form.holdCountsBusinessHours()) {
            // US clocks change on Sunday mornings, which never count here: wall-clock hours are real hours.
            return addBusinessHours(scheduledRelease, form.holdHours());
        }
        if (zone == null) {
            return scheduledRelease.plusHours(form.holdHours());
        }
        return scheduledRelease.atZone(zone).plusHours(form.holdHours()).toLocalDateTime();
    }

    static LocalDateTime addBusinessHours(LocalDateTime start, int hours) {
        Duration remaining = Duration.ofHours(hours);
        LocalDateTime t = start;
        if (remaining.isZero()) {
            return t;
        }
        while (true) {
            LocalDateTime endOfDay = t.toLocalDate().plusDays(1).atStartOfDay();
            if (FederalHolidays.isBusinessDay(t.toLocalDate())) {
                Duration available = Duration.between(t, endOfDay);
                if (remaining.compareTo(available) <= 0) {
                    return t.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            t = endOfDay;
        }
    }
}
