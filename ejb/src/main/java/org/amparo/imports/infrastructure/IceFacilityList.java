package org.amparo.imports.infrastructure;

import org.amparo.reference.domain.IceListing.Fact;
import org.amparo.reference.domain.UsStates;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ICE's lists of detention facilities, in every layout ICE has published, told apart by their headings: the
 * "Facilities" sheet of the Detention Statistics (title rows first, then a header starting with "Name", one row per
 * facility with a population that year: address, AOR, detailed contract type, average daily population by level,
 * guaranteed minimum) and the facility listings (a header further down, a detention-location code, per-diem text, the
 * long contract type names, rows grouped under an "Atlanta AOR" heading with the header repeated). "N/A" and the like
 * in a number column is read as empty with a note, a row repeated exactly is merged with a note, and rows that are no
 * facility (a legend below the table) are left out with a note.
 */
public final class IceFacilityList {

    static final String NAME = "Name";
    static final String DETLOC = "DETLOC";
    static final String ADDRESS = "Address";
    static final String CITY = "City";
    static final String STATE = "State";
    static final String ZIP = "Zip";
    static final String AOR = "AOR";
    static final String TYPE = "Type Detailed";
    static final String GUARANTEED = "Guaranteed Minimum";
    static final String ADP = "ADP";
    static final String PER_DIEM = "Per Diem";
    static final List<String> LEVELS = List.of("Level A", "Level B", "Level C", "Level D");

    static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();
    static final Map<String, List<String>> OPTIONAL = new LinkedHashMap<>();

    static {
        REQUIRED.put(NAME, List.of("Name", "Facility Name", "Facility", "Detention Facility", "Detention Facility Name"));
        REQUIRED.put(CITY, List.of("City"));
        REQUIRED.put(STATE, List.of("State", "ST"));
        REQUIRED.put(TYPE, List.of("Type Detailed", "Facility Type - Detailed", "Facility Type Detailed", "Type - Detailed",
                "Facility Type", "Type"));
        OPTIONAL.put(DETLOC, List.of("DETLOC", "Det Loc", "DETLOC Code", "Detention Location Code", "Detention Location", "Det Loc Code"));
        OPTIONAL.put(ADDRESS, List.of("Address", "Street Address", "Facility Address", "Street"));
        OPTIONAL.put(ZIP, List.of("Zip", "Zip Code", "Zipcode", "Postal Code"));
        OPTIONAL.put(AOR, List.of("AOR", "Area of Responsibility", "ERO AOR", "AOR Field Office", "Field Office", "ERO Field Office"));
        OPTIONAL.put(GUARANTEED, List.of("Guaranteed Minimum", "Guaranteed Min", "Guaranteed Minimum Beds", "Guaranteed Beds"));
        OPTIONAL.put(ADP, List.of("ADP", "Total ADP", "ADP Total", "Average Daily Population"));
        OPTIONAL.put(PER_DIEM, List.of("Per Diem Rate Detailed", "Per Diem Rate", "Per Diem", "Per Diem Rate (Detailed)", "Per-Diem Rate"));
        LEVELS.forEach(level -> OPTIONAL.put(level, List.of(level)));
    }

    public static final String REQUIRED_LABELS = "Name, City, State, Type Detailed";

    /** ICE's field offices, by the name a listing groups its rows under, to the code the statistics use. */
    static final Map<String, String> AOR_CODES = Map.ofEntries(
            Map.entry("ATLANTA", "ATL"), Map.entry("BALTIMORE", "BAL"), Map.entry("BOSTON", "BOS"),
            Map.entry("BUFFALO", "BUF"), Map.entry("CHICAGO", "CHI"), Map.entry("DALLAS", "DAL"),
            Map.entry("DENVER", "DEN"), Map.entry("DETROIT", "DET"), Map.entry("EL PASO", "ELP"),
            Map.entry("HARLINGEN", "HLG"), Map.entry("HOUSTON", "HOU"), Map.entry("LOS ANGELES", "LOS"),
            Map.entry("MIAMI", "MIA"), Map.entry("NEWARK", "NEW"), Map.entry("NEW ORLEANS", "NOL"),
            Map.entry("NEW YORK", "NYC"), Map.entry("NEW YORK CITY", "NYC"), Map.entry("PHILADELPHIA", "PHI"),
            Map.entry("PHOENIX", "PHO"), Map.entry("SEATTLE", "SEA"), Map.entry("SAN FRANCISCO", "SFR"),
            Map.entry("SALT LAKE CITY", "SLC"), Map.entry("SAN ANTONIO", "SNA"), Map.entry("SAN DIEGO", "SND"),
            Map.entry("SAINT PAUL", "SPM"), Map.entry("ST. PAUL", "SPM"), Map.entry("ST PAUL", "SPM"),
            Map.entry("WASHINGTON", "WAS"), Map.entry("WASHINGTON D.C.", "WAS"), Map.entry("WASHINGTON DC", "WAS"),
            Map.entry("WASHINGTON, D.C.", "WAS"));
    private static final Pattern AOR_HEADING = Pattern.compile("(?i)^(.+?)\\s+(AOR|AREA OF RESPONSIBILITY|FIELD OFFICE)$");

