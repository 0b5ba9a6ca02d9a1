package org.amparo.imports.infrastructure;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one sheet of an uploaded file into a {@link SheetTable}, whatever the file is: .xlsx is streamed with SAX from
 * a temporary file (a 1,048,576-row sheet never sits in memory as a workbook), legacy .xls is read by HSSF, .csv has
 * its encoding (UTF-8 or Windows-1252) and delimiter (comma, semicolon, tab, pipe) detected and any line ends. The
 * type is told by the bytes, not the name. Hostile files end in an {@link UnreadableFileException} with a message key:
 * not a spreadsheet, password-protected, a zip bomb (POI's inflate-ratio guard), wider than {@value #MAX_COLUMNS}
 * columns, more rows than allowed, bigger than allowed, or empty. Formulas are never evaluated.
 */
public final class SpreadsheetReader {

    public static final int MAX_COLUMNS = 256;
    public static final int MAX_MEGABYTES = 25;
    private static final String NBSP = "\u00A0";

    private final int maxRows;

    public SpreadsheetReader(int maxRows) {
        this.maxRows = maxRows;
    }

    /** The sheet whose name starts with {@code sheetPrefix} (case ignored), or the first sheet when it is null. */
    public SheetTable read(byte[] content, String sheetPrefix) throws UnreadableFileException {
        SheetFile file = read(content, sheetPrefix, false);
        SheetTable table = file.sheets().get(0);
        if (table.rows().isEmpty()) {
            throw new UnreadableFileException("amparo.import.noRows", table.sheetName());
        }
        return table;
    }

    /**
     * Every sheet of the file, in the workbook's order (a .csv is one sheet), with the dates the file's own properties
     * give (created, last saved), for an importer that tells a layout by its headings wherever it is.
     */
    public SheetFile readAll(byte[] content) throws UnreadableFileException {
        SheetFile file = read(content, null, true);
        if (file.sheets().stream().allMatch(t -> t.rows().isEmpty())) {
            throw new UnreadableFileException("amparo.import.noRows", file.sheets().get(0).sheetName());
        }
        return file;
    }

    private SheetFile read(byte[] content, String sheetPrefix, boolean all) throws UnreadableFileException {
        if (content == null || content.length == 0) {
            throw new UnreadableFileException("amparo.import.empty");
        }
        if (content.length > MAX_MEGABYTES * 1024 * 1024) {
            throw new UnreadableFileException("amparo.import.tooBig", MAX_MEGABYTES);
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(content);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        try {
            return switch (magic) {
                case OOXML -> readXlsx(content, sheetPrefix, all);
                case OLE2 -> readOle2(content, sheetPrefix, all);
                case UNKNOWN -> new SheetFile(List.of(readText(content)), null, null);
                // PDF, images, HTML pretending to be .xls, Word files...
                default -> throw new UnreadableFileException("amparo.import.notSpreadsheet");
            };
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("amparo.import.locked");
        } catch (IOException | OpenXML4JException | NotOfficeXmlFileException | SAXException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).toLowerCase().contains("zip bomb")) {
                    throw new UnreadableFileException("amparo.import.zipBomb");
                }
            }
            throw new UnreadableFileException("amparo.import.notSpreadsheet");
        } catch (org.apache.poi.util.RecordFormatException | IllegalStateException | IllegalArgumentException
                 | IndexOutOfBoundsException | ClassCastException | UnsupportedOperationException
                 | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            // POI's answers to a damaged file: a cut-off or altered workbook is not a spreadsheet Amparo can read
            throw new UnreadableFileException("amparo.import.notSpreadsheet");
        } catch (Stop stop) {
            throw stop.reason;
        }
    }

    private static LocalDate day(java.util.Date date) {
        return date == null ? null : date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    /** Unwinds a SAX parse as soon as a limit is crossed. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient UnreadableFileException reason;

        Stop(UnreadableFileException reason) {
            super(null, null, false, false);
            this.reason = reason;
        }
    }

    // ---- .xlsx, streamed ----

    private SheetFile readXlsx(byte[] content, String sheetPrefix, boolean all) throws IOException, OpenXML4JException, SAXException,
            UnreadableFileException {
        Path file = Files.createTempFile("amparo-import", ".xlsx");
        try {
            Files.write(file, content);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                if (pkg.getPartsByName(java.util.regex.Pattern.compile("/xl/workbook\\.xml")).isEmpty()) {
                    throw new UnreadableFileException("amparo.import.notSpreadsheet");
                }
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                List<SheetTable> tables = new ArrayList<>();
                while (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        String name = sheets.getSheetName();
                        if (sheetPrefix != null && !name.trim().toLowerCase().startsWith(sheetPrefix.toLowerCase())) {
                            continue;
                        }
                        Map<String, String> links = new HashMap<>();
                        for (PackageRelationship rel : sheets.getSheetPart().getRelationshipsByType(XSSFRelation.SHEET_HYPERLINKS.getRelation())) {
                            links.put(rel.getId(), rel.getTargetURI().toString());
                        }
                        SheetHandler handler = new SheetHandler(strings, styles, links, maxRows);
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(handler);
                        xml.parse(new InputSource(sheet));
                        tables.add(new SheetTable(name, handler.rows(), handler.merged));
                        if (!all) {
                            break;
                        }
                    } catch (javax.xml.parsers.ParserConfigurationException e) {
                        throw new IOException(e);
                    }
                }
                if (tables.isEmpty()) {
                    throw new UnreadableFileException("amparo.import.noSheet", sheetPrefix == null ? "" : sheetPrefix);
                }
                var properties = pkg.getPackageProperties();
                return new SheetFile(tables, day(properties.getCreatedProperty().orElse(null)),
                        day(properties.getModifiedProperty().orElse(null)));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The SAX side of one worksheet: rows and cells, then merged ranges and hyperlinks, which come after the data. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Map<String, String> linkTargets;
        private final int maxRows;
        private final List<SheetTable.Row> rows = new ArrayList<>();
        private final Map<String, String> links = new HashMap<>();
        final List<String> merged = new ArrayList<>();

        private Map<Integer, SheetCell> cells;
        private int rowNumber = -1;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean inValue;
        private final StringBuilder value = new StringBuilder();

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, Map<String, String> linkTargets, int maxRows) {
            this.strings = strings;
            this.styles = styles;
            this.linkTargets = linkTargets;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r) - 1;
                    cells = new LinkedHashMap<>();
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> inValue = true;
                case "mergeCell" -> merged.add(a.getValue("ref"));
                case "hyperlink" -> {
                    String id = a.getValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
                    String target = id == null ? null : linkTargets.get(id);
                    if (target != null && a.getValue("ref") != null) {
                        links.put(a.getValue("ref").split(":")[0], target);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    SheetCell cell = cell();
                    if (cell != null) {
                        if (column >= MAX_COLUMNS) {
                            throw new Stop(new UnreadableFileException("amparo.import.tooWide", MAX_COLUMNS));
                        }
                        cells.put(column, cell);
                    }
                }
                case "row" -> {
                    if (!cells.isEmpty()) {
                        if (rows.size() >= maxRows) {
                            throw new Stop(new UnreadableFileException("amparo.import.tooManyRows", maxRows));
                        }
                        rows.add(new SheetTable.Row(rowNumber, cells));
                    }
                }
                default -> {
                }
            }
        }

        private SheetCell cell() {
            String raw = value.toString();
            if (raw.isEmpty()) {
                return null;
            }
            if ("s".equals(type)) {
                return textCell(strings.getItemAt(Integer.parseInt(raw.trim())).getString());
            }
            if ("inlineStr".equals(type) || "str".equals(type) || "e".equals(type)) {
                return textCell(raw);
            }
            if ("b".equals(type)) {
                return new SheetCell("1".equals(raw) ? "TRUE" : "FALSE", null, null, null, formula);
            }
            double number;
            try {
                number = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return textCell(raw);
            }
            LocalDate date = null;
            if (style >= 0 && style < styles.getNumCellStyles()) {
                XSSFCellStyle cs = styles.getStyleAt(style);
                if (DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString()) && DateUtil.isValidExcelDate(number)) {
                    date = DateUtil.getLocalDateTime(number).toLocalDate();
                }
            }
            return new SheetCell(date != null ? date.toString() : plain(number), number, date, null, formula);
        }

        private SheetCell textCell(String raw) {
            String text = clean(raw);
            return text.isEmpty() ? null : new SheetCell(text, null, null, null, formula);
        }

        List<SheetTable.Row> rows() {
            if (links.isEmpty()) {
                return rows;
            }
            List<SheetTable.Row> linked = new ArrayList<>(rows.size());
            for (SheetTable.Row row : rows) {
                Map<Integer, SheetCell> cells = row.cells();
                for (Map.Entry<Integer, SheetCell> e : cells.entrySet()) {
                    String target = links.get(SheetTable.columnName(e.getKey()) + (row.number() + 1));
                    if (target != null) {
                        e.setValue(e.getValue().withLink(target));
                    }
                }
                linked.add(row);
            }
            return linked;
        }
    }

    // ---- legacy .xls (and telling a password-protected .xlsx, which is an OLE2 container too) ----

    private SheetFile readOle2(byte[] content, String sheetPrefix, boolean all) throws IOException, UnreadableFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new UnreadableFileException("amparo.import.locked");
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("Book")) {
                throw new UnreadableFileException("amparo.import.notSpreadsheet");
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
                List<SheetTable> tables = new ArrayList<>();
                for (Sheet sheet : wb) {
                    if (sheetPrefix != null && !sheet.getSheetName().trim().toLowerCase().startsWith(sheetPrefix.toLowerCase())) {
                        continue;
                    }
                    List<SheetTable.Row> rows = new ArrayList<>();
                    for (Row r : sheet) {
                        Map<Integer, SheetCell> cells = new LinkedHashMap<>();
                        for (Cell c : r) {
                            SheetCell cell = cell(c);
                            if (cell != null) {
                                if (c.getColumnIndex() >= MAX_COLUMNS) {
                                    throw new UnreadableFileException("amparo.import.tooWide", MAX_COLUMNS);
                                }
                                cells.put(c.getColumnIndex(), cell);
                            }
                        }
                        if (!cells.isEmpty()) {
                            if (rows.size() >= maxRows) {
                                throw new UnreadableFileException("amparo.import.tooManyRows", maxRows);
                            }
                            rows.add(new SheetTable.Row(r.getRowNum(), cells));
                        }
                    }
                    List<String> merged = sheet.getMergedRegions().stream().map(m -> m.formatAsString()).toList();
                    tables.add(new SheetTable(sheet.getSheetName(), rows, merged));
                    if (!all) {
                        break;
                    }
                }
                if (tables.isEmpty()) {
                    throw new UnreadableFileException("amparo.import.noSheet", sheetPrefix == null ? "" : sheetPrefix);
                }
                var summary = wb.getSummaryInformation();
                return new SheetFile(tables, summary == null ? null : day(summary.getCreateDateTime()),
                        summary == null ? null : day(summary.getLastSaveDateTime()));
            }
        }
    }

    private static SheetCell cell(Cell c) {
        boolean formula = c.getCellType() == CellType.FORMULA;
        CellType type = formula ? c.getCachedFormulaResultType() : c.getCellType();
        String link = c.getHyperlink() == null ? null : c.getHyperlink().getAddress();
        SheetCell cell = switch (type) {
            case STRING -> {
                String text = clean(c.getStringCellValue());
                yield text.isEmpty() ? null : new SheetCell(text, null, null, link, formula);
            }
            case NUMERIC -> {
                double n = c.getNumericCellValue();
                LocalDate date = DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate() : null;
                yield new SheetCell(date != null ? date.toString() : plain(n), n, date, link, formula);
            }
            case BOOLEAN -> new SheetCell(c.getBooleanCellValue() ? "TRUE" : "FALSE", null, null, link, formula);
            default -> null;
        };
        return cell;
    }

    // ---- .csv and other delimited text ----

    private SheetTable readText(byte[] content) throws UnreadableFileException {
        String text = decode(content).orElseThrow(() -> new UnreadableFileException("amparo.import.notSpreadsheet"));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = splitLines(text);
        char delimiter = delimiter(lines);
        List<SheetTable.Row> rows = new ArrayList<>();
        List<List<String>> records = parse(text, delimiter);
        for (int i = 0; i < records.size(); i++) {
            Map<Integer, SheetCell> cells = new LinkedHashMap<>();
            List<String> fields = records.get(i);
            for (int c = 0; c < fields.size(); c++) {
                String value = clean(fields.get(c));
                if (!value.isEmpty()) {
                    if (c >= MAX_COLUMNS) {
                        throw new UnreadableFileException("amparo.import.tooWide", MAX_COLUMNS);
                    }
                    cells.put(c, SheetCell.text(value));
                }
            }
            if (!cells.isEmpty()) {
                if (rows.size() >= maxRows) {
                    throw new UnreadableFileException("amparo.import.tooManyRows", maxRows);
                }
                rows.add(new SheetTable.Row(i, cells));
            }
        }
        return new SheetTable("csv", rows, List.of());
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252; binary (NUL bytes) is not text at all. */
    static Optional<String> decode(byte[] content) {
        int probe = Math.min(content.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (content[i] == 0) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.of(new String(content, Charset.forName("windows-1252")));
        }
    }

    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", 30)) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines.size() > 20 ? lines.subList(0, 20) : lines;
    }

    /** The candidate that splits the first lines into the same number (more than one) of fields most often. */
    static char delimiter(List<String> lines) {
        char best = ',';
        int bestScore = -1;
        for (char candidate : new char[]{',', ';', '\t', '|'}) {
            Map<Integer, Integer> widths = new HashMap<>();
            for (String line : lines) {
                int fields = parse(line, candidate).stream().findFirst().map(List::size).orElse(0);
                if (fields > 1) {
                    widths.merge(fields, 1, Integer::sum);
                }
            }
            int score = widths.values().stream().max(Integer::compare).orElse(0);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** RFC 4180 fields: quotes, doubled quotes, delimiters and line breaks inside quotes; CR, LF or CRLF ends a record. */
    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == delimiter) {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    static String clean(String raw) {
        return raw == null ? "" : raw.replace(NBSP, " ").replaceAll("[\\s]+", " ").trim();
    }

    private static String plain(double n) {
        return BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }
}
