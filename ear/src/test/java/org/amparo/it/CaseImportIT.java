package org.amparo.it;

import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases from jail rosters and hotline sheets, through the API: a roster with a row per charge becomes people, cases
 * (with their workflow and screening), charges and ICE holds; people on file are matched instead of duplicated; a
 * file with a bad row imports nothing unless the bad rows are skipped; the mapping of a layout is remembered; and a
 * case list exported and imported again gives the same people and bookings and adds nothing.
 */
class CaseImportIT {

    private static final String CASEWORKER = basic("caseworker", Http.DEMO_PASSWORD);
    private static final String SUPERVISOR = basic("supervisor", Http.DEMO_PASSWORD);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy h:mm a", Locale.US);
    private final Http api = Http.api();

    /** Letters only, so the tag is part of a name the search finds. */
    private static String tag() {
        return java.util.concurrent.ThreadLocalRandom.current().ints(5, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private HttpResponse<String> upload(String query, byte[] content, String who) {
        return upload(query, content, who, "en");
    }

    private HttpResponse<String> upload(String query, byte[] content, String who, String language) {
        return api.postBytes("/api/v1/imports/cases" + query, content, "application/octet-stream", "Authorization", who,
                "Accept-Language", language);
    }

    /** Commits and waits for the background job to end; returns its final state. */
    private JsonObject commit(String query, byte[] content, String who) throws InterruptedException {
        return commit(query, content, who, "en");
    }

    /** The same, started and read by someone who reads that language. */
    private JsonObject commit(String query, byte[] content, String who, String language) throws InterruptedException {
        HttpResponse<String> started = upload(query + (query.contains("?") ? "&" : "?") + "commit=true", content, who, language);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = Http.json(started).getString("id");
        for (int i = 0; i < 600; i++) {
            JsonObject job = Http.json(api.get("/api/v1/imports/cases/jobs/" + id, "Authorization", who, "Accept-Language", language));
            if (!"RUNNING".equals(job.getString("state"))) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The import did not finish in two minutes");
    }

    /** The cases whose names start with any of these words, oldest first (search matches the start of name words). */
    private List<JsonObject> cases(String... searches) {
        return java.util.Arrays.stream(searches)
                .flatMap(search -> Http.json(api.get("/api/v1/cases?search=" + search + "&size=100&sort=ID&asc=true",
                        "Authorization", SUPERVISOR)).getJsonArray("rows").getValuesAs(JsonObject.class).stream())
                .sorted(java.util.Comparator.comparingLong(c -> c.getJsonNumber("id").longValue()))
                .toList();
    }

    private static void counts(JsonObject report, int newPeople, int matchedPeople, int newCases, int matchedCases,
                               int charges, int holds, int problems) {
        assertThat(List.of(report.getInt("newPeople"), report.getInt("matchedPeople"), report.getInt("newCases"),
                report.getInt("matchedCases"), report.getInt("newCharges"), report.getInt("newHolds"), report.getInt("problemCount")))
                .as(report.toString()).containsExactly(newPeople, matchedPeople, newCases, matchedCases, charges, holds, problems);
    }

    @Test
    void aRosterWithARowPerChargeBecomesPeopleCasesChargesAndHoldsAndASecondImportAddsNothing() throws Exception {
        String t = tag();
        String booked = LocalDateTime.now(ZoneOffset.UTC).minusDays(2).format(US);
        String detainer = LocalDateTime.now(ZoneOffset.UTC).minusHours(30).withSecond(0).withNano(0).format(US);
        String roster = """
                EJEMPLO COUNTY SHERIFF - INMATE ROSTER\r
                \r
                Inmate Name;DOB;A#;Booking #;Booking Date;Facility;Charge;Degree;Disposition;Disposition Date;ICE Hold;Detainer Date;Release Date\r
                MUÑOZ%1$s, JOSÉ;3/14/1990;;BK%1$s-1;%2$s;EJEMPLO COUNTY JAIL;DWI 2ND;M;Pled Guilty;%4$s;I-247A;%3$s;%5$s\r
                MUÑOZ%1$s, JOSÉ;3/14/1990;;BK%1$s-1;%2$s;EJEMPLO COUNTY JAIL;POSS CS PG1;F;Pending;;I-247A;%3$s;\r
                VEGA%1$s, ANA;7/1/1985;;BK%1$s-2;%2$s;Ejemplo County Jail;THEFT;M;;;N;;\r
                """.formatted(t.toUpperCase(Locale.ROOT), booked, detainer, LocalDate.now(ZoneOffset.UTC).minusDays(1).format(DateTimeFormatter.ofPattern("M/d/yyyy")),
                LocalDateTime.now(ZoneOffset.UTC).minusHours(6).format(US));
        byte[] file = roster.getBytes(Charset.forName("windows-1252"));

        JsonObject layout = Http.json(api.postBytes("/api/v1/imports/cases/layout?fileName=roster.csv", file,
                "text/csv", "Authorization", CASEWORKER));
        assertThat(layout.getInt("headerRow")).isEqualTo(3);
        assertThat(layout.getJsonObject("mapping").getString("0")).isEqualTo("FULL_NAME");
        assertThat(layout.getJsonObject("mapping")).hasSize(13);

        JsonObject preview = Http.json(upload("?fileName=roster.csv", file, CASEWORKER));
        counts(preview, 2, 0, 2, 0, 3, 1, 0);
        assertThat(cases("munoz" + t, "vega" + t)).as("a preview writes nothing").isEmpty();

        JsonObject job = commit("?fileName=roster.csv", file, CASEWORKER);
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("DONE");
        counts(job.getJsonObject("report"), 2, 0, 2, 0, 3, 1, 0);

        List<JsonObject> opened = cases("munoz" + t, "vega" + t);
        assertThat(opened).extracting(c -> c.getString("familyName")).containsExactly("Muñoz" + t, "Vega" + t);
        JsonObject munoz = opened.get(0);
        assertThat(munoz.getString("givenNames")).isEqualTo("José");
        assertThat(munoz.getString("bookingNumber")).isEqualTo("BK" + t.toUpperCase(Locale.ROOT) + "-1");
        assertThat(munoz.getString("workflowStep", null)).as("the workflow started").isNotNull();
        assertThat(munoz.getString("holdExpiresAt", null)).as("the hold was screened").isNotNull();
        assertThat(munoz.getString("caseworker")).isEqualTo("caseworker");
        JsonObject file1 = Http.json(api.get("/api/v1/cases/" + munoz.getJsonNumber("id") + "/file", "Authorization", CASEWORKER));
        List<JsonObject> charges = file1.getJsonArray("arrests").getValuesAs(JsonObject.class).stream()
                .flatMap(a -> a.getJsonArray("charges").getValuesAs(JsonObject.class).stream()).toList();
        assertThat(charges).extracting(c -> c.getString("description") + "/" + c.getString("level") + "/"
                + c.getString("category") + "/" + c.getString("disposition"))
                .containsExactlyInAnyOrder("DWI 2ND/MISDEMEANOR/DUI/CONVICTED", "POSS CS PG1/FELONY/DRUG_POSSESSION/PENDING");
        assertThat(file1.getJsonArray("iceRequests")).singleElement()
                .satisfies(d -> assertThat(d.asJsonObject().getString("formCode")).isEqualTo("I_247A"));

        JsonObject again = Http.json(upload("?fileName=roster.csv", file, CASEWORKER));
        counts(again, 0, 2, 0, 2, 0, 0, 0);
        JsonObject second = commit("?fileName=roster.csv", file, CASEWORKER);
        counts(second.getJsonObject("report"), 0, 2, 0, 2, 0, 0, 0);
        assertThat(cases("munoz" + t, "vega" + t)).hasSize(2);
    }

    @Test
    void peopleOnFileAreMatchedByANumberOrByNameAndBirthInsteadOfDuplicated() throws Exception {
        String t = tag();
        HttpResponse<String> first = api.postJson("/api/v1/cases", """
                {"familyName":"Quispe%1$s","givenNames":"Rosa","dateOfBirth":"1980-05-05","aNumber":"A-0%2$s","facilityId":1}"""
                .formatted(t, aNumberDigits()), "Authorization", CASEWORKER);
        assertThat(first.statusCode()).isEqualTo(201);
        String aNumber = Http.json(api.get("/api/v1/cases/" + Http.json(first).getJsonNumber("id"), "Authorization", SUPERVISOR))
                .getString("aNumber");
        long nameCase = Http.json(api.postJson("/api/v1/cases", """
                {"familyName":"Peña%s","givenNames":"Tomás","dateOfBirth":"1975-01-09","facilityId":1}""".formatted(t),
                "Authorization", CASEWORKER)).getJsonNumber("id").longValue();
        String roster = "Last Name,First Name,DOB,A-Number,Booking Number,Facility\r\n"
                + "QUISPE-MAMANI%1$s,ROSA,,%2$s,NEW%1$s-1,Ejemplo County Jail\r\n".formatted(t.toUpperCase(Locale.ROOT), aNumber)
                + "tomas,pena%1$s,1/9/1975,,NEW%1$s-2,Ejemplo County Jail\r\n".formatted(t);
        JsonObject preview = Http.json(upload("", roster.getBytes(StandardCharsets.UTF_8), CASEWORKER));
        counts(preview, 0, 2, 2, 0, 0, 0, 0);
        assertThat(commit("", roster.getBytes(StandardCharsets.UTF_8), CASEWORKER).getString("state")).isEqualTo("DONE");

        JsonObject nameFile = Http.json(api.get("/api/v1/cases/" + nameCase + "/file", "Authorization", CASEWORKER));
        long personId = nameFile.getJsonObject("person").getJsonNumber("id").longValue();
        List<JsonObject> pena = cases("pena" + t);
        assertThat(pena).hasSize(2);
        for (JsonObject c : pena) {
            assertThat(Http.json(api.get("/api/v1/cases/" + c.getJsonNumber("id") + "/file", "Authorization", CASEWORKER))
                    .getJsonObject("person").getJsonNumber("id").longValue()).isEqualTo(personId);
        }
        List<JsonObject> quispe = cases("quispe" + t);
        assertThat(quispe).hasSize(2);
        JsonObject imported = Http.json(api.get("/api/v1/cases/" + quispe.get(1).getJsonNumber("id") + "/file", "Authorization", CASEWORKER));
        assertThat(imported.getJsonObject("person").getString("familyName")).as("the person on file keeps their name").isEqualTo("Quispe" + t);
        assertThat(imported.getJsonObject("person").getJsonArray("aliases")).as("the roster's spelling becomes an alias")
                .singleElement().satisfies(a -> assertThat(a.asJsonObject().getString("familyName")).isEqualTo("Quispe-Mamani" + t));
    }

    private static String aNumberDigits() {
        return String.valueOf(10_000_000 + new java.util.Random().nextInt(89_999_999));
    }

    @Test
    void theAdministrativeWarrantThatCameWithAHoldIsRecordedFromTheRoster() throws Exception {
        String t = tag();
        String upper = t.toUpperCase(Locale.ROOT);
        byte[] roster = ("A#,Inmate Name,Booking #,ICE Hold,Detainer Date,ICE Warrant\r\n"
                + "%1$s,\"CONORDEN%3$s, ANA\",BWA%3$s,I-247A,11/20/2026,I-200\r\n"
                + "%2$s,\"SINORDEN%3$s, LUIS\",BWB%3$s,I-247A,11/20/2026,none\r\n").formatted(aNumberDigits(), aNumberDigits(), upper)
                .getBytes(StandardCharsets.UTF_8);
        String query = "?facilityId=1&mapping=A:A_NUMBER,B:FULL_NAME,C:BOOKING_NUMBER,D:ICE_HOLD,E:HOLD_ISSUED_AT,F:HOLD_WARRANT";
        JsonObject done = commit(query, roster, CASEWORKER);
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("DONE");

        JsonObject withWarrant = cases("conorden" + t).get(0);
        JsonObject without = cases("sinorden" + t).get(0);
        // Since ICE's policy of 2 April 2017 a detainer must come with an I-200 or I-205: only the one without is flagged.
        assertThat(withWarrant.getJsonArray("findings").toString()).doesNotContain("NO_ADMINISTRATIVE_WARRANT");
        assertThat(without.getJsonArray("findings").toString()).contains("NO_ADMINISTRATIVE_WARRANT");
    }

    @Test
    void aFileWithABadRowImportsNothingUnlessTheBadRowsAreSkipped() throws Exception {
        String t = tag();
        byte[] roster = ("Name,DOB,Facility,Charge,Level\n"
                + "Ana Soto%1$s,1/2/1990,Ejemplo County Jail,Theft,M\n"
                + "Jo Lima%1$s,31/12/1990,Ejemplo County Jail,Theft,M\n"
                + "Eva Rios%1$s,1/3/1991,Ejemplo County Jail,Assault,Class A Misdemeanor\n").formatted(t).getBytes(StandardCharsets.UTF_8);
        JsonObject preview = Http.json(upload("", roster, CASEWORKER));
        counts(preview, 2, 0, 2, 0, 2, 0, 1);
        JsonObject problem = preview.getJsonArray("problems").getJsonObject(0);
        assertThat(problem.getString("cell")).isEqualTo("B3");
        assertThat(problem.getString("field")).isEqualTo("DOB");
        assertThat(problem.getString("message")).contains("is not a date", "31/12/1990");

        JsonObject refused = commit("", roster, CASEWORKER);
        assertThat(refused.getString("state")).isEqualTo("FAILED");
        assertThat(refused.getString("error")).as("the field's name, then its message")
                .startsWith("File: 1 row has problems, so nothing was imported");
        JsonObject rechazada = commit("", roster, CASEWORKER, "es");
        assertThat(rechazada.getString("state")).isEqualTo("FAILED");
        assertThat(rechazada.getString("error")).as("in the language of the person who started it")
                .startsWith("Archivo: 1 fila tiene problemas, así que no se importó nada");
        assertThat(cases("soto" + t, "lima" + t, "rios" + t)).as("nothing was imported").isEmpty();

        HttpResponse<byte[]> workbook = api.getBytes("/api/v1/imports/cases/problems.xlsx", "Authorization", CASEWORKER);
        assertThat(workbook.statusCode()).as("the problems workbook is a POST of the file").isEqualTo(405);
        HttpResponse<String> problems = api.postBytes("/api/v1/imports/cases/problems.xlsx", roster, "text/csv", "Authorization", CASEWORKER);
        assertThat(problems.statusCode()).isEqualTo(200);

        JsonObject skipped = commit("?skipBadRows=true", roster, CASEWORKER);
        assertThat(skipped.getString("state")).isEqualTo("DONE");
        assertThat(cases("soto" + t, "lima" + t, "rios" + t)).extracting(c -> c.getString("familyName")).containsExactly("Soto" + t, "Rios" + t);
    }

    @Test
    void aChargeBeforeTheBirthOnRecordIsARowProblemNotAFailedImport() throws Exception {
        String t = tag();
        String aNumber = aNumberDigits();
        HttpResponse<String> onFile = api.postJson("/api/v1/cases", """
                {"familyName":"Nacida%s","givenNames":"Ana","dateOfBirth":"1995-06-01","aNumber":"%s","facilityId":1}"""
                .formatted(t, aNumber), "Authorization", CASEWORKER);
        assertThat(onFile.statusCode()).as(onFile.body()).isEqualTo(201);
        // The roster has no date of birth: the person on file's is the one the charges must follow.
        byte[] roster = ("A#,Inmate Name,Booking #,Charge,Degree,Arrest Date\r\n"
                + "%1$s,\"NACIDA%2$s, ANA\",BN%2$s,THEFT,M,1/5/1990\r\n"
                + "%1$s,\"NACIDA%2$s, ANA\",BN%2$s,DWI,M,3/3/2020\r\n").formatted(aNumber, t.toUpperCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8);
        String query = "?facilityId=1&mapping=A:A_NUMBER,B:FULL_NAME,C:BOOKING_NUMBER,D:CHARGE,E:CHARGE_LEVEL,F:ARRESTED_ON";

        JsonObject preview = Http.json(upload(query, roster, CASEWORKER));
        counts(preview, 0, 1, 1, 0, 1, 0, 1);
        JsonObject problem = preview.getJsonArray("problems").getJsonObject(0);
        assertThat(problem.getInt("row")).isEqualTo(2);
        assertThat(problem.getString("cell")).isEqualTo("F2");
        assertThat(problem.getString("message")).contains("1995-06-01", "1990-01-05");

        assertThat(commit(query, roster, CASEWORKER).getString("state")).as("a bad row refuses the file").isEqualTo("FAILED");
        JsonObject skipped = commit(query + "&skipBadRows=true", roster, CASEWORKER);
        assertThat(skipped.getString("state")).as(skipped.toString()).isEqualTo("DONE");
        long caseId = cases("nacida" + t).stream().filter(c -> ("BN" + t.toUpperCase(Locale.ROOT)).equals(c.getString("bookingNumber", null)))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject file = Http.json(api.get("/api/v1/cases/" + caseId + "/file", "Authorization", CASEWORKER));
        assertThat(file.toString()).contains("DWI").doesNotContain("THEFT");
    }

    @Test
    void theMappingChosenForALayoutIsRememberedForTheNextFileOfThatLayout() throws Exception {
        String t = tag();
        String header = "Nom " + t + ";Naissance;Lieu\n";
        byte[] first = (header + "Roux%s, Leo;2/2/1992;Ejemplo County Jail\n").formatted(t).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> unmapped = upload("", first, CASEWORKER);
        assertThat(unmapped.statusCode()).isEqualTo(400);
        assertThat(unmapped.body()).contains("mapping", "maps no column to the name");
        JsonObject fresh = Http.json(api.postBytes("/api/v1/imports/cases/layout", first, "text/csv", "Authorization", CASEWORKER));
        assertThat(fresh.getBoolean("remembered")).isFalse();

        JsonObject done = commit("?mapping=A:FULL_NAME,B:DATE_OF_BIRTH,C:FACILITY", first, CASEWORKER);
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("DONE");

        byte[] next = (header + "Blanc%s, Eve;3/3/1993;Ejemplo County Jail\n").formatted(t).getBytes(StandardCharsets.UTF_8);
        JsonObject known = Http.json(api.postBytes("/api/v1/imports/cases/layout", next, "text/csv", "Authorization", SUPERVISOR));
        assertThat(known.getBoolean("remembered")).isTrue();
        assertThat(known.getJsonObject("mapping").toString()).isEqualTo("{\"0\":\"FULL_NAME\",\"1\":\"DATE_OF_BIRTH\",\"2\":\"FACILITY\"}");
        counts(Http.json(upload("", next, SUPERVISOR)), 1, 0, 1, 0, 0, 0, 0);
    }

    @Test
    void aCaseListExportedAndImportedAgainGivesTheSameDataAndAddsNothing() throws Exception {
        String t = tag();
        byte[] roster;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Roster");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("m/d/yyyy"));
            String[] labels = {"Last Name", "First Name", "Date of Birth", "A-Number", "Booking Number", "Facility"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < labels.length; i++) {
                header.createCell(i).setCellValue(labels[i]);
            }
            for (int p = 0; p < 3; p++) {
                Row row = sheet.createRow(p + 1);
                row.createCell(0).setCellValue("Ida" + t + (char) ('a' + p));
                row.createCell(1).setCellValue("Vuelta");
                row.createCell(2).setCellValue(LocalDate.of(1980 + p, 1 + p, 10 + p));
                row.getCell(2).setCellStyle(date);
                row.createCell(3).setCellValue("A0" + aNumberDigits());
                row.createCell(4).setCellValue("RT" + t + p);
                row.createCell(5).setCellValue("Ejemplo County Jail (demo)");
            }
            wb.write(out);
            roster = out.toByteArray();
        }
        assertThat(commit("?fileName=roster.xlsx", roster, SUPERVISOR).getString("state")).isEqualTo("DONE");

        HttpResponse<byte[]> export = api.getBytes("/api/v1/cases/export.xlsx?search=ida" + t + "&sort=FAMILY_NAME&asc=true",
                "Authorization", SUPERVISOR);
        assertThat(export.statusCode()).isEqualTo(200);
        List<List<String>> exported = new ArrayList<>();
        List<List<String>> imported = new ArrayList<>();
        try (XSSFWorkbook out = new XSSFWorkbook(new ByteArrayInputStream(export.body()));
             XSSFWorkbook in = new XSSFWorkbook(new ByteArrayInputStream(roster))) {
            Sheet cases = out.getSheet("Cases");
            assertThat(cases.getLastRowNum()).isEqualTo(3);
            for (int r = 1; r <= 3; r++) {
                Row row = cases.getRow(r);
                exported.add(List.of(row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue(),
                        row.getCell(3).getLocalDateTimeCellValue().toLocalDate().toString(),
                        row.getCell(4).getStringCellValue().replace("-", ""), row.getCell(6).getStringCellValue(),
                        row.getCell(5).getStringCellValue()));
                Row source = in.getSheet("Roster").getRow(r);
                imported.add(List.of(source.getCell(0).getStringCellValue(), source.getCell(1).getStringCellValue(),
                        source.getCell(2).getLocalDateTimeCellValue().toLocalDate().toString(),
                        source.getCell(3).getStringCellValue(), source.getCell(4).getStringCellValue(),
                        source.getCell(5).getStringCellValue()));
            }
        }
        assertThat(exported).isEqualTo(imported);

        JsonObject reimport = Http.json(upload("?fileName=amparo-cases.xlsx", export.body(), SUPERVISOR));
        counts(reimport, 0, 3, 0, 3, 0, 0, 0);
    }

    @Test
    void aRosterLongerThanOneWriteBatchImportsWholeWithTheHistoryOfEveryCaseInOneRevision() throws Exception {
        String t = tag();
        StringBuilder roster = new StringBuilder("Last Name,First Name,DOB,Booking #,Facility,Charge,Level\n");
        for (int i = 0; i < 60; i++) {
            roster.append("Lote").append(t).append((char) ('a' + i / 26)).append((char) ('a' + i % 26))
                    .append(",Ana,1/2/1990,LB").append(t).append(i).append(",Ejemplo County Jail,Theft,M\n");
        }
        JsonObject done = commit("", roster.toString().getBytes(StandardCharsets.UTF_8), CASEWORKER);
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("DONE");
        List<JsonObject> opened = cases("lote" + t);
        assertThat(opened).hasSize(60);
        java.util.Set<Long> revisions = new java.util.HashSet<>();
        for (JsonObject c : List.of(opened.get(0), opened.get(30), opened.get(59))) {
            List<JsonObject> changes = Http.jsonArray(api.get("/api/v1/cases/" + c.getJsonNumber("id") + "/changes",
                    "Authorization", SUPERVISOR)).getValuesAs(JsonObject.class);
            assertThat(changes).as("the history of case " + c.getJsonNumber("id")).isNotEmpty();
            revisions.add(changes.stream().mapToLong(ch -> ch.getJsonNumber("revision").longValue()).min().orElseThrow());
        }
        assertThat(revisions).as("one import, one revision: the first of each case's history").hasSize(1);
    }

    @Test
    void onlyCaseworkersSupervisorsAndAdminsImportCasesAndAnUnreadableFileIsRefusedByName() {
        byte[] roster = "Name,Facility\nX Y,Ejemplo County Jail\n".getBytes(StandardCharsets.UTF_8);
        assertThat(upload("", roster, basic("attorney", Http.DEMO_PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(upload("", roster, basic("staff", Http.DEMO_PASSWORD)).statusCode()).isEqualTo(403);
        HttpResponse<String> pdf = upload("", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), CASEWORKER);
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.body()).contains("\"file\"", "is not a spreadsheet");
    }
}
