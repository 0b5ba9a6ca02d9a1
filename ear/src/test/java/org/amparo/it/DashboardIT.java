package org.amparo.it;

import static org.amparo.it.Http.created;
import static org.amparo.it.CaseWorkflowIT.ATTORNEY;
import static org.amparo.it.CaseWorkflowIT.CASEWORKER;
import static org.amparo.it.CaseWorkflowIT.SUPERVISOR;
import static org.amparo.it.CaseWorkflowIT.completeOk;
import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every dashboard figure against a small data set counted by hand: six cases in a jurisdiction and facility of their
 * own (so nothing else is counted), one of which moved from intake to referral during the period and one of which
 * was closed. The figures come from database aggregates; the test checks them, the access rules and an export.
 */
class DashboardIT {

    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final String STAFF = basic("staff", Http.DEMO_PASSWORD);
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final Http api = Http.api();
    private static long facility;
    private static String facilityName;
    private static String jurisdictionName;
    private static Instant iceHoldCheckFirst;
    private static Instant datasetDone;
    private static long caseD;
    private static long caseC;
    private static long caseE;

    @BeforeAll
    static void handCountedDataSet() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        jurisdictionName = "Conteo County " + tag + " (test)";
        long jurisdiction = TestJurisdictions.jurisdiction(jurisdictionName, "COUNTY", "IL", "LOCAL_NO_HOLDS");
        facilityName = "Conteo Jail " + tag + " (test)";
        facility = Http.json(created(api.postJson("/api/v1/admin/facilities", """
                {"name":"%s","type":"LOCAL_JAIL","city":"Conteo","stateCode":"IL","timeZone":"America/Chicago","jurisdictionId":%d}"""
                .formatted(facilityName, jurisdiction), "Authorization", ADMIN))).getJsonNumber("id").longValue();

