package org.amparo.it;

import static org.amparo.it.CaseWorkflowIT.ATTORNEY;
import static org.amparo.it.CaseWorkflowIT.CASEWORKER;
import static org.amparo.it.CaseWorkflowIT.FACILITY_ZONE;
import static org.amparo.it.CaseWorkflowIT.SUPERVISOR;
import static org.amparo.it.CaseWorkflowIT.completeOk;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "ICE sent a document" means the same whichever way it reaches Amparo: the same I-247A, typed into the case file
 * through its API, posted as an outside event, recorded by the intake form, or found on a jail roster, leaves the case
 * in the same state at each step of its process: the same findings, the same hold expiry, the same open steps and hold
 * timers. (The case-file page calls the same command as its API; {@code CaseFileBrowserIT} walks it in the browser.)
 * While intake or an ICE-hold check is open, that step covers the new document; at later steps an ICE-hold check for
 * the new request is added.
 */
class IceDocumentEntrancesIT {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy h:mm a", Locale.US);
    private static final String DATE_OF_BIRTH = "1990-05-01";

    /** One moment for every case of a run, so their clocks (and hold expiries) are the same. */
    private static final LocalDateTime NOW = LocalDateTime.now(FACILITY_ZONE).truncatedTo(ChronoUnit.MINUTES);
    private static final LocalDateTime BOOKED = NOW.minusHours(10);
    private static final LocalDateTime RELEASE = NOW.plusHours(30);
    private static final LocalDateTime FIRST_ISSUED = NOW.minusHours(6);
    private static final LocalDateTime NEW_ISSUED = NOW.minusHours(2);

    private final Http api = Http.api();

    enum Step { INTAKE, ICE_HOLD_CHECK, ATTORNEY_REFERRAL, ATTORNEY_REVIEW }

    enum Entrance { CASE_FILE_API, EVENTS_API, ROSTER_IMPORT, INTAKE_FORM }

