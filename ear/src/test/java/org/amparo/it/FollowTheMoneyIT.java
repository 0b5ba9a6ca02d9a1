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
        long j = TestJurisdictions.jurisdiction("Money County " + tag + " (test)", "COUNTY", "IL", "NONE");
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

    /**
     * Per facility and year, what collaboration brings in against what it costs: a year of one jail's figures beside the
     * jails' together; a facility of another jurisdiction refused by field; and a spreadsheet imported all or nothing: a
     * preview that names each bad cell and keeps nothing, a year already recorded with other figures refused unless
     * replacing is chosen, rows that repeat the record left alone, and the import audited.
     */
    @Test
    void aFacilitysYearIsRecordedByHandOrImportedWithWhatItCostsAgainstWhatItBringsIn() throws java.io.IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long j = TestJurisdictions.jurisdiction("Cost County " + tag + " (test)", "COUNTY", "AZ", "NONE");
        long other = TestJurisdictions.jurisdiction("Other County " + tag + " (test)", "COUNTY", "AZ", "NONE");
        long jail = facility("Cost Jail " + tag, j);
        long otherJail = facility("Other Jail " + tag, other);
        String money = "/api/v1/jurisdictions/" + j + "/money";

        assertField(api.putJson(money + "/2025?facility=" + otherJail, "{\"igsaBeds\":40}", "Authorization", CASEWORKER), "facilityId");
        assertField(api.putJson(money + "/2025?facility=" + jail, "{\"igsaBeds\":40,\"costPerBedDay\":0}", "Authorization", CASEWORKER),
                "costPerBedDay");
        assertThat(Http.json(api.get(money, "Authorization", STAFF)).getJsonArray("years")).as("nothing half-saved").isEmpty();

        // 40 beds at $89.50 over FY2025 (365 days), 18,250 bed-days at $142 and $60,000 of staff time.
        HttpResponse<String> saved = api.putJson(money + "/2025?facility=" + jail, """
                {"igsaBeds":40,"igsaRate":89.50,"costPerBedDay":142,"iceBedDays":18250,"otherCosts":60000,"source":"Budget request"}""",
                "Authorization", CASEWORKER);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(api.putJson(money + "/2025", "{\"scaapReceived\":100000,\"jailBudget\":9000000}", "Authorization", CASEWORKER)
                .statusCode()).as("the jails together, the same year").isEqualTo(200);
        List<JsonObject> years = Http.json(api.get(money, "Authorization", STAFF)).getJsonArray("years").getValuesAs(JsonObject.class);
        assertThat(years).hasSize(2);
        assertThat(years.get(0).containsKey("facilityId")).as("the jails together first").isFalse();
        JsonObject ofJail = years.get(1);
        assertThat(ofJail.getJsonNumber("facilityId").longValue()).isEqualTo(jail);
        assertThat(ofJail.getString("facility")).isEqualTo("Cost Jail " + tag);
        assertThat(ofJail.getJsonNumber("igsaMoney").bigDecimalValue()).isEqualByComparingTo("1306700");
        assertThat(ofJail.getBoolean("igsaEstimated")).isTrue();
        assertThat(ofJail.getJsonNumber("cost").bigDecimalValue()).isEqualByComparingTo("2651500");
        assertThat(ofJail.getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("-1344800");
        assertThat(ofJail.getJsonNumber("costCovered").bigDecimalValue()).isEqualByComparingTo("49.3");
        assertThat(Http.json(api.get(money, "Authorization", STAFF)).getJsonArray("facilities").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("name")).containsExactly("Cost Jail " + tag);

        // A spreadsheet: one row repeats the jail's year, one changes the jails' year, one adds 2024, one has bad cells.
        byte[] file = workbook(new Object[][]{
                {"Cost County money (organisers' sheet)"},
                {"Facility", "Fiscal year", "SCAAP received", "Jail budget", "IGSA beds", "IGSA rate per bed per day",
                        "Cost per bed per day", "ICE bed-days", "Other costs", "Source"},
                {"cost jail " + tag, 2025, null, null, 40, 89.5, 142, 18250, 60000, "Budget request"},
                {"", 2025, 120000, 9000000, null, null, null, null, null, null},
                {"Cost Jail " + tag, "FY2024", null, null, 38, 88, 139.5, 17000, "N/A", null},
                {"Unknown Jail", 2023, 5, null, null, null, null, null, null, null},
                {"", 2022, "lots", null, null, null, null, null, null, null},
        });
        String importPath = money + "/import?fileName=money.xlsx";
        assertThat(api.postBytes(importPath, file, "application/octet-stream", "Authorization", STAFF).statusCode())
                .as("staff read only").isEqualTo(403);
        JsonObject preview = Http.json(api.postBytes(importPath, file, "application/octet-stream", "Authorization", CASEWORKER));
        assertThat(preview.getInt("rows")).isEqualTo(5);
        assertThat(preview.getInt("problemCount")).isEqualTo(3);
        assertThat(preview.getJsonArray("problems").getValuesAs(JsonObject.class)).extracting(p -> p.getString("cell"))
                .containsExactly("B4", "A6", "C7");
        assertThat(preview.getJsonArray("problems").getJsonObject(0).getString("message")).contains("Replace years already recorded");
        HttpResponse<String> refused = api.postBytes(importPath + "&commit=true", file, "application/octet-stream", "Authorization", CASEWORKER);
        assertField(refused, "file");
        assertThat(Http.json(api.get(money, "Authorization", STAFF)).getJsonArray("years")).as("all or nothing").hasSize(2);

        byte[] fixed = workbook(new Object[][]{
                {"Centro", "Año fiscal", "SCAAP recibido", "Presupuesto de la cárcel", "Camas IGSA", "Tarifa IGSA por cama y día",
                        "Costo por cama y día", "Días-cama para ICE", "Otros costos", "Fuente"},
                {"cost jail " + tag, 2025, null, null, 40, 89.5, 142, 18250, 60000, "Budget request"},
                {"", 2025, 120000, 9000000, null, null, null, null, null, null},
                {"Cost Jail " + tag, "FY2024", null, null, 38, 88, 139.5, 17000, "N/A", null},
        });
        JsonObject imported = Http.json(api.postBytes(importPath + "&commit=true&replace=true", fixed, "application/octet-stream",
                "Authorization", CASEWORKER));
        assertThat(imported.getBoolean("committed")).isTrue();
        assertThat(List.of(imported.getInt("added"), imported.getInt("replaced"), imported.getInt("unchanged"))).containsExactly(1, 1, 1);
        years = Http.json(api.get(money, "Authorization", STAFF)).getJsonArray("years").getValuesAs(JsonObject.class);
        assertThat(years).hasSize(3);
        assertThat(years.get(0).getJsonNumber("scaapReceived").bigDecimalValue()).as("replaced").isEqualByComparingTo("120000");
        JsonObject fy2024 = years.get(2);
        assertThat(fy2024.getInt("fiscalYear")).isEqualTo(2024);
        assertThat(fy2024.getJsonNumber("facilityId").longValue()).isEqualTo(jail);
        // FY2024 has 29 February: 38 x $88 x 366 = $1,223,904 against 17,000 x $139.50 = $2,371,500.
        assertThat(fy2024.getJsonNumber("igsaMoney").bigDecimalValue()).isEqualByComparingTo("1223904");
        assertThat(fy2024.getJsonNumber("cost").bigDecimalValue()).isEqualByComparingTo("2371500");

        var report = EvidenceReportIT.workbook(j, "en", STAFF, "");
        assertThat(report.get("Jail money")).anySatisfy(row -> assertThat(row).contains("2024", "Cost Jail " + tag));
        assertThat(report.get("Summary")).anySatisfy(row ->
                assertThat(row.get(0)).isEqualTo("Collaboration with ICE, fiscal year 2025 · Cost Jail " + tag));
        assertThat(report.toString()).doesNotContain("Budget request");
        String page = Http.page("caseworker", "/jurisdictions/view.xhtml?id=" + j, "en");
        assertThat(page).contains("All jails together", "Cost Jail " + tag, "Cost covered", "49.3%", "short by", "Import figures from a spreadsheet");
        assertThat(Http.page("caseworker", "/jurisdictions/view.xhtml?id=" + j, "es"))
                .contains("Todas las cárceles juntas", "Costo cubierto", "faltan");
        assertThat(api.get("/api/v1/audit?size=100", "Authorization", SUPERVISOR).body()).contains("money.imported");
        assertThat(api.delete(money + "/2024?facility=" + jail + "&version=" + fy2024.getInt("version"), "Authorization", CASEWORKER)
                .statusCode()).isEqualTo(200);
        assertThat(Http.json(api.get(money, "Authorization", STAFF)).getJsonArray("years")).hasSize(2);
    }

    private static long facility(String name, long jurisdiction) {
        return Http.json(created(api.postJson("/api/v1/admin/facilities", """
                {"name":"%s","type":"LOCAL_JAIL","city":"Cost","stateCode":"AZ","timeZone":"America/Phoenix","jurisdictionId":%d}"""
                .formatted(name, jurisdiction), "Authorization", ADMIN))).getJsonNumber("id").longValue();
    }

    private static byte[] workbook(Object[][] rows) throws java.io.IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Money");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
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