    /** ICE's long contract type names (the listings') to the codes of the statistics. */
    static final Map<String, String> TYPE_CODES = Map.ofEntries(
            Map.entry("CONTRACT DETENTION FACILITY", "CDF"),
            Map.entry("DEDICATED INTER-GOVERNMENTAL SERVICE AGREEMENT", "DIGSA"),
            Map.entry("DEDICATED IGSA", "DIGSA"),
            Map.entry("INTER-GOVERNMENTAL SERVICE AGREEMENT", "IGSA"),
            Map.entry("U.S. MARSHALS SERVICE INTER-GOVERNMENTAL AGREEMENT", "USMS IGA"),
            Map.entry("US MARSHALS SERVICE INTER-GOVERNMENTAL AGREEMENT", "USMS IGA"),
            Map.entry("U.S. MARSHALS SERVICE CONTRACT DETENTION FACILITY", "USMS CDF"),
            Map.entry("US MARSHALS SERVICE CONTRACT DETENTION FACILITY", "USMS CDF"),
            Map.entry("SERVICE PROCESSING CENTER", "SPC"),
            Map.entry("BUREAU OF PRISONS", "BOP"),
            Map.entry("FEDERAL BUREAU OF PRISONS", "BOP"),
            Map.entry("FAMILY RESIDENTIAL CENTER", "FAMILY"),
            Map.entry("FAMILY RESIDENTIAL", "FAMILY"),
            Map.entry("STAGING FACILITY", "STAGING"),
            Map.entry("DEPARTMENT OF DEFENSE", "DOD"),
            Map.entry("STATE PRISON", "STATE"));

    /** Which of ICE's facility files a file is. */
    public enum Layout {
        /** The Facilities sheet of the Detention Statistics: every facility with a population that year. */
        DETENTION_STATISTICS,
        /** Another facility listing (detention-location codes, per-diem text, the over-72-hour list). */
        FACILITY_LISTING
    }

    public record Row(int row, String name, String address, String city, String stateCode, String zip, String aor,
                      String typeDetailed, Double averageDailyPopulation, Integer guaranteedMinimum,
                      String detentionLocation, String perDiem) {

        public Row(int row, String name, String address, String city, String stateCode, String zip, String aor,
                   String typeDetailed, Double averageDailyPopulation, Integer guaranteedMinimum) {
            this(row, name, address, city, stateCode, zip, aor, typeDetailed, averageDailyPopulation, guaranteedMinimum, null, null);
        }

        String key() {
            return stateCode + "|" + name.toUpperCase(Locale.ROOT);
        }
    }

    public record Parsed(Layout layout, Set<Fact> facts, List<Row> rows, List<ImportProblem> problems,
                         List<ImportNote> notes, int headerRow) {
    }

    private IceFacilityList() {
    }

    /** The header of a facility list in this sheet, if it is one. */
    public static Optional<HeaderRow> header(SheetTable table) {
        return HeaderRow.findFields(table, REQUIRED, OPTIONAL);
    }

    public static Parsed parse(SheetTable table) throws UnreadableFileException {
        HeaderRow header = header(table)
                .orElseThrow(() -> new UnreadableFileException("amparo.import.noHeader", REQUIRED_LABELS));
        return parse(table, header);
    }

