package org.amparo.web;

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
 * A page shows a service's refusal as the field's label and the reason ("Held on: must be a date"). A name without a
 * label showed the bundle's key ("field.heldOn: ..."), so every field name the services name in their refusals has a
 * label in both languages, and the two bundles have the same keys.
 */
class ServiceFieldLabelsTest {

    /** The ways the application layer and the domain name a field they refuse. */
    private static final Pattern REFUSAL = Pattern.compile(
            "(?:InvalidInputException\\.of|new DomainRuleViolation|\\.invalid|new FieldError|requireYears|requirePeriod)\\(\\s*\"([A-Za-z0-9_]+)\"");

    @Test
    void everyFieldTheServicesRefuseHasALabelInEnglishAndSpanish() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("../ejb/src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher refusal = REFUSAL.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (refusal.find()) {
                    named.add(refusal.group(1));
                }
            }
        }
        assertThat(named).as("field names found in the services' refusals").hasSizeGreaterThan(100);
        for (String bundle : new String[]{"messages", "messages_es"}) {
            Properties words = bundle(bundle);
            assertThat(named.stream().filter(field -> !words.containsKey("field." + field)).toList())
                    .as("fields without a label in %s", bundle).isEmpty();
        }
    }

    /** A record's components: {@code record CallForm(@PastOrPresent(...) LocalDateTime iceIssuedAt, ...)}. */
    private static final Pattern RECORD = Pattern.compile("\\brecord\\s+\\w+\\s*\\(");
    /** The constraints whose refusal names the component (Bean Validation's and the project's own). */
    private static final Pattern CONSTRAINT = Pattern.compile("@(?:NotNull|NotBlank|NotEmpty|Size|Past|PastOrPresent|Future"
            + "|FutureOrPresent|PlausibleDate|Positive|PositiveOrZero|Min|Max|Pattern|Email|DecimalMin|DecimalMax|Digits)\\b");

    @Test
    void everyConstrainedFieldOfACommandHasALabelInEnglishAndSpanish() throws IOException {
        // Bean Validation names a refused record component by its name: "iceIssuedAt", shown as "must not be in the
        // future" alone when no label had that name.
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("../ejb/src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source, StandardCharsets.UTF_8);
                Matcher record = RECORD.matcher(text);
                while (record.find()) {
                    for (String component : components(text, record.end())) {
                        if (CONSTRAINT.matcher(component).find()) {
                            String[] words = component.strip().split("\\s+");
                            named.add(words[words.length - 1]);
                        }
                    }
                }
            }
        }
        assertThat(named).as("constrained components found").hasSizeGreaterThan(80).contains("iceIssuedAt");
        for (String bundle : new String[]{"messages", "messages_es"}) {
            Properties words = bundle(bundle);
            assertThat(named.stream().filter(field -> !words.containsKey("field." + field)).toList())
                    .as("constrained fields without a label in %s", bundle).isEmpty();
        }
    }

    /** A record header's components, from just after its opening parenthesis, split at its top-level commas. */
    private static java.util.List<String> components(String text, int from) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') { // a string inside an annotation: skipped whole
                int end = text.indexOf('"', i + 1);
                part.append(text, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '<') {
                depth++;
            } else if ((c == ')' || c == '>') && depth > 0) {
                depth--;
            } else if (c == ')') {
                parts.add(part.toString());
                return parts;
            } else if (c == ',' && depth == 0) {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        return parts;
    }

    @Test
    void theSpanishBundleHasEveryKeyOfTheEnglishOneAndNoOther() throws IOException {
        assertThat(new TreeSet<>(bundle("messages_es").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("messages").stringPropertyNames()));
    }

    private static Properties bundle(String name) throws IOException {
        Properties words = new Properties();
        try (InputStream in = ServiceFieldLabelsTest.class.getResourceAsStream("/org/amparo/web/i18n/" + name + ".properties")) {
            words.load(in);
        }
        return words;
    }
}
