package org.amparo.monitoring.domain;

import org.amparo.campaigns.domain.MeetingQuestion;
import org.amparo.campaigns.domain.SampleAsk;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the reference data is the toolkit's own words, not a count of them. Each checklist practice (as stored:
 * {@link ChecklistReferenceTest} holds the stored list to {@link SeedChecklist}), each sample ask and each question of
 * the question bank is found word for word in the seed's text (../shared/seed beside the checkout, the surefire property
 * {@code amparo.sharedSeed}; skipped without it), in the toolkit's order, in its own section. Only the typography is set
 * aside: curly quotes, dashes, emphasis marks, the table's markup and line breaks.
 */
class ToolkitWordingTest {

    private static String seed;

    @BeforeAll
    static void readSeed() throws IOException {
        Path dir = Path.of(System.getProperty("amparo.sharedSeed", "../../shared/seed"));
        Assumptions.assumeTrue(Files.isDirectory(dir), "no toolkit text at " + dir.toAbsolutePath());
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        Assumptions.assumeTrue(!text.isEmpty(), "no toolkit text in " + dir.toAbsolutePath());
        seed = plain(text.toString());
    }

    @Test
    void everyChecklistPracticeIsTheToolkitsWordsInItsGroupsOrder() {
        String heading = "Checklist for Monitoring Police-ICE Collusion";
        // the heading's first place is the table of contents; the checklist's table follows its second
        int table = seed.indexOf(heading, seed.indexOf(heading) + heading.length());
        assertThat(table).as("the checklist's section").isPositive();
        int practices = 0;
        for (var group : SeedChecklist.GROUPS.entrySet()) {
            // the table has two columns, so a group's practices share their lines with the other side's: each group is
            // in its own order from the table's start
            assertInOrder(group.getValue(), table, group.getKey().name());
            practices += group.getValue().size();
        }
        assertThat(practices).isEqualTo(40);
    }

    @Test
    void everySampleAskIsTheToolkitsWordsInItsOrder() {
        int section = seed.indexOf("Sample specific policy asks for this goal:");
        assertThat(section).as("the sample asks' section").isPositive();
        assertInOrder(Arrays.stream(SampleAsk.values()).map(SampleAsk::wording).toList(), section, "sample asks");
    }

    @Test
    void everyQuestionOfTheBankIsTheToolkitsWordsInItsOrder() {
        int section = seed.indexOf("Questions for Meeting with Law Enforcement");
        assertThat(section).as("the question bank's section").isPositive();
        assertInOrder(Arrays.stream(MeetingQuestion.values()).map(MeetingQuestion::wording).toList(), section, "question bank");
    }

    /** Each wording found whole after the one before it, the first after {@code from}. */
    private static void assertInOrder(List<String> wordings, int from, String what) {
        int at = from;
        for (String wording : wordings) {
            String words = plain(wording);
            int found = seed.indexOf(words, at);
            assertThat(found).as(what + ": \"" + wording + "\" word for word, after the one before it").isGreaterThanOrEqualTo(0);
            at = found + words.length();
        }
    }

    /** The words without their typography: markup, curly quotes, dashes, emphasis marks and runs of white space. */
    private static String plain(String text) {
        return text.replaceAll("<[^>]*>", " ")
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace("*", "")
                .replaceAll("\\s+", " ").trim();
    }
}
