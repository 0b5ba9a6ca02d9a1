package org.amparo.imports.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a table's header row by its labels wherever it is (ICE puts title rows above it), and says which column holds
 * which label. Labels match with case, surrounding spaces and non-breaking spaces ignored.
 */
public record HeaderRow(int index, Map<String, Integer> columns) {

    /** The first of the first 50 rows that has every required label; optional labels are mapped when present. */
    public static Optional<HeaderRow> find(SheetTable table, List<String> required, List<String> optional) {
        List<SheetTable.Row> rows = table.rows();
        for (int i = 0; i < Math.min(rows.size(), 50); i++) {
            Map<String, Integer> byLabel = new HashMap<>();
            rows.get(i).cells().forEach((column, cell) -> byLabel.putIfAbsent(normal(cell.text()), column));
            if (required.stream().allMatch(label -> byLabel.containsKey(normal(label)))) {
                Map<String, Integer> columns = new HashMap<>();
                for (String label : required) {
                    columns.put(label, byLabel.get(normal(label)));
                }
                for (String label : optional) {
                    Integer column = byLabel.get(normal(label));
                    if (column != null) {
                        columns.put(label, column);
                    }
                }
                return Optional.of(new HeaderRow(i, columns));
            }
        }
        return Optional.empty();
    }

    /** The data rows: every row after the header. */
    public List<SheetTable.Row> dataRows(SheetTable table) {
        return table.rows().subList(index + 1, table.rows().size());
    }

    /** Merged cells below the header: data rows must have one value per cell, so each is a problem. */
    public List<ImportProblem> mergedInData(SheetTable table) {
        int headerRow = table.rows().get(index).number();
        List<ImportProblem> problems = new java.util.ArrayList<>();
        for (String range : table.mergedRanges()) {
            org.apache.poi.ss.util.CellRangeAddress r = org.apache.poi.ss.util.CellRangeAddress.valueOf(range);
            if (r.getFirstRow() > headerRow) {
                problems.add(new ImportProblem(r.getFirstRow() + 1, range.split(":")[0], "", "amparo.import.merged", range));
            }
        }
        return problems;
    }

    public Integer column(String label) {
        return columns.get(label);
    }

    static String normal(String label) {
        return SpreadsheetReader.clean(label).toUpperCase(Locale.ROOT);
    }
}
