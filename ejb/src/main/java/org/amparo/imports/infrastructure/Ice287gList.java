package org.amparo.imports.infrastructure;

import org.amparo.reference.domain.AgencyType;
import org.amparo.reference.domain.SupportType;
import org.amparo.reference.domain.UsStates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ICE's list of law-enforcement agencies with 287(g) agreements, in either of the layouts ICE has published (eight
 * columns with COUNTY and ADDENDUM since 2025, six before). One row per agency and model. Values are normalised
 * (spaces, case, "Warrant Services Officer"), the MOA comes from the cell's hyperlink ("link pending" has none), and
 * every row that cannot be read is a problem naming its cell.
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

    /** One agreement as the list has it. */
    public record Row(int row, String stateCode, String stateRaw, String agency, AgencyType type, String county,
                      SupportType supportType, LocalDate signedOn, String moaUrl, String addendumUrl) {
    }

    public record Parsed(List<Row> rows, List<ImportProblem> problems) {
    }

    private Ice287gList() {
    }

    public static Parsed parse(SheetTable table) throws UnreadableFileException {
        HeaderRow header = HeaderRow.find(table, List.of(STATE, AGENCY, TYPE, SUPPORT, SIGNED, MOA), List.of(COUNTY, ADDENDUM))
                .orElseThrow(() -> new UnreadableFileException("amparo.import.noHeader", "STATE, LAW ENFORCEMENT AGENCY, TYPE, SUPPORT TYPE, SIGNED, MOA"));
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>(header.mergedInData(table));
        for (SheetTable.Row r : header.dataRows(table)) {
            String agency = r.text(header.column(AGENCY));
            String stateRaw = r.text(header.column(STATE));
            if (agency.isEmpty() && stateRaw.isEmpty()) {
                continue; // a formatted but empty row, or a note below the table
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
            AgencyType type = agencyType(r.text(header.column(TYPE)));
            if (type == null) {
                problems.add(problem(r, header.column(TYPE), "type", "amparo.import.unknownValue", r.text(header.column(TYPE))));
            }
            SupportType support = supportType(r.text(header.column(SUPPORT)));
            if (support == null) {
                problems.add(problem(r, header.column(SUPPORT), "supportType", "amparo.import.unknownValue", r.text(header.column(SUPPORT))));
            }
            SheetCell signedCell = r.cell(header.column(SIGNED));
            LocalDate signed = CellValues.date(signedCell).orElse(null);
            if (signedCell != null && signed == null) {
                problems.add(problem(r, header.column(SIGNED), "signedOn", "amparo.import.notADate", signedCell.text()));
            }
            String county = header.column(COUNTY) == null ? null : blankToNull(r.text(header.column(COUNTY)));
            String moa = link(r.cell(header.column(MOA)));
            String addendum = header.column(ADDENDUM) == null ? null : link(r.cell(header.column(ADDENDUM)));
            if (problems.size() == before) {
                rows.add(new Row(r.number() + 1, state, stateRaw, agency, type, county, support, signed, moa, addendum));
            }
        }
        return new Parsed(rows, problems);
    }

    static AgencyType agencyType(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "COUNTY" -> AgencyType.COUNTY;
            case "MUNICIPALITY", "CITY" -> AgencyType.MUNICIPALITY;
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
        return cell.text().toLowerCase(Locale.ROOT).startsWith("http") ? cell.text() : null;
    }

    static void noFormulas(SheetTable.Row r, List<ImportProblem> problems) {
        r.cells().forEach((column, cell) -> {
            if (cell.formula()) {
                problems.add(problem(r, column, "", "amparo.import.formula", cell.text()));
            }
        });
    }

    static ImportProblem problem(SheetTable.Row r, Integer column, String field, String key, String value) {
        return new ImportProblem(r.number() + 1, column == null ? "" : r.address(column), field, key, value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
