package org.amparo.imports;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * ICE's real files in ../shared/data beside the checkout (the surefire property {@code amparo.sharedData}); a test
 * that needs them is skipped when they are not there. They are read, never changed.
 */
final class SharedData {

    private SharedData() {
    }

    static Path root() {
        String dir = System.getProperty("amparo.sharedData", "../../shared/data");
        Path root = Path.of(dir);
        Assumptions.assumeTrue(Files.isDirectory(root), "no shared data at " + root.toAbsolutePath());
        return root;
    }

    static byte[] file(String relative) {
        Path file = root().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "no " + relative + " in the shared data");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every spreadsheet under the shared data, by path. */
    static List<Path> spreadsheets() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(f -> f.toString().endsWith(".xlsx") || f.toString().endsWith(".xls")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
