package org.amparo.imports.infrastructure;

import org.amparo.reference.domain.AgencyType;
import org.amparo.reference.domain.SupportType;
import org.amparo.reference.domain.UsStates;
import org.amparo.shared.domain.PlausibleDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * ICE's lists of law-enforcement agencies with 287(g) agreements, in every layout ICE has published, told apart by
 * their headings: the participating agencies (eight columns with COUNTY and ADDENDUM since 2025, six before) and the
 * pending agencies (no SIGNED, MOA or ADDENDUM; an "Agency Validation" column). One row per agency and model. Values
 * are normalised (spaces, case, "Warrant Services Officer"), the MOA comes from the cell's hyperlink ("link pending"
 * has none), a row repeated exactly is merged with a note, "N/A" in SIGNED is no date, and every row that cannot be
 * read is a problem naming its cell (a SIGNED day outside the years 1900 to 2200 too, {@link PlausibleDates}).
 */
public final class Ice287gList {

    static final String STATE = "STATE";
    static final String AGENCY = "LAW ENFORCEMENT AGENCY";
    static final String TYPE = "TYPE";
    static final String COUNTY = "COUNTY";
    static final String SUPPORT = "SUPPORT TYPE";
    static final String SIGNED = "SIGNED";
    static final String MOA = "MOA";
    static final String ADDENDUM = "ADDENDUM";
    static final String VALIDATION = "AGENCY VALIDATION";

    /** The columns each field goes by, the one ICE uses first. */
    static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();
    static final Map<String, List<String>> OPTIONAL = new LinkedHashMap<>();

    static {
        REQUIRED.put(STATE, List.of("STATE", "ST"));
        REQUIRED.put(AGENCY, List.of("LAW ENFORCEMENT AGENCY", "AGENCY", "AGENCY NAME", "LEA"));
        REQUIRED.put(TYPE, List.of("TYPE", "AGENCY TYPE", "JURISDICTION TYPE"));
        REQUIRED.put(SUPPORT, List.of("SUPPORT TYPE", "MODEL", "287(G) MODEL", "SUPPORT MODEL", "TYPE OF SUPPORT"));
        OPTIONAL.put(SIGNED, List.of("SIGNED", "DATE SIGNED", "SIGNED DATE", "MOA SIGNED", "SIGNATURE DATE"));
        OPTIONAL.put(MOA, List.of("MOA", "MOA LINK"));
        OPTIONAL.put(COUNTY, List.of("COUNTY"));
        OPTIONAL.put(ADDENDUM, List.of("ADDENDUM"));
        OPTIONAL.put(VALIDATION, List.of("AGENCY VALIDATION"));
    }

    /** The headings a 287(g) list has, for a refusal that names them. */
    public static final String REQUIRED_LABELS = "STATE, LAW ENFORCEMENT AGENCY, TYPE, SUPPORT TYPE";

    /** Which of ICE's 287(g) lists a file is. */
    public enum Layout {
        /** Agencies with a signed agreement: a SIGNED column. */
        PARTICIPATING,
        /** Agencies whose agreement is pending: no SIGNED column. */
        PENDING
    }

    /** One agreement as the list has it. */
    public record Row(int row, String stateCode, String stateRaw, String agency, AgencyType type, String county,
                      SupportType supportType, LocalDate signedOn, String moaUrl, String addendumUrl) {

        String key() {
            return stateCode + "|" + agency.toUpperCase(Locale.ROOT) + "|" + supportType;
        }

        boolean sameAs(Row other) {
            return key().equals(other.key()) && type == other.type && Objects.equals(county, other.county)
                    && Objects.equals(signedOn, other.signedOn) && Objects.equals(moaUrl, other.moaUrl)
                    && Objects.equals(addendumUrl, other.addendumUrl);
        }
    }

    public record Parsed(Layout layout, List<Row> rows, List<ImportProblem> problems, List<ImportNote> notes,
                         int headerRow) {

        public Parsed(List<Row> rows, List<ImportProblem> problems) {
            this(Layout.PARTICIPATING, rows, problems, List.of(), 0);
        }
    }

    private Ice287gList() {
    }

    /** The header of a 287(g) list in this sheet, if it is one. */
    public static Optional<HeaderRow> header(SheetTable table) {
        return HeaderRow.findFields(table, REQUIRED, OPTIONAL);
    }

    public static Parsed parse(SheetTable table) throws UnreadableFileException {
        HeaderRow header = header(table)
                .orElseThrow(() -> new UnreadableFileException("amparo.import.noHeader", REQUIRED_LABELS));
        return parse(table, header);
    }

