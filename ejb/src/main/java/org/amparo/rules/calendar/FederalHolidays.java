package org.amparo.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The US federal holidays of any year, computed by the rules of 5 U.S.C. 6103 rather than kept as a list: fixed
 * dates with their observed weekday, and the Monday holidays of the Uniform Monday Holiday Act (in force since
 * 1971). Martin Luther King Jr. Day counts from 1986 and Juneteenth from 2021. Inauguration Day is left out: it is a
 * holiday only around Washington, D.C.
 */
public final class FederalHolidays {

    private FederalHolidays() {
    }

    /** The holidays of a year, in date order. */
    public static List<FederalHoliday> of(int year) {
        List<FederalHoliday> holidays = new ArrayList<>();
        holidays.add(fixed("New Year's Day", LocalDate.of(year, Month.JANUARY, 1)));
        if (year >= 1986) {
            holidays.add(floating("Birthday of Martin Luther King, Jr.", nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3)));
        }
        holidays.add(floating("Washington's Birthday", nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3)));
        holidays.add(floating("Memorial Day",
                LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))));
        if (year >= 2021) {
            holidays.add(fixed("Juneteenth National Independence Day", LocalDate.of(year, Month.JUNE, 19)));
        }
        holidays.add(fixed("Independence Day", LocalDate.of(year, Month.JULY, 4)));
        holidays.add(floating("Labor Day", nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1)));
        holidays.add(floating("Columbus Day", nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2)));
        if (year >= 1971 && year <= 1977) {
            holidays.add(floating("Veterans Day", nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 4)));
        } else {
            holidays.add(fixed("Veterans Day", LocalDate.of(year, Month.NOVEMBER, 11)));
        }
        holidays.add(floating("Thanksgiving Day", nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4)));
        holidays.add(fixed("Christmas Day", LocalDate.of(year, Month.DECEMBER, 25)));
        return List.copyOf(holidays);
    }

    /** True when federal offices are closed that day for a holiday (its observed date). */
    public static boolean isObservedHoliday(LocalDate day) {
        // New Year's Day of the next year may be observed on 31 December.
        for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
            for (FederalHoliday holiday : of(year)) {
                if (holiday.observed().equals(day)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A weekday that is not an observed federal holiday. */
    public static boolean isBusinessDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isObservedHoliday(day);
    }

    private static FederalHoliday fixed(String name, LocalDate date) {
        LocalDate observed = switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
        return new FederalHoliday(name, date, observed);
    }

    private static FederalHoliday floating(String name, LocalDate date) {
        return new FederalHoliday(name, date, date);
    }

    private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }
}
