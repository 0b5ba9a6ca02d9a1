package org.amparo.imports.application;

import org.amparo.imports.infrastructure.ImportProblem;
import org.amparo.shared.domain.InputValidation;
import org.amparo.shared.infrastructure.XlsxTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The problems of an import's rows, worded for the person importing and written as the workbook they fix the file from. */
final class ImportProblems {

    /** At most this many problems are worded and shown; the count says how many there are. */
    static final int SHOWN = 1000;

    private ImportProblems() {
    }

    static List<ImportReport.Problem> worded(List<ImportProblem> problems, InputValidation validation) {
        return problems.stream().limit(SHOWN)
                .map(p -> new ImportReport.Problem(p.row(), p.cell(), p.field(), p.value(),
                        validation.message(p.key(), p.value(), p.detail())))
                .toList();
    }

    static byte[] workbook(List<ImportReport.Problem> problems, Map<String, String> about) {
        XlsxTable<ImportReport.Problem> table = new XlsxTable<>("Problems", List.of(
                new XlsxTable.Column<>("Row", 8, ImportReport.Problem::row),
                new XlsxTable.Column<>("Cell", 8, ImportReport.Problem::cell),
                new XlsxTable.Column<>("Column", 20, ImportReport.Problem::field),
                new XlsxTable.Column<>("Value", 30, ImportReport.Problem::value),
                new XlsxTable.Column<>("Problem", 70, ImportReport.Problem::message)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            table.write(problems, about, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
