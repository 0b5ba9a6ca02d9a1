package org.amparo.it;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaign days in the personal calendar feed (issue 21's reminders, with issue 14's meetings and plan of action): the
 * owner of a plan step finds its day; supervisors find each campaign's next meeting with law enforcement and the
 * promises due from it. All-day entries that name the jurisdiction only: neither the step's wording nor the promise's
 * (the organisers' own words, which may name people) leaves Amparo through a calendar.
 */
class CampaignCalendarIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final Http api = Http.api();

    @Test
    void aStepsOwnerAndTheSupervisorsFindTheCampaignsDaysInTheirFeeds() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Calendar County " + tag + " (test)";
        long jurisdiction = TestJurisdictions.county(name);
        long campaign = Http.json(created(api.postJson("/api/v1/jurisdictions/" + jurisdiction + "/campaign", "{\"name\":\"ICE out\"}",
                "Authorization", SUPERVISOR))).getJsonNumber("campaignId").longValue();
        LocalDate today = LocalDate.now();
        LocalDate stepDay = today.plusDays(10);
        LocalDate promiseDay = today.plusDays(5);
        LocalDate nextMeeting = today.plusDays(20);
        created(api.postJson("/api/v1/campaigns/" + campaign + "/steps", """
                {"title":"Call Rosa Secreta %s","owner":"caseworker","dueOn":"%s"}""".formatted(tag, stepDay), "Authorization", SUPERVISOR));
        created(api.postJson("/api/v1/campaigns/" + campaign + "/meetings", """
                {"heldOn":"%s","place":"Sheriff's office","nextMeetingOn":"%s",
                 "promises":[{"kind":"DATA","what":"Names of Pedro Oculto %s","dueOn":"%s"}]}"""
                .formatted(today.minusDays(30), nextMeeting, tag, promiseDay), "Authorization", SUPERVISOR));

        List<VEvent> caseworkers = ofJurisdiction(feed(CASEWORKER), name);
        assertThat(caseworkers).as("the caseworker owns the step and does not run meetings").hasSize(1);
        assertThat(day(caseworkers.get(0))).isEqualTo(stepDay);
        assertThat(caseworkers.get(0).getUrl().orElseThrow().getValue()).endsWith("/jurisdictions/view.xhtml?id=" + jurisdiction);

        List<VEvent> supervisors = ofJurisdiction(feed(SUPERVISOR), name);
        assertThat(supervisors).extracting(CampaignCalendarIT::day).as("the promise due and the next meeting")
                .containsExactlyInAnyOrder(promiseDay, nextMeeting);
    }

    /** The person's feed, read as a calendar program reads it (no sign-in; the address is the credential). */
    private static String feed(String who) {
        String url = Http.json(api.postJson("/api/v1/me/calendar-feed", "{}", "Authorization", who)).getString("url");
        try {
            HttpResponse<String> feed = api.get(url.substring(url.indexOf("/api/")));
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.body()).as("the organisers' own words stay in Amparo")
                    .doesNotContain("Rosa Secreta").doesNotContain("Pedro Oculto");
            return feed.body();
        } finally {
            api.delete("/api/v1/me/calendar-feed", "Authorization", who);
        }
    }

    private static List<VEvent> ofJurisdiction(String feed, String name) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getSummary().orElseThrow().getValue().contains(name))
                .toList();
    }

    private static LocalDate day(VEvent event) {
        return LocalDate.parse(event.getDateTimeStart().orElseThrow().getValue(), DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return response;
    }
}
