package org.amparo.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders as people get them from the running server: its mail session sends to a real SMTP server (GreenMail,
 * started here on the port the server was given), its timers run every period. A hold expiring in three hours reaches
 * the case's caseworker by email, in English, and the supervisor on call, in Spanish, with the facility's local time and
 * zone, the case's pseudonym and a link, and no name or number; a court date a day and a half ahead reaches the
 * caseworker; each once. The personal calendar feed, read without signing in, parses with ical4j and holds the hold.
 * It waits for the server's real reminder timers, which the test server runs every 10 seconds instead of every minute
 * ({@code amparo.reminders.everySeconds}): a slow suite all the same (a mail server of its own), it runs once, on the
 * PostgreSQL pass, first (junit-platform.properties). Its caseworker and its supervisor (on call, reading Spanish) are
 * accounts of its own, and each email awaited is the one about its own case, so that no other suite's accounts or cases
 * can upset it.
 */
@Tag("slow")
@Order(1)
class RemindersIT {

    /** A caseworker of this suite's own: the case it opens is theirs (the demo caseworker's language and feed are others'). */
    private static String caseworker;
    private static String caseworkerEmail;
    /** A supervisor of this suite's own, on call and reading Spanish: the demo supervisor stays as the other suites know it. */
    private static String supervisor;
    private static String supervisorEmail;
    /** Demo facility 1 (Ejemplo County Jail) is in Los Angeles. */
    private static final ZoneId FACILITY_ZONE = ZoneId.of("America/Los_Angeles");
    /** How often the server's reminder timers run (a minute unless the build shortens it for the test server). */
    private static final long PERIOD_MS = Integer.getInteger("amparo.it.remindersEverySeconds", 60) * 1000L;
    /** The first run after a change is up to a period away and the emails go in the same period; a loaded server may lag. */
    private static final long WAIT_MS = Math.max(60_000, 3 * PERIOD_MS);

    private static GreenMail smtp;
    private final Http api = Http.api();

    @BeforeAll
    static void startSmtp() {
        int port = Integer.getInteger("amparo.it.smtpPort", 3025);
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Http api = Http.api();
        String username = TestAccounts.newUsername();
        supervisor = TestAccounts.userWithOwnPassword(username, "supervisor");
        supervisorEmail = username + "@example.org";
        String caseworkerName = TestAccounts.newUsername();
        caseworker = TestAccounts.userWithOwnPassword(caseworkerName, "caseworker");
        caseworkerEmail = caseworkerName + "@example.org";
        put(api, caseworker, "/api/v1/me/notification-settings", "{\"email\":\"" + caseworkerEmail + "\",\"courtDatesByEmail\":true}");
        put(api, supervisor, "/api/v1/me/notification-settings", "{\"email\":\"" + supervisorEmail + "\",\"onCall\":true}");
        assertThat(api.putJson("/api/v1/accounts/me/language", "{\"language\":\"es\"}", "Authorization", supervisor).statusCode()).isEqualTo(204);
    }

    @AfterAll
    static void stopSmtp() {
        // Later tests make holds too: without an address nobody's email is tried against a mail server that is gone.
        Http api = Http.api();
        if (caseworker != null) {
            put(api, caseworker, "/api/v1/me/notification-settings", "{\"email\":\"\"}");
        }
        if (supervisor != null) {
            // Off call: while anyone is on call, the hold alerts go to them instead of every supervisor.
            put(api, supervisor, "/api/v1/me/notification-settings", "{\"email\":\"\",\"onCall\":false}");
        }
        smtp.stop();
    }

    @Test
    void anExpiringHoldAndACourtDateReachThePeopleOfTheCaseByEmailOnceAndTheFeedHoldsThem() throws Exception {
        String family = "Recordatorio" + UUID.randomUUID().toString().substring(0, 6);
        long id = openCaseOnHold(family, Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS));
        String pseudonym = pseudonymOf(id);
        addCourtDate(id, LocalDateTime.now(FACILITY_ZONE).plusHours(36).truncatedTo(ChronoUnit.MINUTES));

        MimeMessage hold = awaitMail(caseworkerEmail, "an ICE hold expires on", pseudonym);
        assertThat(hold.getSubject()).matches("Amparo: an ICE hold expires on \\w+day, \\w+ \\d+, \\d{4} at \\d+:\\d\\d [AP]M \\(Pacific (Standard|Daylight) Time\\)");
        String holdBody = body(hold);
        assertThat(holdBody).contains("The ICE hold in case " + pseudonym + " expires", "/cases/file.xhtml?id=" + id);
        assertThat(holdBody + hold.getSubject()).doesNotContain(family);

        MimeMessage forSupervisor = awaitMail(supervisorEmail, "una retenci\u00f3n de ICE vence el", pseudonym);
        assertThat(body(forSupervisor)).contains("La retenci\u00f3n de ICE del caso " + pseudonym)
                .contains("(hora");

        MimeMessage court = awaitMail(caseworkerEmail, "court date", pseudonym);
        assertThat(body(court)).contains("Case " + pseudonym + " has a court date").doesNotContain(family);

        // Once each: two more periods of the timers send nothing more about this case.
        Thread.sleep(2 * PERIOD_MS + 5_000);
        assertThat(mailsAbout(pseudonym, caseworkerEmail)).as("the caseworker's emails about the case").hasSize(2);
        assertThat(mailsAbout(pseudonym, supervisorEmail)).as("the supervisor's emails about the case").hasSize(1);

