package org.amparo.shared.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes one table to an XLSX workbook with POI's streaming SXSSF: typed cells (dates as dates, numbers as numbers),
 * a bold frozen header with an autofilter, and an "About" sheet saying what was exported, when and by whom.
 * Text that a spreadsheet program would read as a formula is marked as literal text. Temporary files are
 * removed with {@code dispose()} whatever happens.
 *
 * @param <T> the row type
 */
public final class XlsxTable<T> {

    /** One column: its header and how to get the cell value from a row. */
    public record Column<T>(String header, int widthChars, Function<T, Object> value) {
    }

    private static final int ROWS_IN_MEMORY = 200;
    private final String sheetName;
    private final List<Column<T>> columns;

    private final String yes;
    private final String no;

    public XlsxTable(String sheetName, List<Column<T>> columns) {
        this(sheetName, columns, "yes", "no");
    }

    /** A table whose true/false cells read as yes/no text in the reader's language. */
    public XlsxTable(String sheetName, List<Column<T>> columns, String yes, String no) {
        this.sheetName = sheetName;
        this.columns = List.copyOf(columns);
        this.yes = yes;
        this.no = no;
    }

    /** Writes every row the source yields and the About sheet; returns how many rows were written. */
    public long write(Iterable<T> rows, Map<String, String> about, OutputStream out) throws IOException {
        return writeWorkbook(List.of(new Sheet<>(this, rows)), about, out);
    }

    /** One table of a workbook that has several (a whole case file: a sheet per part). */
    public record Sheet<T>(XlsxTable<T> table, Iterable<T> rows) {

        private long writeTo(SXSSFWorkbook wb, Styles styles) {
            return table.writeRows(wb, styles, rows);
        }
    }

    /**
     * Writes the tables, each on its own sheet in the order given, and one About sheet; returns the rows written in
     * all. Temporary files are disposed of whatever happens.
     */
    public static long writeWorkbook(List<? extends Sheet<?>> sheets, Map<String, String> about, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Styles styles = new Styles(wb);
            long count = 0;
            for (Sheet<?> sheet : sheets) {
                count += sheet.writeTo(wb, styles);
            }
            writeAbout(wb, about, count, styles);
            wb.write(out);
            return count;
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /**
     * A workbook written row by row, for rows that arrive in batches (an export read through a database cursor).
     * Close it in any case: that disposes of SXSSF's temporary files.
     */
    public Writer open() {
        return new Writer();
    }

    /** See {@link #open()}. */
    public final class Writer implements AutoCloseable {
        private final SXSSFWorkbook wb = new SXSSFWorkbook(ROWS_IN_MEMORY);
        private final Styles styles = new Styles(wb);
        private final SXSSFSheet sheet;
        private long count;

        private Writer() {
            sheet = createSheet(wb, styles);
        }

        public void add(T row) {
            addValues(values(row));
        }

        /**
         * A row whose cells' values were taken beforehand ({@link XlsxTable#values}), perhaps on another thread: an export
         * that reads on one thread and writes on another leaves the writing thread nothing but the workbook's own work.
         */
        public void addValues(Object[] values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
            }
            writeRow(sheet, (int) ++count, values, styles);
        }

        /** Adds the About sheet and writes the workbook; returns the rows written. */
        public long finish(Map<String, String> about, OutputStream out) throws IOException {
            sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(count, 1), 0, columns.size() - 1));
            writeAbout(wb, about, count, styles);
            wb.write(out);
            return count;
        }

        @Override
        public void close() throws IOException {
            wb.dispose();
            wb.close();
        }
    }

    /** The table's sheet with its bold, frozen header row and column widths. */
    private SXSSFSheet createSheet(SXSSFWorkbook wb, Styles styles) {
        SXSSFSheet sheet = wb.createSheet(sheetName);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).widthChars()) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private long writeRows(SXSSFWorkbook wb, Styles styles, Iterable<T> rows) {
        SXSSFSheet sheet = createSheet(wb, styles);
        long count = 0;
        for (T row : rows) {
            writeRow(sheet, (int) ++count, values(row), styles);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(count, 1), 0, columns.size() - 1));
        return count;
    }

    /**
     * The row's cell values, in column order, as {@link Writer#addValues} writes them: true and false as yes and no, an
     * instant as its UTC date and time.
     */
    public Object[] values(T row) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = columns.get(i).value().apply(row);
            values[i] = value instanceof Boolean b ? (b ? yes : no)
                    : value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
        }
        return values;
    }

    /** One row of cells from values taken by {@link #values}. */
    private static void writeRow(SXSSFSheet sheet, int rowNumber, Object[] values, Styles styles) {
        Row r = sheet.createRow(rowNumber);
        for (int i = 0; i < values.length; i++) {
            writeCell(r.createCell(i), values[i], styles);
        }
    }

    private static void writeCell(Cell cell, Object value, Styles styles) {
        // Every cell gets its style here, the workbook's plain one by default (written as no style at all): a cell
        // without one makes SXSSF look for its column's default style through the sheet's column widths, an XML walk
        // per cell that was 60% of an export's time in a profile.
        cell.setCellStyle(styles.plain);
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        } else if (value instanceof LocalDateTime dt) {
            cell.setCellValue(dt);
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            cell.setCellStyle(styles.dateTime);
        } else {
            String text = value.toString();
            cell.setCellValue(text);
            if (FormulaGuard.looksLikeFormula(text)) {
                cell.setCellStyle(styles.literalText);
            }
        }
    }

    private static void writeAbout(SXSSFWorkbook wb, Map<String, String> about, long count, Styles styles) {
        SXSSFSheet sheet = wb.createSheet("About");
        int r = 0;
        for (Map.Entry<String, String> e : about.entrySet()) {
            Row row = sheet.createRow(r++);
            Cell key = row.createCell(0);
            key.setCellValue(e.getKey());
            key.setCellStyle(styles.header);
            writeCell(row.createCell(1), e.getValue(), styles);
        }
        Row rows = sheet.createRow(r);
        Cell key = rows.createCell(0);
        key.setCellValue("Rows");
        key.setCellStyle(styles.header);
        rows.createCell(1).setCellValue(count);
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 80 * 256);
    }

    /** Cell styles, created once per workbook (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle header;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle literalText;

        Styles(SXSSFWorkbook wb) {
            plain = wb.getCellStyleAt(0);
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            short dateFormat = wb.createDataFormat().getFormat("yyyy-mm-dd");
            short dateTimeFormat = wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm");
            date = wb.createCellStyle();
            date.setDataFormat(dateFormat);
            dateTime = wb.createCellStyle();
            dateTime.setDataFormat(dateTimeFormat);
            literalText = wb.createCellStyle();
            literalText.setQuotePrefixed(true);
        }
    }
}
