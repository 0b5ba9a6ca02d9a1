package org.amparo.rules.detainer;

import static org.amparo.rules.Facts.I_200;
import static org.amparo.rules.Facts.I_247;
import static org.amparo.rules.Facts.I_247A;
import static org.amparo.rules.Facts.I_247D;
import static org.amparo.rules.Facts.I_247N;
import static org.amparo.rules.Facts.I_247X;
import static org.amparo.rules.Facts.NTA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md section 2, "Hold expiry": scheduled release + 48 hours; the legacy I-247 counts business hours only. */
class HoldClockTest {

    private static final Map<String, DocumentForm> FORMS = Map.of("I_247", I_247, "I_247D", I_247D, "I_247N", I_247N,
            "I_247X", I_247X, "I_247A", I_247A, "I_200", I_200, "NTA", NTA);

    @ParameterizedTest(name = "{0} released {1}: expires {2} ({3})")
    @CsvSource(nullValues = "none", value = {
            "I_247D, 2015-05-22T17:00, 2015-05-24T17:00, a hold request runs 48 hours past release, weekend included",
            "I_247A, 2026-11-27T09:30, 2026-11-29T09:30, today's form runs 48 hours past release",
            "I_247X, 2015-12-24T08:00, 2015-12-26T08:00, the catch-all form holds too, holidays included",
            "I_247N, 2015-05-22T17:00, none, a notification request asks no hold",
            "I_200, 2015-05-22T17:00, none, an arrest warrant is not a detainer and has no hold clock",
            "NTA, 2015-05-22T17:00, none, a notice to appear is not a detainer",
            "I_247, 2015-05-20T17:00, 2015-05-22T17:00, legacy I-247 released Wednesday: two full business days",
            "I_247, 2015-07-02T17:00, 2015-07-07T17:00, legacy I-247 released Thursday: Independence Day observed Friday 3 July 2015 does not count",
            "I_247, 2015-05-16T10:00, 2015-05-20T00:00, legacy I-247 released Saturday: counting starts Monday 00:00",
            "I_247, 2021-12-29T12:00, 2022-01-03T12:00, legacy I-247 across New Year 2022 observed on Friday 31 December",
            "I_247, 2015-05-21T00:00, 2015-05-23T00:00, legacy I-247 ending exactly at midnight ends at the end of Friday",
    })
    void expiryByForm(String form, LocalDateTime release, LocalDateTime expected, String why) {
        assertThat(HoldClock.expiry(FORMS.get(form), release, null)).as(why).isEqualTo(expected);
    }

    @Test
    void legacyHoldReleasedFridayBeforeMemorialDayCountsFridayEveningTuesdayAndWednesday() {
        // Friday 22 May 2015 17:00 -> 7 h; Sat, Sun, Memorial Day Monday skipped; Tuesday 24 h (31); Wednesday 17 h.
        assertThat(HoldClock.expiry(I_247, LocalDateTime.parse("2015-05-22T17:00"), null))
                .isEqualTo(LocalDateTime.parse("2015-05-27T17:00"));
    }

    @Test
    void unknownReleaseHasNoExpiry() {
        assertThat(HoldClock.expiry(I_247D, null, null)).isNull();
    }

    @Test
    void inTheFacilitysZoneAHoldAcrossTheSpringClockChangeLastsFortyEightRealHours() {
        // Clocks in Chicago go forward at 2:00 on Sunday 8 March 2026: 48 real hours end at 13:00 local on Monday.
        LocalDateTime release = LocalDateTime.parse("2026-03-07T12:00");
        assertThat(HoldClock.expiry(I_247D, release, ZoneId.of("America/Chicago")))
                .isEqualTo(LocalDateTime.parse("2026-03-09T13:00"));
        assertThat(HoldClock.expiry(I_247D, release, null)).isEqualTo(LocalDateTime.parse("2026-03-09T12:00"));
    }
}