    public static Parsed parse(SheetTable table, HeaderRow header) {
        boolean statistics = LEVELS.stream().anyMatch(header::has);
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        if (header.has(ADDRESS)) {
            facts.add(Fact.ADDRESS);
        }
        if (header.has(ZIP)) {
            facts.add(Fact.ZIP);
        }
        if (header.has(GUARANTEED)) {
            facts.add(Fact.GUARANTEED_MINIMUM);
        }
        if (statistics || header.has(ADP)) {
            facts.add(Fact.AVERAGE_DAILY_POPULATION);
        }
        if (header.has(DETLOC)) {
            facts.add(Fact.DETENTION_LOCATION);
        }
        if (header.has(PER_DIEM)) {
            facts.add(Fact.PER_DIEM);
        }
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>(header.mergedInData(table));
        List<ImportNote> notes = new ArrayList<>();
        Map<String, List<Integer>> notAvailable = new LinkedHashMap<>();
        Map<String, Row> seen = new HashMap<>();
        List<Integer> merged = new ArrayList<>();
        List<Integer> notFacilities = new ArrayList<>();
        List<Integer> repeatedHeader = new ArrayList<>();
        List<String> unknownGroups = new ArrayList<>();
        String groupAor = null;
        boolean grouped = false;
        if (header.index() > 0) {
            // the first group's heading sits above the header, which each group repeats
            SheetTable.Row above = table.rows().get(header.index() - 1);
            var m = above.cells().size() == 1 ? AOR_HEADING.matcher(above.cells().values().iterator().next().text()) : null;
            if (m != null && m.matches()) {
                groupAor = AOR_CODES.get(m.group(1).toUpperCase(Locale.ROOT).trim());
                grouped = true;
                if (groupAor == null) {
                    unknownGroups.add(m.group());
                }
            }
        }
        for (SheetTable.Row r : header.dataRows(table)) {
            String name = r.text(header.column(NAME));
            String stateText = r.text(header.column(STATE));
            String typeText = r.text(header.column(TYPE));
            if (header.repeatedIn(table, r)) {
                repeatedHeader.add(r.number() + 1);
                continue;
            }
            if (stateText.isEmpty() && typeText.isEmpty()) {
                // a group heading ("Atlanta AOR") above its rows, a legend or a note below the table: no facility
                if (r.cells().size() == 1) {
                    String text = r.cells().values().iterator().next().text();
                    var m = AOR_HEADING.matcher(text);
                    if (m.matches() && text.length() <= 60) {
                        groupAor = AOR_CODES.get(m.group(1).toUpperCase(Locale.ROOT).trim());
                        grouped = true;
                        if (groupAor == null) {
                            unknownGroups.add(text);
                        }
                        continue;
                    }
                }
                if (!r.cells().isEmpty()) {
                    notFacilities.add(r.number() + 1);
                }
                continue;
            }
            if (name.isEmpty()) {
                problems.add(Ice287gList.problem(r, header.column(NAME), "name", "amparo.validation.required", ""));
                continue;
            }
            int before = problems.size();
            Ice287gList.noFormulas(r, problems);
            Ice287gList.tooLong(r, header.column(NAME), "name", 200, problems);
            Ice287gList.tooLong(r, header.column(CITY), "city", 100, problems);
            // ICE leaves the state blank now and then (Imperial, Calexico): kept without one rather than refused.
            String state = UsStates.code(stateText).orElse(null);
            if (state == null && !stateText.isEmpty()) {
                problems.add(Ice287gList.problem(r, header.column(STATE), "state", "amparo.import.unknownState", stateText));
            }
            String type = facilityType(typeText);
            if (type.isEmpty()) {
                problems.add(Ice287gList.problem(r, header.column(TYPE), "type", "amparo.validation.required", ""));
            } else if (type.length() > 20) {
                problems.add(Ice287gList.problem(r, header.column(TYPE), "type", "amparo.import.unknownValue", typeText));
            }
            String aor = groupAor;
            if (header.has(AOR) && !r.text(header.column(AOR)).isEmpty()) {
                aor = aor(r.text(header.column(AOR)));
                if (aor == null) {
                    problems.add(Ice287gList.problem(r, header.column(AOR), "aor", "amparo.import.unknownValue", r.text(header.column(AOR))));
                }
            }
            Double adp = null;
            for (String level : LEVELS) {
                Double value = number(r, header, level, level, problems, notAvailable);
                if (value != null) {
                    adp = (adp == null ? 0 : adp) + value;
                }
            }
            if (!statistics && header.has(ADP)) {
                adp = number(r, header, ADP, "averageDailyPopulation", problems, notAvailable);
            }
            Integer guaranteed = null;
            Double g = number(r, header, GUARANTEED, "guaranteedMinimum", problems, notAvailable);
            if (g != null && g > 0) {
                guaranteed = (int) Math.round(g);
            }
            String detloc = text(r, header.column(DETLOC));
            Ice287gList.tooLong(r, header.column(DETLOC), "detentionLocation", 20, problems);
            String perDiem = text(r, header.column(PER_DIEM));
            Ice287gList.tooLong(r, header.column(PER_DIEM), "perDiem", 200, problems);
            Ice287gList.tooLong(r, header.column(ADDRESS), "address", 200, problems);
            String zip = zip(text(r, header.column(ZIP)));
            if (zip != null && zip.length() > 10) {
                problems.add(Ice287gList.problem(r, header.column(ZIP), "zip", "amparo.import.unknownValue", zip));
            }
            if (problems.size() == before) {
                Row row = new Row(r.number() + 1, name, text(r, header.column(ADDRESS)), r.text(header.column(CITY)), state,
                        zip, aor, type, adp, guaranteed, detloc, perDiem);
                Row earlier = seen.putIfAbsent(row.key(), row);
                if (earlier == null) {
                    rows.add(row);
                } else if (same(earlier, row)) {
                    merged.add(row.row());
                } else {
                    problems.add(new ImportProblem(row.row(), r.address(header.column(NAME)), "name",
                            "amparo.import.duplicateFacility", name, String.valueOf(earlier.row())));
                }
            }
        }
        if (grouped) {
            facts.add(Fact.AOR);
            notes.add(ImportNote.of("amparo.import.note.aorGroups"));
        } else if (header.has(AOR)) {
            facts.add(Fact.AOR);
        }
        for (String unknown : unknownGroups) {
            notes.add(ImportNote.of("amparo.import.note.unknownAor", unknown));
        }
        notAvailable.forEach((column, where) ->
                notes.add(ImportNote.of("amparo.import.note.notAvailable", where.size(), column, ImportNote.rows(where))));
        if (!merged.isEmpty()) {
            notes.add(ImportNote.of("amparo.import.note.merged", merged.size(), ImportNote.rows(merged)));
        }
        if (!repeatedHeader.isEmpty()) {
            notes.add(ImportNote.of("amparo.import.note.repeatedHeader", repeatedHeader.size(), ImportNote.rows(repeatedHeader)));
        }
        if (!notFacilities.isEmpty()) {
            notes.add(ImportNote.of("amparo.import.note.notFacilities", notFacilities.size(), ImportNote.rows(notFacilities)));
        }
        return new Parsed(statistics ? Layout.DETENTION_STATISTICS : Layout.FACILITY_LISTING, facts, rows, problems, notes,
                table.rows().get(header.index()).number() + 1);
    }

