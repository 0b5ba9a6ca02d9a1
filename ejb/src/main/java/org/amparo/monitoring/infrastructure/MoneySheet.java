package org.amparo.monitoring.infrastructure;

import org.amparo.imports.infrastructure.CellValues;
import org.amparo.imports.infrastructure.HeaderRow;
import org.amparo.imports.infrastructure.ImportProblem;
import org.amparo.imports.infrastructure.SheetCell;
import org.amparo.imports.infrastructure.SheetTable;
import org.amparo.imports.infrastructure.SpreadsheetReader;
import org.amparo.imports.infrastructure.UnreadableFileException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spreadsheet of jail money, one row per facility (or the jails together) and fiscal year, as an organisation keeps
 * it: the columns are found by their headings in English or Spanish wherever the header row is (title rows above it are
 * fine), only the fiscal year and one figure are needed. "N/A", "-" and the like are read as empty; a cell that is not a
 * number, or a formula (never run: its values are to be pasted), is a problem of its row, named by its cell.
 */
public final class MoneySheet {

    /** A money sheet has a few rows a year per facility; more is a wrong file. */
    public static final int MAX_ROWS = 5_000;

    public static final String FACILITY = "facility";
    public static final String FISCAL_YEAR = "fiscalYear";
    public static final String SCAAP = "scaapReceived";
    public static final String BUDGET = "jailBudget";
    public static final String BEDS = "igsaBeds";
    public static final String RATE = "igsaRate";
    public static final String REVENUE = "igsaRevenue";
    public static final String BED_COST = "costPerBedDay";
    public static final String BED_DAYS = "iceBedDays";
    public static final String OTHER = "otherCosts";
    public static final String SOURCE = "source";
    public static final String NOTES = "notes";

    /** Each field's headings, the preferred first; the figures are the fields after the year. */
    static final Map<String, List<String>> FIGURES = new LinkedHashMap<>();
    static final Map<String, List<String>> TEXTS = new LinkedHashMap<>();

    static {
        FIGURES.put(SCAAP, List.of("SCAAP received", "SCAAP", "SCAAP award", "SCAAP recibido"));
        FIGURES.put(BUDGET, List.of("Jail budget", "Budget", "Presupuesto de la cárcel", "Presupuesto"));
        FIGURES.put(BEDS, List.of("IGSA beds", "Beds", "Camas IGSA", "Camas"));
        FIGURES.put(RATE, List.of("IGSA rate per bed per day", "IGSA rate", "Rate per bed per day",
                "Tarifa IGSA por cama y día", "Tarifa IGSA"));
        FIGURES.put(REVENUE, List.of("IGSA money paid", "IGSA revenue", "IGSA money", "Dinero IGSA pagado", "Ingresos IGSA"));
        FIGURES.put(BED_COST, List.of("Cost per bed per day", "Cost per bed day", "Costo por cama y día", "Costo por cama por día"));
        FIGURES.put(BED_DAYS, List.of("ICE bed-days", "ICE bed days", "Bed-days for ICE", "Días-cama para ICE", "Días de cama para ICE"));
        FIGURES.put(OTHER, List.of("Other costs", "Otros costos"));
        TEXTS.put(FACILITY, List.of("Facility", "Facility name", "Jail", "Centro", "Cárcel"));
        TEXTS.put(SOURCE, List.of("Source", "Fuente"));
        TEXTS.put(NOTES, List.of("Notes", "Notas"));
    }

    private static final Pattern YEAR = Pattern.compile("(?i)(?:FY|AF)?\\s*'?(\\d{4}|\\d{2})");

    /** One row as read: where it is, and its values by field (numbers as decimals; null when empty). */
    public record Row(int number, String facility, String facilityCell, Integer fiscalYear, String yearCell,
                      Map<String, BigDecimal> figures, Map<String, String> cells, String source, String notes) {
    }

    /** The rows read and the problems found in their cells; {@code columns} names the fields found, in order. */
    public record Read(List<Row> rows, List<ImportProblem> problems, List<String> columns) {
    }

    private MoneySheet() {
    }

