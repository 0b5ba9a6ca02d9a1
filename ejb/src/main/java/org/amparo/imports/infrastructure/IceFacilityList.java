package org.amparo.imports.infrastructure;

import org.amparo.reference.domain.UsStates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "Facilities" sheet of ICE's Detention Statistics workbook: title rows first, then a header starting with
 * "Name". One row per facility with a population that year: name, address, AOR, the detailed contract type, the
 * average daily population (the sum of the four classification levels) and the guaranteed minimum.
 */
public final class IceFacilityList {

    static final String NAME = "Name";
    static final String ADDRESS = "Address";
    static final String CITY = "City";
    static final String STATE = "State";
    static final String ZIP = "Zip";
    static final String AOR = "AOR";
    static final String TYPE = "Type Detailed";
    static final String GUARANTEED = "Guaranteed Minimum";
    static final List<String> LEVELS = List.of("Level A", "Level B", "Level C", "Level D");

    public record Row(int row, String name, String address, String city, String stateCode, String zip, String aor,
                      String typeDetailed, Double averageDailyPopulation, Integer guaranteedMinimum) {
    }

    public record Parsed(List<Row> rows, List<ImportProblem> problems) {
    }

    private IceFacilityList() {
    }

    public static Parsed parse(SheetTable table) throws UnreadableFileException {
        List<String> optional = new ArrayList<>(LEVELS);
        optional.add(GUARANTEED);
        optional.add(ADDRESS);
        optional.add(ZIP);
        HeaderRow header = HeaderRow.find(table, List.of(NAME, CITY, STATE, AOR, TYPE), optional)
                .orElseThrow(() -> new UnreadableFileException("amparo.import.noHeader", "Name, City, State, AOR, Type Detailed"));
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>(header.mergedInData(table));
        for (SheetTable.Row r : header.dataRows(table)) {
            String name = r.text(header.column(NAME));
            if (name.isEmpty()) {
                continue;
            }
            int before = problems.size();
            Ice287gList.noFormulas(r, problems);
            // ICE leaves the state blank now and then (Imperial, Calexico): kept without one rather than refused.
            String state = UsStates.code(r.text(header.column(STATE))).orElse(null);
            if (state == null && !r.text(header.column(STATE)).isEmpty()) {
                problems.add(Ice287gList.problem(r, header.column(STATE), "state", "amparo.import.unknownState", r.text(header.column(STATE))));
            }
            String type = r.text(header.column(TYPE)).toUpperCase(Locale.ROOT);
            if (type.isEmpty()) {
                problems.add(Ice287gList.problem(r, header.column(TYPE), "type", "amparo.validation.required", ""));
            }
            Double adp = null;
            for (String level : LEVELS) {
                Integer column = header.column(level);
                if (column != null && r.cell(column) != null) {
                    Double value = CellValues.number(r.cell(column)).orElse(null);
                    if (value == null) {
                        problems.add(Ice287gList.problem(r, column, level, "amparo.import.notANumber", r.text(column)));
                    } else {
                        adp = (adp == null ? 0 : adp) + value;
                    }
                }
            }
            Integer guaranteed = null;
            Integer g = header.column(GUARANTEED);
            if (g != null && r.cell(g) != null) {
                Double value = CellValues.number(r.cell(g)).orElse(null);
                if (value == null) {
                    problems.add(Ice287gList.problem(r, g, "guaranteedMinimum", "amparo.import.notANumber", r.text(g)));
                } else if (value > 0) {
                    guaranteed = (int) Math.round(value);
                }
            }
            if (problems.size() == before) {
                rows.add(new Row(r.number() + 1, name, text(r, header.column(ADDRESS)), r.text(header.column(CITY)), state,
                        text(r, header.column(ZIP)), r.text(header.column(AOR)).toUpperCase(Locale.ROOT), type, adp, guaranteed));
            }
        }
        return new Parsed(rows, problems);
    }

    private static String text(SheetTable.Row r, Integer column) {
        if (column == null) {
            return null;
        }
        String t = r.text(column);
        return t.isEmpty() ? null : t;
    }
}
