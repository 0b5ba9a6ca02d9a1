package org.amparo.imports.infrastructure;

import org.amparo.imports.domain.FileDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one of ICE's reference files whatever its layout: every sheet is looked at, and the first whose headings are
 * those of the family asked for (the 287(g) lists, or the facility lists) is read, wherever its header is, whatever
 * the sheet is called and in whatever order its columns come. The file is then dated ({@link FileDate}) from its name,
 * the title rows above its header and its own properties. A file that is not one of the family is refused with the
 * headings it lacks.
 */
public final class IceFiles {

    /** The two families of ICE's reference files. */
    public enum Family { ICE_287G, ICE_FACILITIES }

    /** A file as read: its 287(g) or its facility rows (the other is null), where they were found, and its date. */
    public record IceFile(Family family, String sheetName, int headerRow, Ice287gList.Parsed agreements,
                          IceFacilityList.Parsed facilities, FileDate date, List<String> titles,
                          List<List<String>> sample) {

        public List<ImportProblem> problems() {
            return agreements != null ? agreements.problems() : facilities.problems();
        }

        public List<ImportNote> notes() {
            return agreements != null ? agreements.notes() : facilities.notes();
        }

        public int rowCount() {
            return agreements != null ? agreements.rows().size() : facilities.rows().size();
        }
    }

    private IceFiles() {
    }

    public static IceFile read(Family family, String fileName, byte[] content, int maxRows, LocalDate today)
            throws UnreadableFileException {
        SheetFile file = new SpreadsheetReader(maxRows).readAll(content);
        for (SheetTable table : file.sheets()) {
            Optional<HeaderRow> header = family == Family.ICE_287G ? Ice287gList.header(table) : IceFacilityList.header(table);
            if (header.isEmpty()) {
                continue;
            }
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < header.get().index(); i++) {
                table.rows().get(i).cells().values().forEach(c -> titles.add(c.text()));
            }
            FileDate date = FileDate.of(fileName, titles, file.created(), file.modified(), today);
            int headerRow = table.rows().get(header.get().index()).number() + 1;
            List<List<String>> sample = table.rows().stream().skip(header.get().index()).limit(12)
                    .map(r -> r.cells().values().stream().map(SheetCell::text).toList()).toList();
            return family == Family.ICE_287G
                    ? new IceFile(family, table.sheetName(), headerRow, Ice287gList.parse(table, header.get()), null, date, titles, sample)
                    : new IceFile(family, table.sheetName(), headerRow, null, IceFacilityList.parse(table, header.get()), date, titles, sample);
        }
        throw new UnreadableFileException("amparo.import.noHeader",
                family == Family.ICE_287G ? Ice287gList.REQUIRED_LABELS : IceFacilityList.REQUIRED_LABELS);
    }
}
