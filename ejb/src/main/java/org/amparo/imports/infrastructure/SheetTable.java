package org.amparo.imports.infrastructure;

import java.util.List;
import java.util.Map;

/**
 * A sheet's non-empty rows as read, in order: each row is its row number (0-based, as in the file) and its cells by
 * column index (0-based). Empty rows are left out.
 */
public record SheetTable(String sheetName, List<Row> rows, List<String> mergedRanges) {

    public record Row(int number, Map<Integer, SheetCell> cells) {

        public SheetCell cell(int column) {
            return cells.get(column);
        }

        public String text(int column) {
            SheetCell c = cells.get(column);
            return c == null ? "" : c.text();
        }

        /** "C12": where a cell is, as a spreadsheet user reads it. */
        public String address(int column) {
            return columnName(column) + (number + 1);
        }
    }

    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
