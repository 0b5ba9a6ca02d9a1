package org.amparo.imports.application;

import org.amparo.reference.domain.ReferenceImport;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import found and did (or, in a preview, would do): rows read, records added, updated, unchanged and ended,
 * the rows' problems worded in the caller's language, and the first rows as read.
 */
public record ImportReport(ReferenceImport.Kind kind, String fileName, LocalDate asOf, int rows, int added, int updated,
                           int unchanged, int ended, int problemCount, List<Problem> problems, List<List<String>> sample,
                           boolean committed) implements Serializable {

    /** One problem of one row: the row and cell as the spreadsheet numbers them, the value, what is wrong. */
    public record Problem(int row, String cell, String field, String value, String message) implements Serializable {
    }
}
