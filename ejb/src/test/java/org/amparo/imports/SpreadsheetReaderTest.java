package org.amparo.imports;

import org.amparo.imports.infrastructure.Ice287gList;
import org.amparo.imports.infrastructure.SheetTable;
import org.amparo.imports.infrastructure.SpreadsheetReader;
import org.amparo.imports.infrastructure.UnreadableFileException;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Real-world and hostile files, each made here: every kind is either read correctly or refused with the message that
 * says why. (That a refused file changes nothing is the importers' side: they read the whole file before writing.)
 */
class SpreadsheetReaderTest {

    private static final String[] HEADER = {"STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "SUPPORT TYPE", "SIGNED", "MOA"};
    private final SpreadsheetReader reader = new SpreadsheetReader(100_000);

    private static String refusal(byte[] content) {
        try {
            new SpreadsheetReader(100_000).read(content, null);
            return "read";
        } catch (UnreadableFileException e) {
            return e.key();
        }
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A 287(g) list as ICE lays it out: a title row, the header, one agency per row. */
    private static Workbook list(Workbook wb, Object... signed) {
        Sheet sheet = wb.createSheet("Sheet1");
        sheet.createRow(0).createCell(0).setCellValue("ICE 287(g) participating agencies");
        Row header = sheet.createRow(2);
        for (int i = 0; i < HEADER.length; i++) {
            header.createCell(i).setCellValue(HEADER[i]);
        }
        for (int r = 0; r < signed.length; r++) {
            Row row = sheet.createRow(3 + r);
            row.createCell(0).setCellValue("TEXAS ");
            row.createCell(1).setCellValue("Ejemplo County Sheriff\u00A0Office  " + r);
            row.createCell(2).setCellValue("County");
            row.createCell(3).setCellValue(r % 2 == 0 ? "Warrant Services Officer" : "Task Force Model ");
            Cell date = row.createCell(4);
            if (signed[r] instanceof LocalDate d) {
                date.setCellValue(d);
                date.setCellStyle(dateStyle(wb));
            } else {
                date.setCellValue(String.valueOf(signed[r]));
            }
            Cell moa = row.createCell(5);
            moa.setCellValue("link");
            Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress("https://www.ice.gov/doclib/287gMOA/" + r + ".pdf");
            moa.setHyperlink(link);
        }
        return wb;
    }

    private static org.apache.poi.ss.usermodel.CellStyle dateStyle(Workbook wb) {
        var style = wb.createCellStyle();
        style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
        return style;
    }

    @Test
    void anXlsxListIsReadWithItsHeaderBelowTitleRowsTrimmedValuesDatesAndHyperlinks() throws Exception {
        var parsed = Ice287gList.parse(reader.read(bytes(list(new XSSFWorkbook(), LocalDate.of(2025, 9, 22), "9/23/25")), null));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(2);
        var first = parsed.rows().get(0);
        assertThat(first.stateCode()).isEqualTo("TX");
        assertThat(first.agency()).isEqualTo("Ejemplo County Sheriff Office 0");
        assertThat(first.supportType().name()).isEqualTo("WARRANT_SERVICE_OFFICER");
        assertThat(first.signedOn()).isEqualTo(LocalDate.of(2025, 9, 22));
        assertThat(first.moaUrl()).isEqualTo("https://www.ice.gov/doclib/287gMOA/0.pdf");
        // A date written as text is still a date.
        assertThat(parsed.rows().get(1).signedOn()).isEqualTo(LocalDate.of(2025, 9, 23));
    }

    @Test
    void aLegacyXlsIsReadToo() throws Exception {
        var parsed = Ice287gList.parse(reader.read(bytes(list(new HSSFWorkbook(), LocalDate.of(2020, 6, 9))), null));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.signedOn()).isEqualTo(LocalDate.of(2020, 6, 9));
            assertThat(r.moaUrl()).endsWith("/0.pdf");
        });
    }

    @ParameterizedTest(name = "CSV with {0}")
    @ValueSource(strings = {"comma UTF-8 LF", "semicolon Windows-1252 CRLF", "tab UTF-8-BOM CR", "pipe UTF-8 CRLF"})
    void csvFilesAreReadWhateverTheirDelimiterEncodingAndLineEnds(String variant) throws Exception {
        String delimiter = variant.startsWith("comma") ? "," : variant.startsWith("semicolon") ? ";" : variant.startsWith("tab") ? "\t" : "|";
        String end = variant.endsWith("CRLF") ? "\r\n" : variant.endsWith("CR") ? "\r" : "\n";
        Charset charset = variant.contains("1252") ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        String text = (variant.contains("BOM") ? "\uFEFF" : "") + String.join(delimiter, HEADER) + end
                + String.join(delimiter, "PUERTO RICO", "\"Polic\u00eda de Puerto Rico, Regi\u00f3n " + delimiter + " Norte\"",
                "State Agency", "Task Force Model", "3/6/2025", "link pending") + end;
        var parsed = Ice287gList.parse(reader.read(text.getBytes(charset), null));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.stateCode()).isEqualTo("PR");
            // Runs of white space, a tab among them, read as one space.
            assertThat(r.agency()).isEqualTo(("Polic\u00eda de Puerto Rico, Regi\u00f3n " + delimiter + " Norte").replaceAll("\\s+", " "));
            assertThat(r.signedOn()).isEqualTo(LocalDate.of(2025, 3, 6));
            assertThat(r.moaUrl()).isNull();
        });
    }

    @Test
    void formulasMergedCellsAndWordsForDatesAreProblemsNamingTheirCells() throws Exception {
        XSSFWorkbook wb = (XSSFWorkbook) list(new XSSFWorkbook(), LocalDate.of(2025, 1, 1), "next week", LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3));
        Sheet sheet = wb.getSheetAt(0);
        sheet.getRow(3).getCell(1).setCellFormula("CONCAT(\"A\",\"B\")");
        sheet.addMergedRegion(new CellRangeAddress(5, 6, 2, 2));
        var parsed = Ice287gList.parse(reader.read(bytes(wb), null));
        assertThat(parsed.problems()).extracting(p -> p.cell() + " " + p.key()).contains(
                "B4 amparo.import.formula", "E5 amparo.import.notADate", "C6 amparo.import.merged");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedAsSuch() throws Exception {
        byte[] plain = bytes(list(new XSSFWorkbook(), LocalDate.of(2025, 1, 1)));
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secreto");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
            assertThat(refusal(out.toByteArray())).isEqualTo("amparo.import.locked");
        }
    }

    @Test
    void aZipBombIsNotOpened() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""".getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""".getBytes(StandardCharsets.UTF_8));
            put(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""".getBytes(StandardCharsets.UTF_8));
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces); // 200 MB of nothing, a few hundred KB compressed
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(2_000_000);
        assertThat(refusal(out.toByteArray())).isEqualTo("amparo.import.zipBomb");
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    @Test
    void aSheet16384ColumnsWideIsRefused() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Row row = wb.createSheet("Sheet1").createRow(0);
        row.createCell(0).setCellValue("STATE");
        row.createCell(16_383).setCellValue("far away");
        assertThat(refusal(bytes(wb))).isEqualTo("amparo.import.tooWide");
    }

    @Test
    void aSheetWithAllItsMillionRowsIsRefusedWithoutReadingItWhole() throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try {
            Sheet sheet = wb.createSheet("Sheet1");
            for (int r = 0; r < 1_048_576; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            assertThat(refusal(out.toByteArray())).isEqualTo("amparo.import.tooManyRows");
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    @Test
    void emptyFilesEmptySheetsOversizedUploadsAndOtherFilesAreRefused() throws Exception {
        assertThat(refusal(new byte[0])).isEqualTo("amparo.import.empty");
        XSSFWorkbook empty = new XSSFWorkbook();
        empty.createSheet("Sheet1");
        assertThat(refusal(bytes(empty))).isEqualTo("amparo.import.noRows");
        assertThat(refusal(new byte[SpreadsheetReader.MAX_MEGABYTES * 1024 * 1024 + 1])).isEqualTo("amparo.import.tooBig");
        assertThat(refusal("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("amparo.import.notSpreadsheet");
        assertThat(refusal(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13})).isEqualTo("amparo.import.notSpreadsheet");
        assertThat(refusal("<html><body><table><tr><td>x</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("amparo.import.notSpreadsheet");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            put(z, "readme.txt", "not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refusal(zip.toByteArray())).isEqualTo("amparo.import.notSpreadsheet");
    }

    @Test
    void columnNamesAreAsSpreadsheetsWriteThem() {
        assertThat(SheetTable.columnName(0)).isEqualTo("A");
        assertThat(SheetTable.columnName(25)).isEqualTo("Z");
        assertThat(SheetTable.columnName(26)).isEqualTo("AA");
        assertThat(SheetTable.columnName(16_383)).isEqualTo("XFD");
    }
}
