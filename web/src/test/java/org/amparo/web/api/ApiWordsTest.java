package org.amparo.web.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's own refusals are worded from a bundle in English and Spanish: every key the resources name is in both, and
 * the two have the same keys, so a caller asking for Spanish never gets a key, nor English by omission.
 */
class ApiWordsTest {

    private static final Pattern KEY = Pattern.compile("\"(api\\.[A-Za-z.]+[A-Za-z])\"");

    @Test
    void everyKeyTheResourcesNameIsWordedInEnglishAndSpanish() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/main/java/org/amparo/web/api")),
                Stream.of(Path.of("../ejb/src/main/java/org/amparo/shared/infrastructure/StrictJson.java")))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher key = KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        Properties english = bundle("");
        Properties spanish = bundle("_es");
        assertThat(named).as("the resources name refusals from the bundle").hasSizeGreaterThan(15);
        assertThat(english.stringPropertyNames()).containsAll(named);
        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (Properties words : List.of(english, spanish)) {
            for (String key : words.stringPropertyNames()) {
                // a stray brace or a single apostrophe fails here, not in a caller's answer
                String worded = new MessageFormat(words.getProperty(key)).format(new Object[]{"A", "B"});
                assertThat(worded).as(key).doesNotContain("{", "}").doesNotContain("''");
            }
        }
    }

    @Test
    void aRefusalOutsideARequestIsWordedInEnglish() {
        assertThat(ApiWords.invalid("size", "api.notWholeNumber").errors().get(0).message()).isEqualTo("is not a whole number");
        assertThat(ApiWords.text("api.unknownValue", "SOON")).isEqualTo("Unknown value 'SOON'");
        assertThat(ApiWords.text("api.screening.dateYears", 1900, 2200)).as("years as written, never grouped")
                .isEqualTo("Must be a date in the years 1900 to 2200");
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ApiWordsTest.class.getResourceAsStream("/org/amparo/web/i18n/api" + suffix + ".properties")) {
            properties.load(in);
        }
        return properties;
    }
}
