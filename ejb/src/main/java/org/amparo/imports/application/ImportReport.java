package org.amparo.imports.application;

import org.amparo.reference.domain.ReferenceImport;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import found and did (or, in a preview, would do): rows read, records added, updated, unchanged and ended,
 * the rows' problems worded in the caller's language, and the first rows as read. Also how the file was read (the
 * layout recognised, its sheet and header row), the day it speaks of and how that was found ({@code datedBy} names
 * the source: FILE_NAME, FISCAL_YEAR_IN_NAME, FISCAL_YEAR_IN_TITLE, TITLE, FILE_SAVED, FILE_CREATED or NONE;
 * {@code dated} words it), whether it is imported as history only (older than the last import, or undated: no current
 * fact changes), and notes on what was read differently from the cells (rows merged, "N/A" read as empty).
 */
public record ImportReport(ReferenceImport.Kind kind, String fileName, LocalDate asOf, int rows, int added, int updated,
                           int unchanged, int ended, int problemCount, List<Problem> problems, List<List<String>> sample,
                           boolean committed, String layout, String datedBySource, String dated, boolean historyOnly,
                           List<String> notes) implements Serializable {

    /** One problem of one row: the row and cell as the spreadsheet numbers them, the value, what is wrong. */
    public record Problem(int row, String cell, String field, String value, String message) implements Serializable {
    }

    ImportReport asCommitted() {
        return new ImportReport(kind, fileName, asOf, rows, added, updated, unchanged, ended, problemCount, problems, sample,
                true, layout, datedBySource, dated, historyOnly, notes);
    }
}
