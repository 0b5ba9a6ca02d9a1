package org.amparo.imports.application;

import java.io.Serializable;
import java.util.List;

/**
 * What a roster import found and did (or, in a preview, would do): data rows read, people (new, and matched to people
 * already on file), cases (new, and bookings already on file), charges and ICE holds added, bookings of cases that
 * teams the importer does not work have (left unchanged, per-case access: all of a person's whose every case is
 * another team's), and the rows' problems worded in the caller's language (the first thousand; {@code problemCount} counts them all).
 */
public record RosterReport(int rows, int newPeople, int matchedPeople, int newCases, int matchedCases, int newCharges,
                           int newHolds, int leftWithOtherTeams, int problemCount, List<ImportReport.Problem> problems,
                           boolean committed)
        implements Serializable {

    public int people() {
        return newPeople + matchedPeople;
    }
}
