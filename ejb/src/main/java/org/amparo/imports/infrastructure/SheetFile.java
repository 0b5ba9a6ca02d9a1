package org.amparo.imports.infrastructure;

import java.time.LocalDate;
import java.util.List;

/**
 * Every sheet of an uploaded file, in the workbook's order, and the days its own properties give: when it was created
 * and last saved (null when the file has none, as a .csv).
 */
public record SheetFile(List<SheetTable> sheets, LocalDate created, LocalDate modified) {
}
