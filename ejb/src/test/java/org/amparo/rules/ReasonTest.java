package org.amparo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
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
    void aCountReadsInTheSingularOrThePlural() {
        java.time.LocalDateTime held = LocalDate.of(2026, 9, 29).atTime(10, 0);
        java.time.LocalDateTime expired = LocalDate.of(2026, 9, 28).atTime(6, 0);
        assertThat(Reason.of("finding.heldPastExpiry", held, expired, 1L).text(Locale.ENGLISH))
                .isEqualTo("still held at 2026-09-29 10:00, 1 hour after the hold expired at 2026-09-28 06:00");
        assertThat(Reason.of("finding.heldPastExpiry", held, expired, 28L).text(Locale.ENGLISH)).contains(", 28 hours after");
        assertThat(Reason.of("finding.heldPastExpiry", held, expired, 1L).text(Locale.forLanguageTag("es"))).contains(", 1 hora después");
        assertThat(Reason.of("finding.heldPastExpiry", held, expired, 28L).text(Locale.forLanguageTag("es"))).contains(", 28 horas después");
        assertThat(Reason.of("finding.heldPastExpiry", held, expired, 1234L).text(Locale.forLanguageTag("es")))
                .as("a count as it is, not grouped").contains(", 1234 horas después");
        assertThat(Reason.of("scaap.tooFewConvictions", 1).text(Locale.ENGLISH)).isEqualTo("no felony and 1 misdemeanor conviction, fewer than two");
        assertThat(Reason.of("scaap.tooFewConvictions", 0).text(Locale.forLanguageTag("es"))).startsWith("ningún delito grave y 0 condenas por");
    }

    @Test
    void argumentsAndApostrophesSurviveMessageFormat() {
        CriminalRecord.Numbered dui = new CriminalRecord.Numbered(3, new ConvictionFact(LocalDate.of(2013, 2, 1),
                OffenseLevel.MISDEMEANOR, OffenseCategory.DUI, null, 0, null, null, null));
        assertThat(Reason.of("priority.aggravatedFelony", dui).text(Locale.ENGLISH))
                .isEqualTo("the DUI conviction of 2013-02-01: aggravated felony (attorney's finding; DHS memo of 20 November 2014, Priority 1(e))");
        assertThat(Reason.of("priority.significantMisdemeanor", dui, OffenseCategory.DUI).text(Locale.forLanguageTag("es")))
                .isEqualTo("la condena por conducir bajo los efectos del alcohol o drogas del 2013-02-01: delito menor significativo"
                        + " (memorando del DHS del 20 de noviembre de 2014, prioridad 2(b))");
    }

    @Test
    void reasonsNameTheRecordAndWordCodes() {
        CriminalRecord.Numbered undated = new CriminalRecord.Numbered(1, new ConvictionFact(null, OffenseLevel.FELONY,
                OffenseCategory.DRUG_POSSESSION, null, null, null, null, null));
        CriminalRecord.Numbered bare = new CriminalRecord.Numbered(2, new ConvictionFact(null, null, null, null, null, null, null, null));
        assertThat(Reason.of("daca.felony", undated).text(Locale.ENGLISH))
                .isEqualTo("the drug-possession conviction (no date recorded): felony");
        assertThat(Reason.of("daca.missing.level", bare).text(Locale.ENGLISH))
                .isEqualTo("conviction number 2 (no date or offense recorded): level (felony, misdemeanor) unknown");
        assertThat(Reason.of("scaap.notUndocumented", org.amparo.people.domain.ImmigrationStatus.LPR).text(Locale.ENGLISH))
                .isEqualTo("immigration status Lawful permanent resident, not undocumented")
                .doesNotContain("LPR");
        assertThat(Reason.of("finding.noNotice", org.amparo.shared.domain.Labels.iceForm("I_247A")).text(Locale.ENGLISH))
                .isEqualTo("the person never received a copy of the I-247A");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReasonTest.class.getResourceAsStream("/org/amparo/rules/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
