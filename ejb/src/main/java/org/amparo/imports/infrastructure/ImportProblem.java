package org.amparo.imports.infrastructure;

import java.io.Serializable;

/**
 * What is wrong with one row of a file: the row as the spreadsheet numbers it, the cell ("C12") or column, the field,
 * and a message key of the validation bundle with its arguments.
 */
public record ImportProblem(int row, String cell, String field, String key, String value) implements Serializable {
}
