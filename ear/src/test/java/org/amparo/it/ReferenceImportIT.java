package org.amparo.it;

import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ICE's own files imported on the started server: previews change nothing, the 287(g) lists of March 2025 and May
 * 2026 become agreements (the newer one adding, updating and ending, re-importing it changing nothing, the older one
 * then imported as history only, changing nothing; a list repeating a row merges it), the Detention Statistics become
 * facilities (an older year's, after them, imported as history only and changing no current fact), and the figures ../shared/data/README.md publishes come
 * out of the database. A broken upload changes nothing. Expects a fresh test database, as mvn verify gives it.
 */
class ReferenceImportIT {

    private static final String ADMIN = basic("admin", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);

    private final Http api = Http.api();

    private static byte[] file(String name) throws Exception {
        return Files.readAllBytes(Path.of("../ejb/src/test/resources/ice", name));
    }

    /** One of ICE's real files in ../shared/data beside the checkout; the test is skipped without it. */
    private static byte[] shared(String relative) throws Exception {
        Path file = Path.of(System.getProperty("amparo.sharedData", "../../shared/data"), relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "no " + file.toAbsolutePath());
        return Files.readAllBytes(file);
    }

    /** The 287(g) list with its first agreement listed a second time, in an identical row (as ICE did in 2025). */
    private static byte[] withFirstRowTwice(byte[] list) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(list))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            sheet.copyRows(List.of(sheet.getRow(1)), sheet.getLastRowNum() + 1, new CellCopyPolicy());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The facilities ICE lists, each as its JSON, in a stable order. */
    private List<String> listedFacilities() {
        return Http.jsonArray(api.get("/api/v1/admin/facilities", "Authorization", ADMIN)).getValuesAs(JsonObject.class)
                .stream().filter(f -> f.containsKey("iceType")).map(JsonObject::toString).sorted().toList();
    }

    private HttpResponse<String> upload(String kind, String fileName, byte[] content, String query) {
        return api.postBytes("/api/v1/admin/imports/" + kind + "?fileName=" + fileName + query, content,
                "application/octet-stream", "Authorization", ADMIN);
    }

    @Test
    void the287gListsBecomeAgreementsWithThePublishedFigures() throws Exception {
        byte[] march = file("participatingAgencies03062025am.xlsx");
        byte[] may = file("participatingAgencies05182026am.xlsx");
        assertThat(api.postBytes("/api/v1/admin/imports/ice-287g?fileName=x.xlsx", may, "application/octet-stream",
                "Authorization", SUPERVISOR).statusCode()).isEqualTo(403);

        JsonObject preview = Http.json(upload("ice-287g", "participatingAgencies03062025am.xlsx", march, ""));
        assertThat(preview.getInt("rows")).isEqualTo(308);
        assertThat(preview.getInt("added")).isEqualTo(308);
        assertThat(preview.getBoolean("committed")).isFalse();
        assertThat(api.get("/api/v1/admin/agreements", "Authorization", ADMIN).body()).isEqualTo("[]");

        JsonObject first = Http.json(upload("ice-287g", "participatingAgencies03062025am.xlsx", march, "&commit=true"));
        assertThat(first.getBoolean("committed")).isTrue();
        assertThat(first.getInt("added")).isEqualTo(308);

        JsonObject second = Http.json(upload("ice-287g", "participatingAgencies05182026am.xlsx", may, "&commit=true"));
        assertThat(second.getString("asOf")).isEqualTo("2026-05-18");
        assertThat(second.getInt("rows")).isEqualTo(1843);
        int stillListed = second.getInt("updated") + second.getInt("unchanged");
        assertThat(second.getInt("added")).isEqualTo(1843 - stillListed);
        assertThat(second.getInt("ended")).isEqualTo(308 - stillListed);

        JsonObject again = Http.json(upload("ice-287g", "participatingAgencies05182026am.xlsx", may, "&commit=true"));
        assertThat(again.getInt("added")).isZero();
        assertThat(again.getInt("updated")).isZero();
        assertThat(again.getInt("ended")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(1843);

        // An older list after a newer one: imported as history only, no current fact changes.
        HttpResponse<String> olderResponse = upload("ice-287g", "participatingAgencies03062025am.xlsx", march, "&commit=true");
        assertThat(olderResponse.statusCode()).isEqualTo(200);
        JsonObject older = Http.json(olderResponse);
        assertThat(older.getBoolean("historyOnly")).isTrue();
        assertThat(older.getString("asOf")).isEqualTo("2025-03-06");
        assertThat(older.getString("datedBySource")).isEqualTo("FILE_NAME");
        assertThat(older.getInt("added") + older.getInt("updated") + older.getInt("ended")).isZero();
        assertThat(older.getJsonArray("notes").toString()).contains("older than the last import");

        // The published figures, from the database.
        List<JsonObject> current = Http.jsonArray(api.get("/api/v1/admin/agreements", "Authorization", ADMIN)).getValuesAs(JsonObject.class);
        assertThat(current).hasSize(1843);
        assertThat(current.stream().map(a -> a.getString("stateCode") + "|" + a.getString("agency")).distinct().count()).isEqualTo(1557);
        assertThat(current.stream().map(a -> a.getString("stateCode")).distinct().count()).isEqualTo(40);
        Map<String, Long> byModel = current.stream().collect(Collectors.groupingBy(a -> a.getString("supportType"), Collectors.counting()));
        assertThat(byModel).containsEntry("TASK_FORCE_MODEL", 1162L).containsEntry("WARRANT_SERVICE_OFFICER", 499L)
                .containsEntry("JAIL_ENFORCEMENT_MODEL", 182L);
        assertThat(current.stream().map(a -> a.getString("signedOn")).min(String::compareTo)).hasValue("2016-03-19");
        assertThat(current.stream().map(a -> a.getString("signedOn")).max(String::compareTo)).hasValue("2026-05-17");
        List<JsonObject> all = Http.jsonArray(api.get("/api/v1/admin/agreements?ended=true", "Authorization", ADMIN)).getValuesAs(JsonObject.class);
        assertThat(all).hasSize(1843 + second.getInt("ended"));
        assertThat(all.stream().filter(a -> a.containsKey("endedOn")).map(a -> a.getString("endedOn")).distinct()).containsOnly("2026-05-18");
        assertThat(api.get("/api/v1/admin/imports", "Authorization", ADMIN).body()).contains("participatingAgencies05182026am.xlsx");

        // The same list with one agreement in two identical rows: merged with a note, never a 500 on the unique key.
        byte[] twice = withFirstRowTwice(may);
        HttpResponse<String> previewTwice = upload("ice-287g", "participatingAgencies05182026am.xlsx", twice, "");
        assertThat(previewTwice.statusCode()).isEqualTo(200);
        JsonObject merged = Http.json(previewTwice);
        assertThat(merged.getInt("rows")).isEqualTo(1843);
        assertThat(merged.getInt("problemCount")).isZero();
        assertThat(merged.getBoolean("historyOnly")).isFalse();
        assertThat(merged.getJsonArray("notes").toString()).contains("repeat an earlier row exactly and were merged");
        HttpResponse<String> commitTwice = upload("ice-287g", "participatingAgencies05182026am.xlsx", twice, "&commit=true");
        assertThat(commitTwice.statusCode()).isEqualTo(200);
        JsonObject committedTwice = Http.json(commitTwice);
        assertThat(committedTwice.getBoolean("committed")).isTrue();
        assertThat(committedTwice.getInt("unchanged")).isEqualTo(1843);
        assertThat(committedTwice.getInt("added") + committedTwice.getInt("ended")).isZero();
        assertThat(Http.jsonArray(api.get("/api/v1/admin/agreements", "Authorization", ADMIN))).hasSize(1843);
    }

    @Test
    void anOlderStatisticsFileAfterANewerOneChangesNoCurrentFact() throws Exception {
        byte[] fy20 = shared("ice-detention-stats/FY20-detentionstats.xlsx");
        byte[] fy26 = file("FY26_detentionStats_04092026.xlsx");
        JsonObject newer = Http.json(upload("ice-facilities", "FY26_detentionStats_04092026.xlsx", fy26, "&commit=true"));
        assertThat(newer.getBoolean("historyOnly")).isFalse();
        assertThat(newer.getString("asOf")).isEqualTo("2026-04-09");
        List<String> before = listedFacilities();
        assertThat(before).hasSizeGreaterThanOrEqualTo(203);

        // FY2020 is named by its fiscal year only: dated 30 September 2020, older, so history only
        JsonObject preview = Http.json(upload("ice-facilities", "FY20-detentionstats.xlsx", fy20, ""));
        assertThat(preview.getString("asOf")).isEqualTo("2020-09-30");
        assertThat(preview.getString("datedBySource")).isEqualTo("FISCAL_YEAR_IN_NAME");
        assertThat(preview.getString("dated")).contains("fiscal year");
        assertThat(preview.getBoolean("historyOnly")).isTrue();
        assertThat(preview.getInt("rows")).isGreaterThan(150);
        assertThat(preview.getInt("added") + preview.getInt("updated") + preview.getInt("ended")).isZero();
        assertThat(preview.getJsonArray("notes").toString()).contains("history only");

        HttpResponse<String> committed = upload("ice-facilities", "FY20-detentionstats.xlsx", fy20, "&commit=true");
        assertThat(committed.statusCode()).isEqualTo(200);
        assertThat(Http.json(committed).getBoolean("historyOnly")).isTrue();
        assertThat(listedFacilities()).isEqualTo(before);
        assertThat(api.get("/api/v1/admin/imports", "Authorization", ADMIN).body())
                .contains("FY20-detentionstats.xlsx", "\"historyOnly\":true");

        // and the newer file, imported again, is still current: the history-only import moved no date
        JsonObject again = Http.json(upload("ice-facilities", "FY26_detentionStats_04092026.xlsx", fy26, ""));
        assertThat(again.getBoolean("historyOnly")).isFalse();
        assertThat(again.getInt("added") + again.getInt("updated") + again.getInt("ended")).isZero();
    }

    @Test
    void theDetentionStatisticsBecomeFacilitiesWithThePublishedFigures() throws Exception {
        byte[] stats = file("FY26_detentionStats_04092026.xlsx");
        JsonObject done = Http.json(upload("ice-facilities", "FY26_detentionStats_04092026.xlsx", stats, "&commit=true"));
        assertThat(done.getInt("rows")).isEqualTo(203);
        assertThat(done.getInt("problemCount")).isZero();
        JsonObject again = Http.json(upload("ice-facilities", "FY26_detentionStats_04092026.xlsx", stats, "&commit=true"));
        assertThat(again.getInt("added")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(203);

        List<JsonObject> listed = Http.jsonArray(api.get("/api/v1/admin/facilities", "Authorization", ADMIN)).getValuesAs(JsonObject.class)
                .stream().filter(f -> f.containsKey("iceType")).toList();
        assertThat(listed).hasSize(203);
        Map<String, Long> byType = listed.stream().collect(Collectors.groupingBy(f -> f.getString("iceType"), Collectors.counting()));
        assertThat(byType).containsEntry("USMS IGA", 99L).containsEntry("IGSA", 37L).containsEntry("DIGSA", 25L)
                .containsEntry("CDF", 19L).containsEntry("BOP", 7L).containsEntry("SPC", 5L).containsEntry("STAGING", 4L)
                .containsEntry("USMS CDF", 3L).containsEntry("STATE", 2L).containsEntry("FAMILY", 1L).containsEntry("DOD", 1L);
        assertThat(listed.stream().filter(f -> f.containsKey("guaranteedMinimum")).count()).isEqualTo(64);
        assertThat(listed).anySatisfy(f -> {
            assertThat(f.getString("name")).isEqualTo("ADAMS COUNTY CORRECTIONAL CENTER");
            assertThat(f.getString("aor")).isEqualTo("NOL");
            assertThat(f.getString("timeZone")).isEqualTo("America/Chicago");
        });
    }

    @Test
    void aBrokenUploadSaysWhyAndChangesNothing() {
        String before = api.get("/api/v1/admin/imports", "Authorization", ADMIN).body();
        HttpResponse<String> png = upload("ice-facilities", "stats.xlsx", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}, "&commit=true");
        assertThat(png.statusCode()).isEqualTo(400);
        assertThat(png.body()).contains("\"field\":\"file\"", "not a spreadsheet");
        HttpResponse<String> empty = upload("ice-287g", "list.xlsx", new byte[0], "&commit=true");
        assertThat(empty.body()).contains("is empty");
        HttpResponse<String> csv = upload("ice-287g", "list.csv", "name;city\nA;B\n".getBytes(), "&commit=true");
        assertThat(csv.body()).contains("has no header row with the columns STATE");
        assertThat(api.get("/api/v1/admin/imports", "Authorization", ADMIN).body()).isEqualTo(before);
    }
}
