package org.amparo.imports.infrastructure;

import java.io.Serializable;

/**
 * What is wrong with one row of a file: the row as the spreadsheet numbers it, the cell ("C12") or column, the field,
 * and a message key of the validation bundle with its arguments: the value, and a detail some messages need (the
 * earlier row a row disagrees with, a length limit).
 */
public record ImportProblem(int row, String cell, String field, String key, String value, String detail) implements Serializable {

    public ImportProblem(int row, String cell, String field, String key, String value) {
        this(row, cell, field, key, value, null);
    }
}
