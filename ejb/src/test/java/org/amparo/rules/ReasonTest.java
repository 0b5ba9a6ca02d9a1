package org.amparo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every reason a rule can give reads in English and in Spanish (the case file's two languages). */
class ReasonTest {

    @Test
    void everyReasonKeyUsedByTheRulesHasAnEnglishAndASpanishText() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("Reason\\.of\\(\"([^\"]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/amparo"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("the rules give reasons").hasSizeGreaterThan(30);
        Properties en = load("reasons.properties");
        Properties es = load("reasons_es.properties");
        for (String k : used) {
            String prefix = k.endsWith(".") ? k : null;
            if (prefix == null) {
                assertThat(en).as("English text for " + k).containsKey(k);
                assertThat(es).as("Spanish text for " + k).containsKey(k);
            }
        }
        assertThat(es.keySet()).as("the same keys in both languages").isEqualTo(en.keySet());
    }

    @Test
    void argumentsAndApostrophesSurviveMessageFormat() {
        assertThat(Reason.of("priority.aggravatedFelony", 3).text(Locale.ENGLISH))
                .isEqualTo("conviction 3: aggravated felony (attorney's finding; DHS memo of 20 November 2014, Priority 1(e))");
        assertThat(Reason.of("priority.significantMisdemeanor", 0, "DUI").text(Locale.forLanguageTag("es")))
                .isEqualTo("condena 0: delito menor significativo (DUI) (memorando del DHS del 20 de noviembre de 2014, prioridad 2(b))");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReasonTest.class.getResourceAsStream("/org/amparo/rules/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
