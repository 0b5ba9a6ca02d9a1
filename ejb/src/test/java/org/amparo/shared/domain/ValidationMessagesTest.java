package org.amparo.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The validation bundle serves two formatters. Bean Validation fills an annotation's template by name
 * ({@code "{amparo.validation.size}"}: "at most {max} characters"); {@link InputValidation#message} fills a key a
 * service or an aggregate names ({@code invalid("description", "amparo.validation.atMost", 200)}) with
 * {@link MessageFormat}, which takes only numbered arguments and throws on a named one: a 500 where the user should
 * have read which field to fix. So every key the code words itself must be a MessageFormat pattern, in both languages,
 * and every key an annotation names must have no numbered argument (Bean Validation would show "{0}" as it is).
 */
class ValidationMessagesTest {

    /** A key in a string literal of its own: worded by {@link InputValidation} (an annotation's has braces around it). */
    private static final Pattern WORDED = Pattern.compile("[^{]\"(amparo\\.(?:validation|import|hotline)\\.[A-Za-z0-9_.]*)\"");

    /** A key as an annotation's message template. */
    private static final Pattern TEMPLATE = Pattern.compile("\"\\{(amparo\\.validation\\.[A-Za-z0-9_.]+)}\"");

    @Test
    void everyKeyTheCodeWordsItselfIsAMessageFormatPatternInBothLanguages() throws IOException {
        Set<String> worded = keys(WORDED);
        assertThat(worded).as("services and aggregates name keys").hasSizeGreaterThan(100)
                .contains("amparo.validation.atMost");
        List<String> broken = new ArrayList<>();
        for (String file : List.of("ValidationMessages.properties", "ValidationMessages_es.properties")) {
            Properties bundle = load(file);
            for (String used : worded) {
                // a literal ending in a dot is the start of keys completed at run time ("amparo.import.layout." + kind)
                for (String key : bundle.stringPropertyNames()) {
                    if (used.endsWith(".") ? key.startsWith(used) : key.equals(used)) {
                        try {
                            // a count worded by its number ("1 row has", "3 rows have") is given numbers, the rest texts
                            String pattern = bundle.getProperty(key);
                            Object[] args = pattern.contains(",choice,") ? new Object[]{3, 2, 1, 4} : new Object[]{"a", "b", "c", "d"};
                            new MessageFormat(pattern, Locale.ROOT).format(args);
                        } catch (IllegalArgumentException e) {
                            broken.add(file + " " + key + ": " + e.getMessage());
                        }
                    }
                }
            }
        }
        assertThat(broken).as("keys worded with MessageFormat that it cannot fill").isEmpty();
    }

    @Test
    void aCountOfRowsIsWordedByItsNumber() throws IOException {
        for (String file : List.of("ValidationMessages.properties", "ValidationMessages_es.properties")) {
            MessageFormat badRows = new MessageFormat(load(file).getProperty("amparo.import.badRows"), Locale.ROOT);
            assertThat(badRows.format(new Object[]{1})).as(file).startsWith(file.contains("_es") ? "1 fila tiene " : "1 row has ");
            assertThat(badRows.format(new Object[]{3})).as(file).startsWith(file.contains("_es") ? "3 filas tienen " : "3 rows have ");
        }
    }

    @Test
    void noKeyAnAnnotationNamesHasANumberedArgument() throws IOException {
        Set<String> templates = keys(TEMPLATE);
        assertThat(templates).contains("amparo.validation.size", "amparo.validation.required");
        for (String file : List.of("ValidationMessages.properties", "ValidationMessages_es.properties")) {
            Properties bundle = load(file);
            for (String key : templates) {
                assertThat(bundle.getProperty(key)).as(file + " " + key).isNotNull().doesNotContainPattern("\\{[0-9]");
            }
        }
    }

    @Test
    void aDescriptionTooLongIsWordedWithItsLimit() {
        assertThat(new InputValidation().message("amparo.validation.atMost", 200))
                .isEqualTo("is too long (at most 200 characters)");
    }

    private static Set<String> keys(Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> sources = Files.walk(root)) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = pattern.matcher(Files.readString(source));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(in);
        }
        return p;
    }
}
