package org.amparo.hotline.application;

import java.time.LocalDate;
import java.util.List;

/**
 * How many calls came in, by day of the period and by hour of the day (0 to 23), in the organisation's time zone:
 * when the line needs more volunteers.
 */
public record CallVolumes(LocalDate from, LocalDate to, String zone, long total, List<DayCount> byDay, List<Long> byHour) implements java.io.Serializable {

    public record DayCount(LocalDate day, long calls) implements java.io.Serializable {
    }
}