    /**
     * Reads the first sheet that has a fiscal-year column and at least one figure column.
     *
     * @throws UnreadableFileException when the file cannot be read or has no such header row
     */
    public static Read read(byte[] content) throws UnreadableFileException {
        var file = new SpreadsheetReader(MAX_ROWS).readAll(content);
        Map<String, List<String>> required = Map.of(FISCAL_YEAR, List.of("Fiscal year", "FY", "Year", "Año fiscal", "Año"));
        Map<String, List<String>> optional = new LinkedHashMap<>(FIGURES);
        optional.putAll(TEXTS);
        for (SheetTable table : file.sheets()) {
            var header = HeaderRow.findFields(table, required, optional);
            if (header.isPresent() && FIGURES.keySet().stream().anyMatch(header.get()::has)) {
                return read(table, header.get());
            }
        }
        throw new UnreadableFileException("amparo.import.noHeader",
                "\"Fiscal year\" + \"SCAAP received\" / \"Jail budget\" / \"IGSA beds\" / \"Cost per bed per day\" ...");
    }

    private static Read read(SheetTable table, HeaderRow header) {
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (SheetTable.Row r : header.dataRows(table)) {
            if (header.repeatedIn(table, r)) {
                continue;
            }
            int line = r.number() + 1;
            Integer yearColumn = header.column(FISCAL_YEAR);
            SheetCell yearCell = r.cell(yearColumn);
            Integer year = null;
            if (yearCell == null || CellValues.notAvailable(yearCell)) {
                problems.add(new ImportProblem(line, r.address(yearColumn), FISCAL_YEAR, "amparo.validation.required", ""));
            } else {
                year = year(yearCell);
                if (year == null) {
                    problems.add(new ImportProblem(line, r.address(yearColumn), FISCAL_YEAR, "amparo.import.notANumber", yearCell.text()));
                }
            }
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            Map<String, String> cells = new LinkedHashMap<>();
            for (String field : FIGURES.keySet()) {
                Integer column = header.column(field);
                if (column == null) {
                    continue;
                }
                cells.put(field, r.address(column));
                SheetCell cell = r.cell(column);
                if (cell != null && cell.formula()) {
                    problems.add(new ImportProblem(line, r.address(column), field, "amparo.import.formula", cell.text()));
                    continue;
                }
                if (cell == null || cell.text().isBlank() || CellValues.notAvailable(cell)) {
                    continue;
                }
                if (cell.number() == null && DOTTED_THOUSANDS.matcher(cell.text().strip()).matches()) {
                    // "412.000" or "1.250.000,50": thousands written with dots, as in Spanish; read as dollars and cents
                    // it would be a thousand times too small, so it is refused rather than guessed.
                    problems.add(new ImportProblem(line, r.address(column), field, "amparo.import.money.dottedThousands", cell.text()));
                    continue;
                }
                BigDecimal value = decimal(cell);
                if (value == null) {
                    problems.add(new ImportProblem(line, r.address(column), field, "amparo.import.notANumber", cell.text()));
                    continue;
                }
                figures.put(field, value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
            }
            Integer facilityColumn = header.column(FACILITY);
            String facility = facilityColumn == null ? "" : r.text(facilityColumn).strip();
            rows.add(new Row(line, facility, facilityColumn == null ? null : r.address(facilityColumn), year,
                    r.address(yearColumn), figures, cells, text(r, header, SOURCE), text(r, header, NOTES)));
        }
        return new Read(rows, problems, new ArrayList<>(header.columns().keySet()));
    }

    /** Thousands separated by dots ("412.000", "1.250.000", "1.250.000,50"), as Spanish writes amounts. */
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("\\$?\\s*\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");

    /** A number cell's value, or text that is a plain number in US form ("$1,250,000.50"); null for anything else. */
    private static BigDecimal decimal(SheetCell cell) {
        if (cell.number() != null) {
            return Double.isFinite(cell.number()) ? BigDecimal.valueOf(cell.number()) : null;
        }
        String text = cell.text().replace(",", "").replace("$", "").strip();
        if (!text.matches("[-+]?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(text);
    }

    private static String text(SheetTable.Row r, HeaderRow header, String field) {
        Integer column = header.column(field);
        return column == null || r.text(column).isBlank() ? null : r.text(column).strip();
    }

    /** 2014, "2014", "FY2014", "FY 14", "FY'14": fiscal year 2014; "FY'99": 1999. */
    static Integer year(SheetCell cell) {
        if (cell.number() != null) {
            double n = cell.number();
            return n == Math.rint(n) && n >= 1000 && n <= 9999 ? (int) n : null;
        }
        Matcher m = YEAR.matcher(cell.text().strip());
        if (!m.matches()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        // Two digits: "FY'24" is 2024, "FY'99" 1999 (the first year recorded is 1990).
        return m.group(1).length() == 2 ? (y >= 90 ? 1900 + y : 2000 + y) : y;
    }
}
