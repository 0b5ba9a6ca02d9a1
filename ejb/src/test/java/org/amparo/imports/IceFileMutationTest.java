package org.amparo.imports;

import org.amparo.imports.infrastructure.Ice287gList;
import org.amparo.imports.infrastructure.IceFacilityList;
import org.amparo.imports.infrastructure.IceFiles;
import org.amparo.imports.infrastructure.ImportNote;
import org.amparo.imports.infrastructure.ImportProblem;
import org.amparo.imports.infrastructure.UnreadableFileException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never a 500, as a property: every real file of ../shared/data, mutated the way real files differ (rows duplicated,
 * cells blanked, "N/A"s, columns reordered, sheets renamed and reordered, title rows added, saved as legacy .xls) or
 * damaged (cut short, bytes garbled), read as either family, gives either a file as read or a refusal that names the
 * problem with a message of the bundle, never another exception. What is read fits the database: no key twice, no
 * value longer than its column, a date no later than today. A fixed seed and a bounded number of mutations keep it
 * repeatable and quick.
 */
class IceFileMutationTest {

    private static final long SEED = 19_2026L;
    private static final int LAYOUT_MUTATIONS_PER_FILE = 4;
    private static final int BYTE_MUTATIONS_PER_FILE = 3;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("ValidationMessages", Locale.US);

    @Test
    void everyMutatedRealFileGivesAPreviewOrAClearRefusal() throws Exception {
        List<Path> files = SharedData.spreadsheets();
        assertThat(files).isNotEmpty();
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int inputs = 0;
        int read = 0;
        for (Path path : files) {
            long started = System.nanoTime();
            byte[] original = java.nio.file.Files.readAllBytes(path);
            String name = path.getFileName().toString();
            List<MutatedFiles.Variant> mutated = MutatedFiles.of(original, random, LAYOUT_MUTATIONS_PER_FILE, BYTE_MUTATIONS_PER_FILE);
            List<byte[]> variants = mutated.stream().map(MutatedFiles.Variant::content).toList();
            List<String> labels = mutated.stream().map(MutatedFiles.Variant::label).toList();
            IceFiles.Family own = path.toString().contains("287g") ? IceFiles.Family.ICE_287G : IceFiles.Family.ICE_FACILITIES;
            for (int v = 0; v < variants.size(); v++) {
                // each variant as its own family; the file as published as the other family too (a clear refusal)
                for (IceFiles.Family family : v == 0 ? List.of(IceFiles.Family.values()) : List.of(own)) {
                    inputs++;
                    String what = name + " (" + labels.get(v) + ") as " + family;
                    try {
                        IceFiles.IceFile file = IceFiles.read(family, name, variants.get(v), 100_000, TODAY);
                        read++;
                        failures.addAll(check(file, what));
                    } catch (UnreadableFileException refused) {
                        if (!MESSAGES.containsKey(refused.key())) {
                            failures.add(what + ": refused with an unknown message " + refused.key());
                        }
                    } catch (Throwable unexpected) {
                        failures.add(what + ": " + unexpected);
                    }
                }
            }
            System.out.printf("%s: %d variants in %d ms%n", name, variants.size(), (System.nanoTime() - started) / 1_000_000);
        }
        assertThat(failures).as("of %d inputs, %d read", inputs, read).isEmpty();
        assertThat(read).as("some mutated files are still read").isGreaterThan(files.size());
    }

    /** What a file read must be for the database to take it: keys once, values within their columns, a real date. */
    private static List<String> check(IceFiles.IceFile file, String what) {
        List<String> failures = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        if (file.agreements() != null) {
            for (Ice287gList.Row r : file.agreements().rows()) {
                if (!keys.add(r.stateCode() + "|" + r.agency().toUpperCase(Locale.ROOT) + "|" + r.supportType())) {
                    failures.add(what + ": agreement twice, row " + r.row());
                }
                if (r.stateCode() == null || r.agency().length() > 200 || (r.county() != null && r.county().length() > 100)
                        || r.type() == null || r.supportType() == null) {
                    failures.add(what + ": row " + r.row() + " does not fit the database");
                }
            }
        } else {
            for (IceFacilityList.Row r : file.facilities().rows()) {
                if (!keys.add(r.stateCode() + "|" + r.name().toUpperCase(Locale.ROOT))) {
                    failures.add(what + ": facility twice, row " + r.row());
                }
                if (r.name().length() > 200 || r.city().length() > 100 || longer(r.address(), 200) || longer(r.zip(), 10)
                        || longer(r.aor(), 10) || r.typeDetailed().isEmpty() || longer(r.typeDetailed(), 20)
                        || longer(r.detentionLocation(), 20) || longer(r.perDiem(), 200)
                        || (r.averageDailyPopulation() != null && r.averageDailyPopulation() > 99_999_999)) {
                    failures.add(what + ": row " + r.row() + " does not fit the database");
                }
            }
        }
        if (file.date().dated() && (file.date().asOf() == null || file.date().asOf().isAfter(TODAY))) {
            failures.add(what + ": dated " + file.date().asOf());
        }
        for (ImportProblem p : file.problems()) {
            failures.addAll(worded(p.key(), what, p.value(), p.detail()));
        }
        for (ImportNote n : file.notes()) {
            failures.addAll(worded(n.key(), what, n.args().toArray()));
        }
        return failures;
    }

    private static List<String> worded(String key, String what, Object... args) {
        if (!MESSAGES.containsKey(key)) {
            return List.of(what + ": no message for " + key);
        }
        MessageFormat.format(MESSAGES.getString(key), args);
        return List.of();
    }

    private static boolean longer(String text, int max) {
        return text != null && text.length() > max;
    }

}