    /** A number column's value: empty when blank or "N/A"-like (noted), a problem when it is no number or absurd. */
    private static Double number(SheetTable.Row r, HeaderRow header, String label, String field, List<ImportProblem> problems,
                                 Map<String, List<Integer>> notAvailable) {
        Integer column = header.column(label);
        if (column == null || r.cell(column) == null) {
            return null;
        }
        SheetCell cell = r.cell(column);
        if (CellValues.notAvailable(cell)) {
            notAvailable.computeIfAbsent(SpreadsheetReader.clean(table(header, r, column)), k -> new ArrayList<>()).add(r.number() + 1);
            return null;
        }
        Double value = CellValues.number(cell).orElse(null);
        if (value == null) {
            problems.add(Ice287gList.problem(r, column, field, "amparo.import.notANumber", cell.text()));
        } else if (value < 0 || value > 1_000_000) {
            problems.add(Ice287gList.problem(r, column, field, "amparo.import.outOfRange", cell.text()));
            return null;
        }
        return value;
    }

    private static String table(HeaderRow header, SheetTable.Row r, int column) {
        return header.columns().entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey)
                .findFirst().orElse(SheetTable.columnName(column));
    }

    /** The code ICE's statistics use for a contract type; a long name of a listing becomes its code. */
    static String facilityType(String text) {
        String upper = SpreadsheetReader.clean(text).toUpperCase(Locale.ROOT)
                .replace("INTERGOVERNMENTAL", "INTER-GOVERNMENTAL").replace("SERVICES", "SERVICE")
                .replaceAll("\\s*\\([^)]*\\)$", "");
        return TYPE_CODES.getOrDefault(upper, upper);
    }

    /** An AOR code as given (ATL), or the code of an office named in full ("Atlanta", "Atlanta AOR"); null when unknown. */
    static String aor(String text) {
        String upper = text.toUpperCase(Locale.ROOT).trim();
        var m = AOR_HEADING.matcher(upper);
        if (m.matches()) {
            upper = m.group(1).trim();
        }
        if (AOR_CODES.containsKey(upper)) {
            return AOR_CODES.get(upper);
        }
        return upper.length() <= 10 ? upper : null;
    }

    /** A ZIP as text: a number cell loses New Jersey's leading zero, which is put back. */
    static String zip(String text) {
        if (text != null && text.matches("\\d{3,4}")) {
            return "0".repeat(5 - text.length()) + text;
        }
        return text;
    }

    private static boolean same(Row a, Row b) {
        return Objects.equals(a.address(), b.address()) && Objects.equals(a.city(), b.city())
                && Objects.equals(a.zip(), b.zip()) && Objects.equals(a.aor(), b.aor())
                && Objects.equals(a.typeDetailed(), b.typeDetailed())
                && Objects.equals(a.averageDailyPopulation(), b.averageDailyPopulation())
                && Objects.equals(a.guaranteedMinimum(), b.guaranteedMinimum())
                && Objects.equals(a.detentionLocation(), b.detentionLocation()) && Objects.equals(a.perDiem(), b.perDiem());
    }

    private static String text(SheetTable.Row r, Integer column) {
        if (column == null) {
            return null;
        }
        String t = r.text(column);
        return t.isEmpty() ? null : t;
    }
}
