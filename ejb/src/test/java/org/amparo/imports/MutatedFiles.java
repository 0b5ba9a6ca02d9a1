package org.amparo.imports;

import org.amparo.imports.infrastructure.SheetCell;
import org.amparo.imports.infrastructure.SheetFile;
import org.amparo.imports.infrastructure.SheetTable;
import org.amparo.imports.infrastructure.SpreadsheetReader;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Copies of a real file changed the way real files differ (rows duplicated, cells blanked, "N/A"s, columns reordered,
 * sheets renamed and reordered, title rows added, saved as legacy .xls) or damaged (cut short, bytes garbled, random
 * bytes), for the tests that feed them to the importers. The same seed gives the same copies.
 */
public final class MutatedFiles {

    private static final List<String> NOT_AVAILABLE = List.of("N/A", "#N/A", "NA", "-", "n/a", "N/A ", "—", "none");

    /** One copy: what was done to it, and its bytes. */
    public record Variant(String label, byte[] content) {
    }

    /** A sheet as plain rows of cells, which mutations change and a writer saves again. */
    private record Model(String name, List<Map<Integer, SheetCell>> rows) {
    }

    private record Mutation(String name, BiConsumer<List<Model>, Random> change) {
    }

    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("rows duplicated", MutatedFiles::duplicateRows),
            new Mutation("cells blanked", MutatedFiles::blankCells),
            new Mutation("N/A in cells", MutatedFiles::notAvailableCells),
            new Mutation("columns reordered", MutatedFiles::reorderColumns),
            new Mutation("sheets renamed", MutatedFiles::renameSheets),
            new Mutation("sheets reordered", (sheets, random) -> Collections.shuffle(sheets, random)),
            new Mutation("title rows added", MutatedFiles::addTitleRows));

    private MutatedFiles() {
    }

    /** The file as published, then {@code layoutChanges} changed copies and {@code damaged} damaged ones. */
    public static List<Variant> of(byte[] original, Random random, int layoutChanges, int damaged) throws Exception {
        SheetFile sheets = new SpreadsheetReader(100_000).readAll(original);
            List<byte[]> variants = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            variants.add(original);
            labels.add("as published");
            for (int i = 0; i < layoutChanges; i++) {
                List<Model> model = model(sheets);
                StringBuilder label = new StringBuilder();
                int count = 1 + random.nextInt(3);
                for (int m = 0; m < count; m++) {
                    Mutation mutation = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
                    mutation.change().accept(model, random);
                    label.append(label.isEmpty() ? "" : " + ").append(mutation.name());
                }
                boolean legacy = random.nextInt(3) == 0;
                variants.add(write(model, legacy));
                labels.add(label + (legacy ? " as .xls" : ""));
            }
            for (int i = 0; i < damaged; i++) {
                byte[] bytes = original.clone();
                String label;
                switch (i % 3) {
                    case 0 -> {
                        int length = random.nextInt(bytes.length);
                        bytes = java.util.Arrays.copyOf(bytes, length);
                        label = "cut short at byte " + length;
                    }
                    case 1 -> {
                        int flips = 1 + random.nextInt(20);
                        for (int f = 0; f < flips; f++) {
                            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                        }
                        label = flips + " bytes garbled";
                    }
                    default -> {
                        bytes = new byte[1 + random.nextInt(4096)];
                        random.nextBytes(bytes);
                        label = "random bytes";
                    }
                }
                variants.add(bytes);
                labels.add(label);
            }
        List<Variant> out = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            out.add(new Variant(labels.get(v), variants.get(v)));
        }
        return out;
    }

    // ---- the model and its mutations ----

    private static List<Model> model(SheetFile file) {
        List<Model> sheets = new ArrayList<>();
        for (SheetTable table : file.sheets()) {
            List<Map<Integer, SheetCell>> rows = new ArrayList<>();
            for (SheetTable.Row row : table.rows()) {
                rows.add(new TreeMap<>(row.cells()));
            }
            sheets.add(new Model(table.sheetName(), rows));
        }
        return sheets;
    }

    private static Model someSheet(List<Model> sheets, Random random) {
        // the sheets with most rows are the tables; favour them
        Model biggest = sheets.stream().max(java.util.Comparator.comparingInt(m -> m.rows().size())).orElseThrow();
        return random.nextBoolean() ? biggest : sheets.get(random.nextInt(sheets.size()));
    }

    private static void duplicateRows(List<Model> sheets, Random random) {
        Model sheet = someSheet(sheets, random);
        int times = 1 + random.nextInt(4);
        for (int i = 0; i < times && !sheet.rows().isEmpty(); i++) {
            int at = random.nextInt(sheet.rows().size());
            sheet.rows().add(at + 1, new TreeMap<>(sheet.rows().get(at)));
        }
    }

    private static void blankCells(List<Model> sheets, Random random) {
        Model sheet = someSheet(sheets, random);
        int times = 1 + random.nextInt(30);
        for (int i = 0; i < times && !sheet.rows().isEmpty(); i++) {
            Map<Integer, SheetCell> row = sheet.rows().get(random.nextInt(sheet.rows().size()));
            if (!row.isEmpty()) {
                List<Integer> columns = new ArrayList<>(row.keySet());
                row.remove(columns.get(random.nextInt(columns.size())));
            }
        }
    }

    private static void notAvailableCells(List<Model> sheets, Random random) {
        Model sheet = someSheet(sheets, random);
        int times = 1 + random.nextInt(30);
        for (int i = 0; i < times && !sheet.rows().isEmpty(); i++) {
            Map<Integer, SheetCell> row = sheet.rows().get(random.nextInt(sheet.rows().size()));
            int width = row.isEmpty() ? 1 : Collections.max(row.keySet()) + 1;
            row.put(random.nextInt(width), SheetCell.text(NOT_AVAILABLE.get(random.nextInt(NOT_AVAILABLE.size()))));
        }
    }

    private static void reorderColumns(List<Model> sheets, Random random) {
        Model sheet = someSheet(sheets, random);
        int width = sheet.rows().stream().filter(r -> !r.isEmpty()).mapToInt(r -> Collections.max(r.keySet()) + 1).max().orElse(1);
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            order.add(c);
        }
        Collections.shuffle(order, random);
        for (int r = 0; r < sheet.rows().size(); r++) {
            Map<Integer, SheetCell> moved = new TreeMap<>();
            sheet.rows().get(r).forEach((column, cell) -> moved.put(order.get(column), cell));
            sheet.rows().set(r, moved);
        }
    }

    private static void renameSheets(List<Model> sheets, Random random) {
        for (int i = 0; i < sheets.size(); i++) {
            String name = random.nextBoolean() ? "Sheet" + (i + 1) : "Hoja " + (i + 1) + " " + Integer.toHexString(random.nextInt());
            sheets.set(i, new Model(name, sheets.get(i).rows()));
        }
    }

    private static void addTitleRows(List<Model> sheets, Random random) {
        List<String> titles = List.of("U.S. Immigration and Customs Enforcement", "ICE FACILITIES DATA, FY25",
                "These statistics are made available to the public. Source: ICE Integrated Decision Support (IIDS) as of 04/09/2026.",
                "Updated March 4, 2024", "287(g) Participating Agencies", "Facility Name");
        Model sheet = someSheet(sheets, random);
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Map<Integer, SheetCell> row = new TreeMap<>();
            row.put(0, SheetCell.text(titles.get(random.nextInt(titles.size()))));
            sheet.rows().add(0, row);
        }
    }

    // ---- saving the model as a workbook again ----

    private static byte[] write(List<Model> sheets, boolean legacy) throws Exception {
        try (Workbook wb = legacy ? new HSSFWorkbook() : new SXSSFWorkbook(100)) {
            CellStyle dates = wb.createCellStyle();
            dates.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yyyy"));
            Set<String> names = new HashSet<>();
            for (Model model : sheets) {
                String name = model.name().trim().isEmpty() ? "Sheet" : model.name().replaceAll("[\\\\/?*\\[\\]:]", " ");
                name = name.length() > 28 ? name.substring(0, 28) : name;
                while (!names.add(name.toLowerCase(Locale.ROOT))) {
                    name = name + "_";
                }
                Sheet sheet = wb.createSheet(name);
                // a few hyperlinks keep the MOA links read; all 1,843 would only make the test slow
                int links = 50;
                int r = 0;
                for (Map<Integer, SheetCell> cells : model.rows()) {
                    if (legacy && r >= 65_000) {
                        break;
                    }
                    Row row = sheet.createRow(r++);
                    for (Map.Entry<Integer, SheetCell> e : new LinkedHashMap<>(cells).entrySet()) {
                        if (legacy && e.getKey() > 255) {
                            continue;
                        }
                        Cell cell = row.createCell(e.getKey());
                        SheetCell value = e.getValue();
                        if (value.number() != null) {
                            cell.setCellValue(value.number());
                            if (value.date() != null) {
                                cell.setCellStyle(dates);
                            }
                        } else {
                            cell.setCellValue(value.text());
                        }
                        if (value.link() != null && value.link().startsWith("http") && links-- > 0) {
                            try {
                                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
                                link.setAddress(value.link());
                                cell.setHyperlink(link);
                            } catch (IllegalArgumentException notAUri) {
                                // the text stays
                            }
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            if (wb instanceof SXSSFWorkbook streaming) {
                streaming.dispose();
            }
            return out.toByteArray();
        }
    }
}
