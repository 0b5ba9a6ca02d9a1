package org.amparo.web.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static final Pattern KEY = Pattern.compile("\"(api\\.[A-Za-z]+)\"");

    @Test
    void everyKeyTheResourcesNameIsWordedInEnglishAndSpanish() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/amparo/web/api"))) {
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
    }

    @Test
    void aRefusalOutsideARequestIsWordedInEnglish() {
        assertThat(ApiWords.invalid("size", "api.notWholeNumber").errors().get(0).message()).isEqualTo("is not a whole number");
        assertThat(ApiWords.text("api.unknownValue", "SOON")).isEqualTo("Unknown value 'SOON'");
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ApiWordsTest.class.getResourceAsStream("/org/amparo/web/i18n/api" + suffix + ".properties")) {
            properties.load(in);
        }
        return properties;
    }
}