    /** What a user relies on after the document arrived. */
    record CaseState(List<String> findings, String holdExpiresAt, List<String> activeSteps) {
    }

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of(Step.INTAKE, List.of("iceHoldCheck", "expiryTimer", "warningTimer")),
                Arguments.of(Step.ICE_HOLD_CHECK, List.of("iceHoldCheck", "expiryTimer", "warningTimer")),
                Arguments.of(Step.ATTORNEY_REFERRAL, List.of("attorneyReferral", "iceHoldRecheck", "expiryTimer", "warningTimer")),
                Arguments.of(Step.ATTORNEY_REVIEW, List.of("attorneyReview", "iceHoldRecheck", "expiryTimer", "warningTimer")));
    }

    @ParameterizedTest(name = "a new I-247A at {0} has the same effect from every entrance")
    @MethodSource("steps")
    void aNewIceDocumentHasTheSameEffectFromEveryEntrance(Step step, List<String> expectedActive) throws Exception {
        Map<Entrance, CaseState> states = new EnumMap<>(Entrance.class);
        for (Entrance entrance : Entrance.values()) {
            if (entrance == Entrance.INTAKE_FORM && step != Step.INTAKE) {
                continue; // only the intake form records a document as it completes its step
            }
            String tag = tag();
            long caseId = caseAt(step, tag);
            deliver(entrance, caseId, tag);
            if (step == Step.INTAKE && entrance != Entrance.INTAKE_FORM) {
                completeIntake(caseId, false);
            }
            states.put(entrance, state(caseId));
        }

        CaseState expected = states.get(Entrance.CASE_FILE_API);
        assertThat(expected.activeSteps()).as("open steps and hold timers at " + step).containsAll(expectedActive);
        if (!expectedActive.contains("iceHoldRecheck")) {
            assertThat(expected.activeSteps()).as("no second check at " + step).doesNotContain("iceHoldRecheck");
        }
        assertThat(expected.holdExpiresAt()).as("a hold expiry").isNotNull();
        assertThat(expected.findings()).as("issued today: judged under EO-2025-01-20, no priorities").doesNotContain("NON_PRIORITY_TARGET");
        states.forEach((entrance, state) -> assertThat(state).as(entrance + " at " + step).isEqualTo(expected));
    }

    /** A case of a new person with a booking, advanced to the step by the people who own the steps before it. */
    private long caseAt(Step step, String tag) {
        HttpResponse<String> created = api.postJson("/api/v1/cases", """
                {"familyName":"Entrada%s","givenNames":"Inés","dateOfBirth":"%s","facilityId":1,"bookingNumber":"%s"}"""
                .formatted(tag, DATE_OF_BIRTH, booking(tag)), "Authorization", CASEWORKER);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long caseId = Http.json(created).getJsonNumber("id").longValue();
        if (step == Step.INTAKE) {
            return caseId;
        }
        completeIntake(caseId, step == Step.ICE_HOLD_CHECK);
        if (step == Step.ATTORNEY_REVIEW) {
            completeOk(api, SUPERVISOR, caseId, "ATTORNEY_REFERRAL", "{\"attorney\":\"attorney\"}");
            completeOk(api, ATTORNEY, caseId, "ATTORNEY_RESPONSE", "{\"accept\":true}");
        }
        return caseId;
    }

    private void completeIntake(long caseId, boolean withFirstDetainer) {
        String detainer = withFirstDetainer
                ? ",\"detainerForm\":\"I_247A\",\"detainerIssuedAt\":\"%s\"".formatted(FIRST_ISSUED) : "";
        completeOk(api, CASEWORKER, caseId, "INTAKE", """
                {"dateOfBirth":"%s","immigrationStatus":"UNDOCUMENTED","bookedAt":"%s","scheduledReleaseAt":"%s"%s}"""
                .formatted(DATE_OF_BIRTH, BOOKED, RELEASE, detainer));
    }

    /** The same I-247A (issued two hours ago, service on the person unknown) through one entrance. */
    private void deliver(Entrance entrance, long caseId, String tag) throws InterruptedException {
        switch (entrance) {
            case CASE_FILE_API -> {
                HttpResponse<String> recorded = api.postJson("/api/v1/cases/" + caseId + "/ice-requests",
                        "{\"formCode\":\"I_247A\",\"issuedAt\":\"%s\"}".formatted(NEW_ISSUED), "Authorization", CASEWORKER);
                assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
            }
            case EVENTS_API -> {
                HttpResponse<String> posted = api.postJson("/api/v1/cases/" + caseId + "/events",
                        "{\"type\":\"NEW_DETAINER\",\"form\":\"I_247A\",\"issuedAt\":\"%s\"}".formatted(NEW_ISSUED),
                        "Authorization", CASEWORKER);
                assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
            }
            case INTAKE_FORM -> completeOk(api, CASEWORKER, caseId, "INTAKE", """
                    {"dateOfBirth":"%s","immigrationStatus":"UNDOCUMENTED","bookedAt":"%s","scheduledReleaseAt":"%s",
                     "detainerForm":"I_247A","detainerIssuedAt":"%s"}""".formatted(DATE_OF_BIRTH, BOOKED, RELEASE, NEW_ISSUED));
            case ROSTER_IMPORT -> {
                String roster = "Booking #,Inmate Name,DOB,ICE Hold,Hold Issued\r\n%s,\"ENTRADA%s, INÉS\",%s,I-247A,%s\r\n"
                        .formatted(booking(tag), tag.toUpperCase(Locale.ROOT), DATE_OF_BIRTH, NEW_ISSUED.format(US));
                JsonObject job = importRoster(roster.getBytes(StandardCharsets.UTF_8));
                assertThat(job.getString("state")).as(job.toString()).isEqualTo("DONE");
            }
        }
    }

    private JsonObject importRoster(byte[] roster) throws InterruptedException {
        HttpResponse<String> started = api.postBytes("/api/v1/imports/cases?fileName=roster.csv&facilityId=1&commit=true"
                        + "&mapping=A:BOOKING_NUMBER,B:FULL_NAME,C:DATE_OF_BIRTH,D:ICE_HOLD,E:HOLD_ISSUED_AT",
                roster, "text/csv", "Authorization", CASEWORKER);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = Http.json(started).getString("id");
        for (int i = 0; i < 600; i++) {
            JsonObject job = Http.json(api.get("/api/v1/imports/cases/jobs/" + id, "Authorization", CASEWORKER));
            if (!"RUNNING".equals(job.getString("state")) && !"QUEUED".equals(job.getString("state", ""))) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The import did not finish in a minute");
    }

    private CaseState state(long caseId) {
        JsonObject summary = Http.json(api.get("/api/v1/cases/" + caseId, "Authorization", SUPERVISOR));
        List<String> findings = new ArrayList<>(new TreeSet<>(summary.getJsonArray("findings").getValuesAs(JsonString::getString)));
        List<String> active = new ArrayList<>(new TreeSet<>(Http.json(api.get("/api/v1/cases/" + caseId + "/process",
                "Authorization", SUPERVISOR)).getJsonArray("active").getValuesAs(JsonString::getString)));
        return new CaseState(findings, summary.getString("holdExpiresAt", null), active);
    }

    private static String booking(String tag) {
        return "ENT-" + tag;
    }

    /** Letters only: part of a name. */
    private static String tag() {
        return java.util.concurrent.ThreadLocalRandom.current().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