        open(); // A: stays at intake
        long b = open(); // B: intake done during the period, now at attorney referral
        completeOk(api, CASEWORKER, b, "INTAKE", "{\"dateOfBirth\":\"1990-01-01\",\"immigrationStatus\":\"UNDOCUMENTED\"}");
        iceHoldCheckFirst = Instant.now();
        caseC = heldCase(-30); // hold expires in 18 hours
        caseD = heldCase(-60); // expired 12 hours ago, still held
        caseE = heldCase(-5);  // expires in 43 hours
        long f = open(); // F: closed this month
        completeOk(api, CASEWORKER, f, "INTAKE", "{\"dateOfBirth\":\"1990-01-01\",\"immigrationStatus\":\"LPR\"}");
        completeOk(api, SUPERVISOR, f, "ATTORNEY_REFERRAL", "{\"attorney\":\"attorney\"}");
        completeOk(api, ATTORNEY, f, "ATTORNEY_RESPONSE", "{\"accept\":true}");
        completeOk(api, ATTORNEY, f, "ATTORNEY_REVIEW", "{\"recommendCampaign\":false}");
        completeOk(api, SUPERVISOR, f, "CLOSURE", "{\"outcome\":\"RELEASED\"}");
        datasetDone = Instant.now();
    }

    private static long heldCase(int releaseHoursFromNow) {
        long id = open();
        LocalDateTime now = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.MINUTES);
        completeOk(api, CASEWORKER, id, "INTAKE", """
                {"dateOfBirth":"1988-08-08","immigrationStatus":"UNDOCUMENTED","bookedAt":"%s","scheduledReleaseAt":"%s",
                 "detainerForm":"I_247A","detainerIssuedAt":"%s","detainerServedOnPerson":true}"""
                .formatted(now.minusDays(10), now.plusHours(releaseHoursFromNow), now.minusDays(9)));
        return id;
    }

    private static long open() {
        return Http.json(created(api.postJson("/api/v1/cases",
                "{\"familyName\":\"Conteo\",\"givenNames\":\"Inés\",\"facilityId\":" + facility + "}", "Authorization", CASEWORKER)))
                .getJsonNumber("id").longValue();
    }

    private static JsonObject figures(String auth) {
        HttpResponse<String> response = api.get("/api/v1/dashboard?facilityId=" + facility, "Authorization", auth);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    @Test
    void holdsExpiringAndPastExpiry() {
        JsonObject f = figures(SUPERVISOR);
        JsonObject counts = f.getJsonObject("holdCounts");
        assertThat(counts.getJsonNumber("within24Hours").longValue()).isEqualTo(1);
        assertThat(counts.getJsonNumber("within48Hours").longValue()).isEqualTo(2);
        assertThat(counts.getJsonNumber("pastExpiryStillHeld").longValue()).isEqualTo(1);
        assertThat(f.getJsonArray("holds").getValuesAs(JsonObject.class)).extracting(h -> h.getJsonNumber("caseId").longValue())
                .containsExactly(caseD, caseC, caseE);
        assertThat(f.getJsonArray("holds").getJsonObject(0).getString("facilityName")).isEqualTo(facilityName);
    }

    @Test
    void pipelineCountsEachOpenCaseInTheStepItIsInNowWithItsAge() {
        List<JsonObject> pipeline = figures(SUPERVISOR).getJsonArray("pipeline").getValuesAs(JsonObject.class);
        assertThat(pipeline).extracting(s -> s.getString("step") + "=" + s.getJsonNumber("cases").longValue())
                .containsExactlyInAnyOrder("INTAKE=1", "ATTORNEY_REFERRAL=1", "ICE_HOLD_CHECK=3");
        JsonObject hold = pipeline.stream().filter(s -> s.getString("step").equals("ICE_HOLD_CHECK")).findFirst().orElseThrow();
        double elapsedHours = Duration.between(iceHoldCheckFirst, Instant.now()).toMillis() / 3_600_000.0;
        double median = hold.getJsonNumber("medianHours").doubleValue();
        double oldest = hold.getJsonNumber("oldestHours").doubleValue();
        assertThat(oldest).isGreaterThanOrEqualTo(median).isLessThanOrEqualTo(elapsedHours + 0.02);
        assertThat(median).isGreaterThanOrEqualTo(0);
    }

    @Test
    void outcomesDetainersAndFindingsOverTime() {
        JsonObject f = figures(SUPERVISOR);
        String month = YearMonth.now(java.time.ZoneOffset.UTC).toString();
        assertThat(f.getJsonArray("outcomesByMonth").getValuesAs(JsonObject.class))
                .extracting(m -> String.format("%04d-%02d", m.getInt("year"), m.getInt("month")) + " " + m.getString("label") + "=" + m.getJsonNumber("count").longValue())
                .containsExactly(month + " RELEASED=1");
        String issuedMonth = YearMonth.from(LocalDateTime.now(ZONE).minusDays(9)).toString();
        assertThat(f.getJsonArray("detainersByMonth").getValuesAs(JsonObject.class))
                .extracting(m -> String.format("%04d-%02d", m.getInt("year"), m.getInt("month")) + " " + m.getString("label") + "=" + m.getJsonNumber("count").longValue())
                .containsExactly(issuedMonth + " I_247A=3");
        assertThat(f.getJsonArray("detainersByFacility").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("label") + "=" + m.getJsonNumber("count").longValue())
                .containsExactly(facilityName + "=3");
        assertThat(f.getJsonArray("findingsByJurisdiction").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("jurisdiction") + " " + m.getString("finding") + "=" + m.getJsonNumber("count").longValue())
                // detainers issued this year are judged under EO-2025-01-20: no NON_PRIORITY_TARGET any more
                .containsExactlyInAnyOrder(jurisdictionName + " HELD_PAST_EXPIRY=1");
        assertThat(f.get("monthsCountedAt")).as("a small file's figures are counted from its cases at each view")
                .isIn(null, jakarta.json.JsonValue.NULL);
    }

    @Test
    void caseloadOverdueAndUnassigned() {
        JsonObject f = figures(SUPERVISOR);
        assertThat(f.getJsonArray("caseload").getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("user").equals("caseworker"))
                .singleElement().satisfies(c -> assertThat(c.getJsonNumber("casesAsCaseworker").longValue()).isEqualTo(5));
        assertThat(f.getJsonArray("overdueTasks")).isEmpty();
        assertThat(f.getJsonNumber("unassignedCount").longValue()).isZero();
    }

    @Test
    void staffSeeCountsButNoPeopleAndAnAttorneySeesOnlyTheirOwnCases() {
        JsonObject staff = figures(STAFF);
        assertThat(staff.containsKey("holds")).isFalse();
        assertThat(staff.containsKey("unassigned")).isFalse();
        assertThat(staff.getJsonArray("caseload")).as("a line per worker would name them").isEmpty();
        assertThat(staff.getJsonArray("overdueTasks").getValuesAs(JsonObject.class)).allSatisfy(t ->
                assertThat(t.keySet()).as("no case, task or assignee").doesNotContain("caseId", "taskId", "assignee"));
        assertThat(staff.getJsonObject("holdCounts").getJsonNumber("pastExpiryStillHeld").longValue()).isEqualTo(1);
        assertThat(api.get("/api/v1/dashboard/holds.xlsx?facilityId=" + facility, "Authorization", STAFF).statusCode()).isEqualTo(403);

        JsonObject attorney = figures(ATTORNEY);
        assertThat(attorney.getJsonObject("holdCounts").getJsonNumber("within48Hours").longValue()).isZero();
        assertThat(attorney.getJsonArray("pipeline")).isEmpty();
        assertThat(attorney.getJsonArray("outcomesByMonth").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("label")).containsExactly("RELEASED");
    }

    @Test
    void anAccountWithTheStaffRoleAndACaseworkersSeesNoNamesAndOnlyTheCasesItWorks() {
        // Staff read counts of every case; a caseworker's or attorney's role beside it must not carry names with it.
        String both = TestAccounts.userWithOwnPassword(TestAccounts.newUsername(), "staff", "attorney");
        for (String table : List.of("holds", "unassigned")) {
            assertThat(api.get("/api/v1/dashboard/" + table + ".xlsx?facilityId=" + facility, "Authorization", both).statusCode())
                    .as(table + ": the people on it are named").isEqualTo(403);
        }
        JsonObject figures = figures(both);
        assertThat(figures.containsKey("holds")).isFalse();
        assertThat(figures.containsKey("unassigned")).isFalse();
        assertThat(figures.getJsonArray("caseload")).isEmpty();
        assertThat(figures.getJsonObject("holdCounts").getJsonNumber("pastExpiryStillHeld").longValue())
                .as("as everywhere, an attorney's role scopes the cases to those it works: none of these").isZero();
        assertThat(figures.getJsonArray("pipeline")).isEmpty();
    }

    @Test
    void everyTableExportsWithTheSameRows() throws Exception {
        HttpResponse<byte[]> xlsx = api.getBytes("/api/v1/dashboard/pipeline.xlsx?facilityId=" + facility, "Authorization", SUPERVISOR);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(workbook.getSheet("About")).isNotNull();
        }
        for (String table : List.of("holds", "overdue", "unassigned", "caseload", "outcomes", "detainers_by_month",
                "detainers_by_facility", "findings")) {
            assertThat(api.getBytes("/api/v1/dashboard/" + table + ".xlsx?facilityId=" + facility, "Authorization", SUPERVISOR)
                    .statusCode()).as(table).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/dashboard/nothing.xlsx", "Authorization", SUPERVISOR).statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/dashboard?from=2026-13-01", "Authorization", SUPERVISOR).statusCode()).isEqualTo(400);
    }
}
