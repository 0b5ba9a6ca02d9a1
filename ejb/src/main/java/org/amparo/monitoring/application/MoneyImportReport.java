package org.amparo.monitoring.application;

import java.io.Serializable;
import java.util.List;

/**
 * What importing a money spreadsheet found and did (or, in a preview, would do): rows read; years added, replaced and
 * unchanged (a row that repeats what is recorded); the problems worded in the caller's language, each with the row and
 * cell as the spreadsheet numbers them.
 */
public record MoneyImportReport(String fileName, int rows, int added, int replaced, int unchanged, int problemCount,
                                List<Problem> problems, boolean committed) implements Serializable {

    /** One problem of one row: the row and cell, the field, the value as read, what is wrong. */
    public record Problem(int row, String cell, String field, String value, String message) implements Serializable {
    }

    MoneyImportReport asCommitted() {
        return new MoneyImportReport(fileName, rows, added, replaced, unchanged, problemCount, problems, true);
    }
}
