package org.amparo.notifications.application;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar (RFC 5545) calendar of timed events in UTC: text escaped, lines folded at 75 octets, CRLF line
 * ends. Small enough to keep the server free of a calendar library; the tests read what it writes with ical4j.
 */
final class IcsWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();
    private final Instant now;

    IcsWriter(String name, Instant now) {
        this.now = now;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Amparo//Reminders//EN");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + escape(name));
    }

    /** One event; {@code alarm} adds a reminder an hour before (hold expiries). */
    void event(String uid, Instant start, Duration length, String summary, String url, boolean alarm) {
        line("BEGIN:VEVENT");
        line("UID:" + uid + "@amparo");
        line("DTSTAMP:" + UTC.format(now));
        line("DTSTART:" + UTC.format(start));
        line("DTEND:" + UTC.format(start.plus(length)));
        line("SUMMARY:" + escape(summary));
        line("URL:" + url);
        line("DESCRIPTION:" + escape(url));
        line("CLASS:PRIVATE");
        if (alarm) {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line("DESCRIPTION:" + escape(summary));
            line("TRIGGER:-PT1H");
            line("END:VALARM");
        }
        line("END:VEVENT");
    }

    /** One all-day event (a plan step's or a promise's day, a next meeting): no time, so no zone to get wrong. */
    void allDay(String uid, java.time.LocalDate day, String summary, String url) {
        line("BEGIN:VEVENT");
        line("UID:" + uid + "@amparo");
        line("DTSTAMP:" + UTC.format(now));
        line("DTSTART;VALUE=DATE:" + DateTimeFormatter.BASIC_ISO_DATE.format(day));
        line("DTEND;VALUE=DATE:" + DateTimeFormatter.BASIC_ISO_DATE.format(day.plusDays(1)));
        line("SUMMARY:" + escape(summary));
        line("URL:" + url);
        line("DESCRIPTION:" + escape(url));
        line("CLASS:PRIVATE");
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }

    @Override
    public String toString() {
        return out + "END:VCALENDAR\r\n";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (UTF-8), never inside a character. */
    private void line(String content) {
        int octets = 0;
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(folded).append("\r\n");
    }
}