    public static Parsed parse(SheetTable table, HeaderRow header) {
        Layout layout = header.has(SIGNED) ? Layout.PARTICIPATING : Layout.PENDING;
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>(header.mergedInData(table));
        List<ImportNote> notes = new ArrayList<>();
        Map<String, Row> seen = new HashMap<>();
        List<Integer> merged = new ArrayList<>();
        List<Integer> signedNotAvailable = new ArrayList<>();
        List<Integer> repeatedHeader = new ArrayList<>();
        for (SheetTable.Row r : header.dataRows(table)) {
            String agency = r.text(header.column(AGENCY));
            String stateRaw = r.text(header.column(STATE));
            if (agency.isEmpty() && stateRaw.isEmpty()) {
                continue; // a formatted but empty row, or a note below the table
            }
            if (header.repeatedIn(table, r)) {
                repeatedHeader.add(r.number() + 1);
                continue;
            }
            int before = problems.size();
            noFormulas(r, problems);
            String state = UsStates.code(stateRaw).orElse(null);
            if (state == null) {
                problems.add(problem(r, header.column(STATE), "state", "amparo.import.unknownState", stateRaw));
            }
            if (agency.isEmpty()) {
                problems.add(problem(r, header.column(AGENCY), "agency", "amparo.validation.required", ""));
            }
            tooLong(r, header.column(AGENCY), "agency", 200, problems);
            AgencyType type = agencyType(r.text(header.column(TYPE)));
            if (type == null) {
                problems.add(problem(r, header.column(TYPE), "type", "amparo.import.unknownValue", r.text(header.column(TYPE))));
            }
            SupportType support = supportType(r.text(header.column(SUPPORT)));
            if (support == null) {
                problems.add(problem(r, header.column(SUPPORT), "supportType", "amparo.import.unknownValue", r.text(header.column(SUPPORT))));
            }
            LocalDate signed = null;
            if (header.has(SIGNED)) {
                SheetCell signedCell = r.cell(header.column(SIGNED));
                if (CellValues.notAvailable(signedCell)) {
                    signedNotAvailable.add(r.number() + 1);
                } else {
                    signed = CellValues.date(signedCell).orElse(null);
                    if (signedCell != null && signed == null) {
                        problems.add(problem(r, header.column(SIGNED), "signedOn", "amparo.import.notADate", signedCell.text()));
                    } else if (!PlausibleDates.allows(signed)) {
                        problems.add(problem(r, header.column(SIGNED), "signedOn", "amparo.import.dateRange",
                                signedCell.text().isBlank() ? signed.toString() : signedCell.text()));
                    }
                }
            }
            String county = header.column(COUNTY) == null ? null : blankToNull(r.text(header.column(COUNTY)));
            if (county != null) {
                tooLong(r, header.column(COUNTY), "county", 100, problems);
            }
            String moa = header.column(MOA) == null ? null : link(r.cell(header.column(MOA)));
            String addendum = header.column(ADDENDUM) == null ? null : link(r.cell(header.column(ADDENDUM)));
            if (problems.size() == before) {
                Row row = new Row(r.number() + 1, state, stateRaw, agency, type, county, support, signed, moa, addendum);
                Row earlier = seen.putIfAbsent(row.key(), row);
                if (earlier == null) {
                    rows.add(row);
                } else if (earlier.sameAs(row)) {
                    merged.add(row.row());
                } else {
                    problems.add(new ImportProblem(row.row(), r.address(header.column(AGENCY)), "agency",
                            "amparo.import.duplicate", agency, String.valueOf(earlier.row())));
                }
            }
        }
        if (!merged.isEmpty()) {
            notes.add(ImportNote.of("amparo.import.note.merged", merged.size(), ImportNote.rows(merged)));
        }
        if (!signedNotAvailable.isEmpty()) {
            notes.add(ImportNote.of("amparo.import.note.notAvailable", signedNotAvailable.size(), SIGNED, ImportNote.rows(signedNotAvailable)));
        }
        if (!repeatedHeader.isEmpty()) {
            notes.add(ImportNote.of("amparo.import.note.repeatedHeader", repeatedHeader.size(), ImportNote.rows(repeatedHeader)));
        }
        return new Parsed(layout, rows, problems, notes, table.rows().get(header.index()).number() + 1);
    }

    static AgencyType agencyType(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "COUNTY" -> AgencyType.COUNTY;
            case "MUNICIPALITY", "CITY", "MUNICIPAL" -> AgencyType.MUNICIPALITY;
            case "STATE AGENCY" -> AgencyType.STATE_AGENCY;
            case "STATE" -> AgencyType.STATE;
            default -> null;
        };
    }

    static SupportType supportType(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "JAIL ENFORCEMENT MODEL", "JAIL ENFORCEMENT", "JEM" -> SupportType.JAIL_ENFORCEMENT_MODEL;
            case "TASK FORCE MODEL", "TASK FORCE", "TFM" -> SupportType.TASK_FORCE_MODEL;
            case "WARRANT SERVICE OFFICER", "WARRANT SERVICES OFFICER", "WARRANT SERVICE OFFICERS", "WSO" -> SupportType.WARRANT_SERVICE_OFFICER;
            default -> null;
        };
    }

    /** The cell's hyperlink target; text such as "link pending" without a link is no link. */
    private static String link(SheetCell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.link() != null) {
            return cell.link().length() > 500 ? null : cell.link();
        }
        return cell.text().toLowerCase(Locale.ROOT).startsWith("http") && cell.text().length() <= 500 ? cell.text() : null;
    }

    static void noFormulas(SheetTable.Row r, List<ImportProblem> problems) {
        r.cells().forEach((column, cell) -> {
            if (cell.formula()) {
                problems.add(problem(r, column, "", "amparo.import.formula", cell.text()));
            }
        });
    }

    /** A value longer than the column that keeps it is the row's problem, never a database error. */
    static void tooLong(SheetTable.Row r, Integer column, String field, int max, List<ImportProblem> problems) {
        if (column != null && r.text(column).length() > max) {
            problems.add(new ImportProblem(r.number() + 1, r.address(column), field, "amparo.import.tooLong",
                    r.text(column).substring(0, 40) + "…", String.valueOf(max)));
        }
    }

    static ImportProblem problem(SheetTable.Row r, Integer column, String field, String key, String value) {
        return new ImportProblem(r.number() + 1, column == null ? "" : r.address(column), field, key, value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