        // In the application too, in the reader's language, linked to the case.
        JsonObject mine = Http.json(api.get("/api/v1/me/notifications", "Authorization", caseworker, "Accept-Language", "es"));
        assertThat(mine.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.containsKey("caseId") && !n.isNull("caseId") && n.getJsonNumber("caseId").longValue() == id)
                .map(n -> n.getString("title")).toList())
                .contains("Vence una retenci\u00f3n de ICE: caso " + pseudonym, "Audiencia en el tribunal: caso " + pseudonym);

        // The calendar feed: its address is the credential; no sign-in, no name.
        String url = Http.json(api.postJson("/api/v1/me/calendar-feed", "{}", "Authorization", caseworker)).getString("url");
        HttpResponse<String> feed = api.get(url.substring(url.indexOf("/api/")));
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body()).doesNotContain(family);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<String> summaries = calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getSummary().orElseThrow().getValue()).toList();
        assertThat(summaries).contains("ICE hold expires: case " + pseudonym, "Court date: case " + pseudonym);

        // A new address ends the old one; a made-up one is unknown.
        api.postJson("/api/v1/me/calendar-feed", "{}", "Authorization", caseworker);
        assertThat(api.get(url.substring(url.indexOf("/api/"))).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/feeds/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        api.delete("/api/v1/me/calendar-feed", "Authorization", caseworker);
    }

    @Test
    void aWrongAddressIsRefusedNamingTheFieldAndOnlySupervisorsGoOnCall() {
        HttpResponse<String> wrong = api.putJson("/api/v1/me/notification-settings", "{\"email\":\"not an address\"}",
                "Authorization", caseworker);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("email");
        HttpResponse<String> onCall = api.putJson("/api/v1/me/notification-settings", "{\"onCall\":true}",
                "Authorization", caseworker);
        assertThat(onCall.statusCode()).isEqualTo(400);
        assertThat(onCall.body()).contains("onCall");
        assertThat(Http.json(api.get("/api/v1/me/notification-settings", "Authorization", caseworker)).getString("email"))
                .as("nothing half-saved").isEqualTo(caseworkerEmail);
    }

    private long openCaseOnHold(String family, Instant expiresAt) {
        HttpResponse<String> created = api.postJson("/api/v1/cases",
                "{\"familyName\":\"" + family + "\",\"givenNames\":\"Ana\",\"facilityId\":1}", "Authorization", caseworker);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Http.json(created).getJsonNumber("id").longValue();
        LocalDateTime release = LocalDateTime.ofInstant(expiresAt.minus(Duration.ofHours(48)), FACILITY_ZONE);
        JsonObject task = Json.createReader(new StringReader(api.get("/api/v1/cases/" + id + "/tasks", "Authorization", caseworker).body()))
                .readArray().getValuesAs(JsonObject.class).stream().filter(t -> t.getString("step").equals("INTAKE")).findFirst()
                .orElseThrow();
        HttpResponse<String> done = api.postJson("/api/v1/tasks/" + task.getString("id") + "/complete", """
                {"dateOfBirth":"1990-01-02","immigrationStatus":"UNDOCUMENTED","bookedAt":"%s","scheduledReleaseAt":"%s",
                 "detainerForm":"I_247A","detainerIssuedAt":"%s","detainerServedOnPerson":false}"""
                .formatted(release.minusDays(5), release, release.minusDays(5).plusHours(1)), "Authorization", caseworker);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        return id;
    }

    private void addCourtDate(long id, LocalDateTime at) {
        HttpResponse<String> charge = api.postJson("/api/v1/cases/" + id + "/charges",
                "{\"arrestedOn\":\"2026-11-01\",\"level\":\"MISDEMEANOR\",\"category\":\"THEFT\",\"disposition\":\"PENDING\"}", "Authorization", caseworker);
        assertThat(charge.statusCode()).as(charge.body()).isEqualTo(201);
        long arrest = Http.json(api.get("/api/v1/cases/" + id + "/file", "Authorization", caseworker))
                .getJsonArray("arrests").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> court = api.postJson("/api/v1/cases/" + id + "/court-dates",
                "{\"arrestId\":" + arrest + ",\"scheduledAt\":\"" + at + "\",\"court\":\"Superior Court\"}", "Authorization", caseworker);
        assertThat(court.statusCode()).as(court.body()).isEqualTo(201);
    }

    /** The case's pseudonym, as the in-app reminders and exports show it. */
    private String pseudonymOf(long id) {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            JsonObject mine = Http.json(api.get("/api/v1/me/notifications", "Authorization", caseworker));
            for (JsonObject n : mine.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (!n.isNull("caseId") && n.getJsonNumber("caseId").longValue() == id) {
                    String title = n.getString("title");
                    return title.substring(title.lastIndexOf(' ') + 1);
                }
            }
            sleep(2_000);
        }
        throw new AssertionError("no reminder about case " + id + " within " + WAIT_MS / 1000 + " s");
    }

    /** The email to that address whose subject has those words and whose text is about the case of that pseudonym. */
    private static MimeMessage awaitMail(String to, String subjectPart, String pseudonym) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(to) && m.getSubject().contains(subjectPart) && body(m).contains(pseudonym)) {
                    return m;
                }
            }
            sleep(1_000);
        }
        throw new AssertionError("no email to " + to + " about '" + subjectPart + "' within " + WAIT_MS / 1000 + " s; received: "
                + Arrays.stream(smtp.getReceivedMessages()).map(m -> {
                    try {
                        return m.getAllRecipients()[0] + ": " + m.getSubject();
                    } catch (Exception e) {
                        return "?";
                    }
                }).toList());
    }

    private static List<MimeMessage> mailsAbout(String pseudonym, String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(to) && body(m).contains(pseudonym);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** The decoded text of an email (as a mail program shows it; the wire form is quoted-printable). */
    private static String body(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }

    private static void put(Http api, String auth, String path, String json) {
        HttpResponse<String> r = api.putJson(path, json, "Authorization", auth);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
