package org.amparo.exports.domain;

import java.time.LocalDate;
import java.time.Period;

/** A date of birth as a de-identified export shows it: an age band on the day of the export. */
public final class AgeBand {

    private AgeBand() {
    }

    public static String of(LocalDate born, LocalDate on) {
        if (born == null || on == null || born.isAfter(on)) {
            return null;
        }
        int age = Period.between(born, on).getYears();
        if (age < 18) {
            return "<18";
        }
        if (age >= 65) {
            return "65+";
        }
        int[] starts = {18, 25, 35, 45, 55};
        int[] ends = {24, 34, 44, 54, 64};
        for (int i = 0; i < starts.length; i++) {
            if (age <= ends[i]) {
                return starts[i] + "-" + ends[i];
            }
        }
        return "65+";
    }
}
