package org.amparo.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follow the money (issue 14; the toolkit's "Follow the Money"): a caseworker records a year of the jail's SCAAP money
 * and budget and everyone reads the share computed; impossible figures are refused naming the field and nothing is
 * saved; staff read but do not record; an edit over someone else's is refused; a year is removed; the demo jail's
 * IGSA contract is estimated over a year; the page shows it in words in both languages; every change is audited.
 */
class FollowTheMoneyIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final Http api = Http.api();

    @Test
    void aYearOfJailMoneyIsRecordedItsShareComputedAndBadFiguresRefusedByField() throws java.io.IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long j = Http.json(created(api.postJson("/api/v1/admin/jurisdictions", """
                {"name":"Money County %s (test)","level":"COUNTY","stateCode":"IL","detainerPolicy":"NONE"}""".formatted(tag),
                "Authorization", ADMIN))).getJsonNumber("id").longValue();
        String money = "/api/v1/jurisdictions/" + j + "/money";

        assertField(api.putJson(money + "/2014", "{\"scaapReceived\":2000,\"jailBudget\":1000}", "Authorization", CASEWORKER), "scaapReceived");
        assertField(api.putJson(money + "/2014", "{\"source\":\"nothing\"}", "Authorization", CASEWORKER), "scaapReceived");
        assertField(api.putJson(money + "/2014", "{\"jailBudget\":-5}", "Authorization", CASEWORKER), "jailBudget");
        assertField(api.putJson(money + "/1900", "{\"jailBudget\":5}", "Authorization", CASEWORKER), "fiscalYear");
        assertThat(api.putJson(money + "/2014", "{\"jailBudget\":5}", "Authorization", STAFF).statusCode()).as("staff read only")
                .isEqualTo(403);
        assertThat(Http.json(api.get(money, "Authorization", STAFF)).getJsonArray("years")).as("nothing half-saved").isEmpty();

        // The toolkit's example: Cook County received $1.4 million of SCAAP money in 2014.
        HttpResponse<String> saved = api.putJson(money + "/2014",
                "{\"scaapReceived\":1400000,\"jailBudget\":56000000,\"source\":\"BJA SCAAP awards FY2014\"}", "Authorization", CASEWORKER);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject year = Http.json(api.get(money, "Authorization", STAFF)).getJsonArray("years").getJsonObject(0);
        assertThat(year.getInt("fiscalYear")).isEqualTo(2014);
        assertThat(year.getJsonNumber("scaapShare").bigDecimalValue()).isEqualByComparingTo("2.5");
        int version = year.getInt("version");

        assertThat(api.putJson(money + "/2014", "{\"scaapReceived\":1500000,\"jailBudget\":56000000,"
                + "\"source\":\"BJA SCAAP awards FY2014\",\"version\":" + version + "}", "Authorization", SUPERVISOR).statusCode())
                .as("a year's figures are replaced whole").isEqualTo(200);
        assertThat(api.putJson(money + "/2014", "{\"scaapReceived\":1,\"jailBudget\":2,\"version\":" + version + "}",
                "Authorization", CASEWORKER).statusCode()).as("an edit from before the supervisor's").isEqualTo(409);
        assertThat(Http.json(api.get(money, "Authorization", CASEWORKER)).getJsonArray("years").getJsonObject(0)
                .getJsonNumber("scaapReceived").bigDecimalValue()).isEqualByComparingTo("1500000");

        // The evidence report carries the figures, without the organisers' own notes or sources.
        var report = EvidenceReportIT.workbook(j, "en", STAFF, "");
        assertThat(report.get("Jail money")).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("2014"));
        assertThat(report.get("Summary")).anySatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("SCAAP money received, fiscal year 2014");
            assertThat(row.get(1)).contains("(2.7%)");
        });
        assertThat(report.toString()).doesNotContain("BJA SCAAP awards FY2014");

        String page = Http.page("supervisor", "/jurisdictions/view.xhtml?id=" + j, "en");
        assertThat(page).contains("Follow the money", "2014", "2.7%", "BJA SCAAP awards FY2014");
        assertThat(Http.page("supervisor", "/jurisdictions/view.xhtml?id=" + j, "es")).contains("Siga el dinero", "2,7");

        // The report's period takes the fiscal years it touches: FY2014 ran from October 2013 to September 2014.
        assertThat(EvidenceReportIT.workbook(j, "en", STAFF, "&from=2015-01-01&to=2015-06-30").get("Jail money"))
                .noneSatisfy(row -> assertThat(row.get(0)).isEqualTo("2014"));
        assertThat(EvidenceReportIT.workbook(j, "en", STAFF, "&from=2013-11-01&to=2013-11-30").get("Jail money"))
                .anySatisfy(row -> assertThat(row.get(0)).isEqualTo("2014"));

        int current = Http.json(api.get(money, "Authorization", STAFF)).getJsonArray("years").getJsonObject(0).getInt("version");
        assertThat(api.delete(money + "/2014?version=" + current, "Authorization", STAFF).statusCode()).isEqualTo(403);
        assertField(api.delete(money + "/2014", "Authorization", CASEWORKER), "version");
        assertThat(api.delete(money + "/2014?version=" + version, "Authorization", CASEWORKER).statusCode())
                .as("removing figures read before the supervisor's edit").isEqualTo(409);
        assertThat(api.delete(money + "/2014?version=" + current, "Authorization", CASEWORKER).statusCode()).isEqualTo(200);
        assertThat(Http.json(api.get(money, "Authorization", STAFF)).getJsonArray("years")).isEmpty();
        assertThat(api.delete(money + "/2014?version=" + current, "Authorization", CASEWORKER).statusCode()).as("already removed").isEqualTo(404);
        assertThat(api.putJson(money + "/2014", "{\"scaapReceived\":1,\"jailBudget\":2,\"version\":" + current + "}",
                "Authorization", SUPERVISOR).statusCode()).as("an edit of figures removed meanwhile brings nothing back").isEqualTo(404);
        assertThat(Http.json(api.get(money, "Authorization", STAFF)).getJsonArray("years")).isEmpty();

        String trail = api.get("/api/v1/audit?size=100", "Authorization", SUPERVISOR).body();
        assertThat(trail).contains("money.added", "money.updated", "money.removed");
    }

    @Test
    void theDemoJailsIgsaContractIsEstimatedOverAYear() {
        long ejemplo = Http.json(api.get("/api/v1/map/jurisdictions?layer=policy", "Authorization", STAFF))
                .getJsonObject("jurisdictions").getJsonObject("06029").getJsonNumber("id").longValue();
        JsonObject picture = Http.json(api.get("/api/v1/jurisdictions/" + ejemplo + "/money", "Authorization", STAFF));
        List<JsonObject> igsa = picture.getJsonArray("igsa").getValuesAs(JsonObject.class);
        assertThat(igsa).extracting(i -> i.getString("facility")).contains("Ejemplo County Jail (demo)");
        JsonObject jail = igsa.stream().filter(i -> i.getString("facility").equals("Ejemplo County Jail (demo)")).findFirst().orElseThrow();
        assertThat(jail.getJsonNumber("perYear").bigDecimalValue()).as("40 beds x $89.50 x 365").isEqualByComparingTo("1306700");
        assertThat(picture.getJsonArray("years").size()).as("the demo's two years").isGreaterThanOrEqualTo(2);
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Http.json(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return response;
    }
}
