package org.amparo.imports.infrastructure;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a table's header row by its labels wherever it is (ICE puts title rows and prose legends above it), and says
 * which column holds which field. Labels match with case, surrounding spaces, non-breaking spaces, a leading fiscal
 * year ("FY26 ALOS") and a trailing footnote mark or colon ignored; a field may go by several labels (ICE renamed
 * "Type Detailed" to "Facility Type - Detailed"), the first one present wins.
 */
public record HeaderRow(int index, Map<String, Integer> columns) {

    /** How far down a header is looked for (non-empty rows): title rows and a legend come first. */
    static final int SEARCH_ROWS = 60;
    private static final Pattern FISCAL_YEAR_PREFIX = Pattern.compile("^FY ?\\d{2}(\\d{2})?\\b[ :-]*");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s*:¹²³]+$");

    /** The first of the first rows that has every required label; optional labels are mapped when present. */
    public static Optional<HeaderRow> find(SheetTable table, List<String> required, List<String> optional) {
        Map<String, List<String>> req = new LinkedHashMap<>();
        required.forEach(label -> req.put(label, List.of(label)));
        Map<String, List<String>> opt = new LinkedHashMap<>();
        optional.forEach(label -> opt.put(label, List.of(label)));
        return findFields(table, req, opt);
    }

    /**
     * The first of the first rows that has a label of every required field, each in its own column; each field is
     * given with the labels it goes by, the preferred first. Optional fields are mapped when present.
     */
    public static Optional<HeaderRow> findFields(SheetTable table, Map<String, List<String>> required,
                                                 Map<String, List<String>> optional) {
        List<SheetTable.Row> rows = table.rows();
        for (int i = 0; i < Math.min(rows.size(), SEARCH_ROWS); i++) {
            Map<String, Integer> byLabel = new HashMap<>();
            rows.get(i).cells().forEach((column, cell) -> byLabel.putIfAbsent(normal(cell.text()), column));
            Map<String, Integer> columns = new HashMap<>();
            boolean all = true;
            for (Map.Entry<String, List<String>> field : required.entrySet()) {
                Integer column = column(byLabel, field.getValue(), columns);
                if (column == null) {
                    all = false;
                    break;
                }
                columns.put(field.getKey(), column);
            }
            if (all) {
                for (Map.Entry<String, List<String>> field : optional.entrySet()) {
                    Integer column = column(byLabel, field.getValue(), columns);
                    if (column != null) {
                        columns.put(field.getKey(), column);
                    }
                }
                return Optional.of(new HeaderRow(i, columns));
            }
        }
        return Optional.empty();
    }

    private static Integer column(Map<String, Integer> byLabel, List<String> labels, Map<String, Integer> taken) {
        for (String label : labels) {
            Integer column = byLabel.get(normal(label));
            if (column != null && !taken.containsValue(column)) {
                return column;
            }
        }
        return null;
    }

    /** The data rows: every row after the header. */
    public List<SheetTable.Row> dataRows(SheetTable table) {
        return table.rows().subList(index + 1, table.rows().size());
    }

    /** A row that repeats the header (ICE repeats it above each group of rows): every mapped column holds its label. */
    public boolean repeatedIn(SheetTable table, SheetTable.Row row) {
        SheetTable.Row header = table.rows().get(index);
        return columns.values().stream().allMatch(c -> normal(row.text(c)).equals(normal(header.text(c))));
    }

    /** Merged cells below the header: data rows must have one value per cell, so each is a problem. */
    public List<ImportProblem> mergedInData(SheetTable table) {
        if (table.rows().isEmpty() || index >= table.rows().size()) {
            return List.of();
        }
        int headerRow = table.rows().get(index).number();
        List<ImportProblem> problems = new java.util.ArrayList<>();
        for (String range : table.mergedRanges()) {
            org.apache.poi.ss.util.CellRangeAddress r;
            try {
                r = org.apache.poi.ss.util.CellRangeAddress.valueOf(range);
            } catch (RuntimeException notARange) {
                continue;
            }
            if (r.getFirstRow() > headerRow) {
                problems.add(new ImportProblem(r.getFirstRow() + 1, range.split(":")[0], "", "amparo.import.merged", range));
            }
        }
        return problems;
    }

    public Integer column(String label) {
        return columns.get(label);
    }

    public boolean has(String label) {
        return columns.containsKey(label);
    }

    static String normal(String label) {
        String text = SpreadsheetReader.clean(label).toUpperCase(Locale.ROOT);
        text = FISCAL_YEAR_PREFIX.matcher(text).replaceFirst("");
        return TRAILING_MARKS.matcher(text).replaceFirst("");
    }
}
