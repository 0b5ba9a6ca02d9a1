package org.amparo.notifications.application;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.amparo.notifications.domain.NotificationKind;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar feed as a calendar program reads it: ical4j parses it, entries say the pseudonym, never more. */
class IcsWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-30T18:00:00Z");

    @Test
    void aFeedWithAHoldACourtDateAndATaskParsesWithIcal4j() throws Exception {
        ReminderTexts es = new ReminderTexts(Locale.forLanguageTag("es"));
        IcsWriter ics = new IcsWriter(es.word("feed.name"), NOW);
        Instant expiry = Instant.parse("2026-12-01T03:15:00Z");
        ics.event("hold-42-1", expiry, Duration.ofMinutes(15),
                es.of(NotificationKind.HOLD_EXPIRING, expiry, ZoneId.of("America/Chicago"), "C-7K3QZ2M9XA", "", 0).title(),
                "https://amparo.example.org/amparo/cases/file.xhtml?id=42", true);
        ics.event("court-7-1", Instant.parse("2026-12-02T15:30:00Z"), Duration.ofHours(1),
                es.of(NotificationKind.COURT_DATE, NOW, ZoneId.of("America/Chicago"), "C-ABCDEFGHJK", "", 0).title()
                        + ", una línea muy larga con acentos: áéíóú ñ; y más texto para que pase de setenta y cinco octetos",
                "https://amparo.example.org/amparo/cases/file.xhtml?id=7", false);
        ics.event("task-99", NOW.plus(Duration.ofDays(1)), Duration.ofMinutes(15), es.title("DUE_TASK", "C-ZZZZZZZZZZ"),
                "https://amparo.example.org/amparo/cases/file.xhtml?id=9", false);
        String text = ics.toString();

        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .as("folded at 75 octets: " + line).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        assertThat(events.get(0).getSummary().orElseThrow().getValue()).isEqualTo("Vence una retención de ICE: caso C-7K3QZ2M9XA");
        assertThat(events.get(0).getDateTimeStart().orElseThrow().getValue()).isEqualTo("20261201T031500Z");
        assertThat(events.get(0).getAlarms()).hasSize(1);
        assertThat(events.get(1).getSummary().orElseThrow().getValue()).endsWith("áéíóú ñ; y más texto para que pase de setenta y cinco octetos");
        assertThat(events.get(2).getSummary().orElseThrow().getValue()).isEqualTo("Tarea con plazo: caso C-ZZZZZZZZZZ");
        assertThat(calendar.getProperty("X-WR-CALNAME").map(p -> p.getValue())).hasValue("Amparo: mis recordatorios");
    }

    @Test
    void campaignDaysAreAllDayEventsThatNameOnlyTheJurisdiction() throws Exception {
        ReminderTexts en = new ReminderTexts(Locale.ENGLISH);
        IcsWriter ics = new IcsWriter(en.word("feed.name"), NOW);
        ics.allDay("meeting-5-2026-12-15", java.time.LocalDate.of(2026, 12, 15),
                new java.text.MessageFormat(en.word("feed.meeting"), Locale.ROOT).format(new Object[]{"Kern County"}),
                "https://amparo.example.org/amparo/jurisdictions/view.xhtml?id=3");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.toString()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getSummary().orElseThrow().getValue()).isEqualTo("Next meeting with law enforcement: Kern County");
        assertThat(events.get(0).getDateTimeStart().orElseThrow().getValue()).isEqualTo("20261215");
        assertThat(events.get(0).getDateTimeEnd().orElseThrow().getValue()).as("the whole day").isEqualTo("20261216");
        for (String key : new String[]{"feed.step", "feed.meeting", "feed.promise"}) {
            assertThat(new ReminderTexts(Locale.forLanguageTag("es")).word(key)).as(key + " in Spanish").contains("{0}");
        }
    }
}
