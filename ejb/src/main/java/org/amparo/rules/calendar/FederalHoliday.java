package org.amparo.rules.calendar;

import java.time.LocalDate;

/**
 * One legal public holiday of 5 U.S.C. 6103 in one year.
 *
 * @param date     the holiday itself
 * @param observed the weekday federal offices close for it: a Saturday holiday is observed the Friday before, a
 *                 Sunday holiday the Monday after (Executive Order 11582); so New Year's Day can be observed on
 *                 31 December of the year before
 */
public record FederalHoliday(String name, LocalDate date, LocalDate observed) {
}
