package org.amparo.it;

import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.amparo.it.Http.created;
import static org.amparo.it.Http.assertField;
import static org.amparo.it.Http.ok;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's meetings with law enforcement (issue 14 item 5): a supervisor records a meeting held with the sheriff,
 * with attendees, questions of the toolkit's bank and their answers, and promises; the next meeting is three months
 * later; a promise past its day is overdue until kept; the thank-you letter is a Word document in English or Spanish
 * that restates the promises and names no attendee. A bad part is refused naming it, with nothing saved; caseworkers
 * read meetings but do not record them; staff see neither.
 */
class MeetingsIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final Http api = Http.api();

    private long jurisdiction;
    private String name;
    private long campaign;
    private long sheriff;

    @BeforeEach
    void aCampaignWithASheriff() {
        name = "Reunion County " + UUID.randomUUID().toString().substring(0, 8) + " (test)";
        jurisdiction = TestJurisdictions.county(name);
        sheriff = Http.json(created(api.postJson("/api/v1/jurisdictions/" + jurisdiction + "/authorities", """
                {"office":"SHERIFF","holderName":"Sheriff Pat Reunion","selection":"ELECTED","address":"9 Jail Road"}""",
                "Authorization", SUPERVISOR))).getJsonNumber("id").longValue();
        campaign = Http.json(created(api.postJson("/api/v1/jurisdictions/" + jurisdiction + "/campaign",
                "{\"name\":\"ICE out of Reunion\"}", "Authorization", SUPERVISOR))).getJsonNumber("campaignId").longValue();
    }

    @Test
    void aSupervisorRecordsAMeetingItsPromisesAndWritesTheThankYouLetter() throws IOException {
        LocalDate held = LocalDate.now().minusDays(30);
        JsonObject meeting = Http.json(created(record("""
                {"heldOn":"%s","place":"Sheriff's office","authorityId":%d,
                 "attendees":[{"name":"Rosa Facilitadora","organisation":"Comité","role":"FACILITATOR"},
                              {"name":"Sheriff Pat Reunion","role":"LAW_ENFORCEMENT"}],
                 "answers":[{"question":"RECEIVE_DETAINERS","answer":"About ten a month"},
                            {"ownQuestion":"Do deputies ask about status at traffic stops?"}],
                 "promises":[{"kind":"DATA","what":"Detainers received this year","dueOn":"%s"},
                             {"kind":"POLICIES","dueOn":"%s"}]}""".formatted(held, sheriff, held.plusDays(14), held.plusDays(60)),
                SUPERVISOR)));
        long meetingId = meeting.getJsonNumber("id").longValue();
        assertThat(meeting.getString("nextMeetingOn")).as("quarterly by default").isEqualTo(held.plusMonths(3).toString());
        assertThat(meeting.getString("metHolder")).isEqualTo("Sheriff Pat Reunion");
        List<JsonObject> promises = meeting.getJsonArray("promises").getValuesAs(JsonObject.class);
        assertThat(promises).extracting(p -> p.getBoolean("overdue")).as("the data was due two weeks after").containsExactly(true, false);

        JsonObject added = Http.json(created(api.postJson("/api/v1/campaigns/" + campaign + "/meetings/" + meetingId + "/answers",
                "{\"question\":\"JAIL_TOUR\",\"answer\":\"Next month\"}", "Authorization", SUPERVISOR)));
        assertThat(added.getJsonArray("answers")).hasSize(3);
        assertField(api.postJson("/api/v1/campaigns/" + campaign + "/meetings/" + meetingId + "/answers",
                "{\"question\":\"JAIL_TOUR\"}", "Authorization", SUPERVISOR), "question");

        assertThat(overduePromises()).as("the overdue promise on the dashboard").contains(name, "Data on ICE detainers");
        long data = promises.get(0).getJsonNumber("id").longValue();
        JsonObject kept = Http.json(ok(api.putJson("/api/v1/campaigns/" + campaign + "/promises/" + data,
                "{\"version\":0,\"state\":\"KEPT\",\"on\":\"" + held.plusDays(20) + "\"}", "Authorization", SUPERVISOR)));
        assertThat(kept.getBoolean("overdue")).isFalse();
        assertThat(api.putJson("/api/v1/campaigns/" + campaign + "/promises/" + data, "{\"version\":0,\"state\":\"BROKEN\"}",
                "Authorization", SUPERVISOR).statusCode()).as("an older version").isEqualTo(409);

        List<JsonObject> read = Http.jsonArray(ok(api.get("/api/v1/campaigns/" + campaign + "/meetings", "Authorization", CASEWORKER)))
                .getValuesAs(JsonObject.class);
        assertThat(read).singleElement().satisfies(m -> assertThat(m.getJsonArray("attendees")).hasSize(2));

        String english = letter(meetingId, "en");
        assertThat(english).contains("Dear Sheriff Pat Reunion,", "9 Jail Road", "Detainers received this year",
                "Written policies, procedures and training materials", "We would like to meet again");
        assertThat(english).as("attendees stay in the campaign").doesNotContain("Rosa Facilitadora", "Comité");
        assertThat(letter(meetingId, "es")).contains("Gracias por reunirse con nosotros", "Sheriff Pat Reunion");

        assertThat(overduePromises()).as("kept: off the dashboard").doesNotContain(name);
        String evidence = evidenceReport();
        assertThat(evidence).as("the evidence report counts promises kept and broken").contains("Meeting promises",
                "Data on ICE detainers received and complied with", "Kept", "Not yet kept", held.withDayOfMonth(1).toString().substring(0, 7));
        assertThat(evidence).as("nor attendees nor the organisers' words").doesNotContain("Rosa Facilitadora", "Detainers received this year",
                "About ten a month");
        String trail = api.get("/api/v1/audit?user=supervisor&size=50", "Authorization", SUPERVISOR).body();
        assertThat(trail).contains("campaign.meetingRecorded", "campaign.promiseSettled", "campaign.letterWritten")
                .doesNotContain("Rosa Facilitadora", "About ten a month");

        String page = Http.page("supervisor", "/jurisdictions/view.xhtml?id=" + jurisdiction, "en");
        assertThat(page).contains("Meetings with law enforcement", "Rosa Facilitadora (Facilitator, Comité)",
                "Do you receive ICE detainers, aka custody requests, of any kind?", "About ten a month", "Kept", "Not yet kept",
                "meetingPartsForm", "Thank-you letter (Word)");
        assertThat(page).as("no codes").doesNotContain(">KEPT<", ">RECEIVE_DETAINERS<", ">FACILITATOR<");
        assertThat(Http.page("caseworker", "/jurisdictions/view.xhtml?id=" + jurisdiction, "es"))
                .contains("Reuniones con la policía", "¿Reciben órdenes de detención de ICE").doesNotContain("meetingPartsForm");
        assertThat(Http.page("staff", "/jurisdictions/view.xhtml?id=" + jurisdiction, "en")).doesNotContain("Rosa Facilitadora");
    }

    @Test
    void aBadPartIsRefusedNamingItAndOnlySupervisorsAndAdminsRecord() {
        LocalDate held = LocalDate.now().minusDays(3);
        String bad = """
                {"heldOn":"%s","attendees":[{"name":"Ana","role":"FACILITATOR"},{"name":" ","role":"NOTE_TAKER"}]}""".formatted(held);
        assertField(record(bad, SUPERVISOR), "attendees[1].name");
        assertField(record("{\"heldOn\":\"" + LocalDate.now().plusDays(2) + "\"}", SUPERVISOR), "heldOn");
        assertField(record("{\"heldOn\":\"" + held + "\",\"nextMeetingOn\":\"" + held + "\"}", SUPERVISOR), "nextMeetingOn");
        assertField(record("{\"heldOn\":\"" + held + "\",\"promises\":[{\"kind\":\"DATA\",\"dueOn\":\"" + held.minusDays(1) + "\"}]}",
                SUPERVISOR), "promises[0].dueOn");
        assertField(record("{\"heldOn\":\"" + held + "\",\"authorityId\":987654321}", SUPERVISOR), "authorityId");
        assertThat(Http.jsonArray(ok(api.get("/api/v1/campaigns/" + campaign + "/meetings", "Authorization", SUPERVISOR))))
                .as("nothing half-saved").isEmpty();

        assertThat(record("{\"heldOn\":\"" + held + "\"}", CASEWORKER).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/campaigns/" + campaign + "/meetings", "Authorization", STAFF).statusCode()).isEqualTo(403);
        long m = Http.json(created(record("{\"heldOn\":\"" + held + "\"}", ADMIN))).getJsonNumber("id").longValue();
        assertThat(api.getBytes("/api/v1/campaigns/" + campaign + "/meetings/" + m + "/letter.docx", "Authorization", CASEWORKER)
                .statusCode()).isEqualTo(403);
        assertThat(api.getBytes("/api/v1/campaigns/987654321/meetings/" + m + "/letter.docx", "Authorization", SUPERVISOR)
                .statusCode()).as("not this campaign's").isEqualTo(404);
    }

    /** The dashboard's panel of overdue promises, as a supervisor reads it. */
    private static String overduePromises() {
        String page = Http.page("supervisor", "/dashboard/index.xhtml", "en");
        int start = page.indexOf("promisesPanel\"");
        assertThat(start).as("the panel of overdue promises").isPositive();
        int end = page.indexOf("</table>", start);
        return page.substring(start, end);
    }

    /** Every cell of the jurisdiction's evidence report, as staff download it. */
    private String evidenceReport() throws IOException {
        HttpResponse<byte[]> answer = api.getBytes("/api/v1/jurisdictions/" + jurisdiction + "/evidence.xlsx?lang=en", "Authorization", STAFF);
        assertThat(answer.statusCode()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            wb.forEach(sheet -> {
                text.append(sheet.getSheetName()).append('\n');
                sheet.forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell)).append('\t')));
            });
        }
        return text.toString();
    }

    private HttpResponse<String> record(String json, String who) {
        return api.postJson("/api/v1/campaigns/" + campaign + "/meetings", json, "Authorization", who);
    }

    private String letter(long meetingId, String lang) throws IOException {
        HttpResponse<byte[]> answer = api.getBytes("/api/v1/campaigns/" + campaign + "/meetings/" + meetingId + "/letter.docx?lang=" + lang,
                "Authorization", SUPERVISOR);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(answer.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }
}
