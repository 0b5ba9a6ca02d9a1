package org.amparo.web.audit;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit page's details in words (issue 21): no code a person reads, instants with their zone. */
class AuditWordsTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void codesBecomeWordsInTheReadersLanguage() {
        assertThat(AuditWords.detail("detainer=5 form=I_247A", Locale.ENGLISH, CHICAGO)).isEqualTo("ICE request: 5 · Form: I-247A");
        assertThat(AuditWords.detail("state=VERIFIED", Locale.ENGLISH, CHICAGO)).isEqualTo("Verification: Verified");
        assertThat(AuditWords.detail("state=FALSE_REPORT", new Locale("es"), CHICAGO)).startsWith("Verificación: ").doesNotContain("FALSE_REPORT");
        assertThat(AuditWords.detail("kind=PERSON_DETAINED outcome=CASE_OPENED identity=false", Locale.ENGLISH, CHICAGO))
                .doesNotContain("PERSON_DETAINED").doesNotContain("CASE_OPENED").contains("Caller identified: No");
        assertThat(AuditWords.detail("jurisdiction=1 activities=[RAID, CHECKPOINT] people=2", Locale.ENGLISH, CHICAGO))
                .doesNotContain("RAID").doesNotContain("CHECKPOINT").contains("People: 2");
        assertThat(AuditWords.detail("rows=12, mode=deidentified, filter: status=OPEN", Locale.ENGLISH, CHICAGO))
                .isEqualTo("Rows: 12 · Mode: de-identified · Filter: Status: Open");
    }

    @Test
    void aChecklistChangeReadsInWords() {
        String detail = "jurisdiction=3 item=non-priority-custody-requests checklistState=OBSERVED casesFromFindings=[12, 15]";
        assertThat(AuditWords.detail(detail, Locale.ENGLISH, CHICAGO)).isEqualTo("Jurisdiction: 3 · Practice: ICE Custody Requests "
                + "on non-enforcement-priorities · State: Observed · Cases whose findings show it: 12, 15");
        assertThat(AuditWords.detail(detail, new Locale("es"), CHICAGO)).contains("Observado").doesNotContain("OBSERVED")
                .doesNotContain("non-priority-custody-requests");
    }

    @Test
    void aRecomputationReadsWhatItAddedAndRemovedApartFromTheLists() {
        String detail = "jurisdiction=3 item=non-priority-custody-requests checklistState=OBSERVED addedCasesFromFindings=[40]"
                + " removedCasesFromFindings=[7] casesFromFindings=[1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, +26277]";
        assertThat(AuditWords.detail(detail, Locale.ENGLISH, CHICAGO)).contains(" · Cases added from findings: 40 · "
                + "Cases no longer shown by findings: 7 · Cases whose findings show it: 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, +26277");
        assertThat(AuditWords.detail(detail, new Locale("es"), CHICAGO)).contains("Casos añadidos según hallazgos: 40")
                .doesNotContain("addedCasesFromFindings");
    }

    @Test
    void aReadingOfTheTrailSaysWhatWasAskedForWithoutCodesOrEmptyFilters() {
        assertThat(AuditWords.detail("actor=any from=2026-11-06", Locale.ENGLISH, CHICAGO)).isEqualTo("By: anyone · From: 11/06/2026");
        assertThat(AuditWords.detail("actor=any from=2026-11-06", new Locale("es"), CHICAGO)).isEqualTo("Por: cualquiera · Desde: 06/11/2026");
        assertThat(AuditWords.detail("actor=set case=12", Locale.ENGLISH, CHICAGO)).isEqualTo("By: one person · Case: 12");
        // as the trail wrote every filter before, and as a team taken away is written: nothing is a value of its own
        assertThat(AuditWords.detail("actor=any case=null from=2026-11-06 to=null", Locale.ENGLISH, CHICAGO))
                .isEqualTo("By: anyone · Case: none · From: 11/06/2026 · To: none");
        assertThat(AuditWords.detail("before=3 team=null", new Locale("es"), CHICAGO)).isEqualTo("Antes: 3 · Equipo: ninguno");
        assertThat(AuditWords.detail("breakGlass", Locale.ENGLISH, CHICAGO)).isEqualTo("Cases opened by breaking the glass");
        assertThat(AuditWords.detail("via=page, address=127.0.0.1, account=yes", Locale.ENGLISH, CHICAGO))
                .isEqualTo("Through: the sign-in page · Address: 127.0.0.1 · Account: exists");
        assertThat(AuditWords.detail("via=api, address=127.0.0.1", new Locale("es"), CHICAGO))
                .isEqualTo("Por medio de: la API · Dirección: 127.0.0.1");
        assertThat(AuditWords.detail("by=self", Locale.ENGLISH, CHICAGO)).isEqualTo("By: the account's owner");
        assertThat(AuditWords.detail("search=none, caseworker=set, attorney=any, mine=false", new Locale("es"), CHICAGO))
                .isEqualTo("Texto de búsqueda: ninguno · Trabajador/a de casos: uno elegido · Abogado/a: cualquiera · Solo mis casos: No");
        assertThat(AuditWords.detail("search=yes, status=OPEN, mine=true, preset=none, sort=OPENED_AT desc", Locale.ENGLISH, CHICAGO))
                .isEqualTo("Search text: yes · Status: Open · My cases only: Yes · Quick view: none · Sorted by: Opened, descending");
        assertThat(AuditWords.detail("sort=FAMILY_NAME asc", new Locale("es"), CHICAGO)).isEqualTo("Orden: Apellidos, ascendente");
        assertThat(AuditWords.detail("months=1", new Locale("es"), CHICAGO)).isEqualTo("Meses: 1");
        assertThat(AuditWords.detail("import=3f9a0c12be47", Locale.ENGLISH, CHICAGO)).isEqualTo("From the import file: 3f9a0c12be47");
        assertThat(AuditWords.detail("reason=revoked", Locale.ENGLISH, CHICAGO)).isEqualTo("Reason: a revoked token");
    }

    @Test
    void everySortOfTheCaseListIsNamedAsItsColumnIs() {
        for (org.amparo.cases.application.CaseSortField field : org.amparo.cases.application.CaseSortField.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, new Locale("es"))) {
                assertThat(AuditWords.detail("sort=" + field + " desc", locale, CHICAGO)).as(field + " in " + locale)
                        .doesNotContain(field.name()).doesNotContain("desc,").matches(".+: .+, .+");
            }
        }
    }

    /** An action the code records, as its call writes it: {@code audit.record("case.opened", ...)}. */
    private static final java.util.regex.Pattern RECORDED = java.util.regex.Pattern.compile(
            "\\b(?:audit\\.record|audit\\.recordRefusal|changed)\\(([^;]*)", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern ACTION = java.util.regex.Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");
    /** A string in the call, and a detail's key in it: {@code "meeting=" + id + " lang="}. */
    private static final java.util.regex.Pattern LITERAL = java.util.regex.Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final java.util.regex.Pattern DETAIL_KEY = java.util.regex.Pattern.compile("(?:^|[\\s,])([a-zA-Z]+)=");
    /** What an action is about, as the call names it: {@code "DetentionCase"}. */
    private static final java.util.regex.Pattern SUBJECT = java.util.regex.Pattern.compile("\"([A-Z][a-zA-Z]+)\"");

    @Test
    void everyActionTheCodeRecordsWhatItIsAboutAndItsDetailsHaveWordsInBothLanguages() throws java.io.IOException {
        java.util.Set<String> actions = new java.util.TreeSet<>();
        java.util.Set<String> subjects = new java.util.TreeSet<>();
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (String sources : List.of("../ejb/src/main/java", "src/main/java")) {
            try (var files = java.nio.file.Files.walk(java.nio.file.Path.of(sources))) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    var call = RECORDED.matcher(java.nio.file.Files.readString(file));
                    while (call.find()) {
                        var action = ACTION.matcher(call.group(1));
                        while (action.find()) {
                            actions.add(action.group(1));
                        }
                        var literal = LITERAL.matcher(call.group(1));
                        while (literal.find()) {
                            var key = DETAIL_KEY.matcher(literal.group(1));
                            while (key.find()) {
                                keys.add(key.group(1));
                            }
                        }
                        var subject = SUBJECT.matcher(call.group(1));
                        while (subject.find()) {
                            subjects.add(subject.group(1));
                        }
                    }
                }
            }
        }
        assertThat(actions).as("the actions found in the code").hasSizeGreaterThan(100).contains("case.deleted");
        assertThat(subjects).as("the kinds of record found in the code").hasSizeGreaterThan(20).contains("Campaign");
        assertThat(keys).as("the details' names found in the code").hasSizeGreaterThan(80).contains("months", "meeting");
        for (Locale locale : List.of(Locale.ENGLISH, new Locale("es"))) {
            var bundle = java.util.ResourceBundle.getBundle("org.amparo.web.i18n.messages", locale,
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(actions.stream().filter(a -> !bundle.containsKey("audit.action." + a)).toList())
                    .as("actions the audit page would show as codes in " + locale).isEmpty();
            assertThat(subjects.stream().filter(t -> !bundle.containsKey("audit.subject." + t)).toList())
                    .as("kinds of record the audit page would show as codes in " + locale).isEmpty();
            assertThat(keys.stream().filter(k -> !bundle.containsKey("audit.key." + k)).toList())
                    .as("details' names the audit page would show as codes in " + locale).isEmpty();
        }
    }

    @Test
    void instantsCarryTheirZoneAndProseStaysAsWritten() {
        assertThat(AuditWords.detail("until=2026-11-30T18:00:00Z", Locale.ENGLISH, CHICAGO)).isEqualTo("Until: 11/30/2026 12:00 CST");
        assertThat(AuditWords.detail("no jurisdiction", Locale.ENGLISH, CHICAGO)).isEqualTo("no jurisdiction");
        assertThat(AuditWords.detail(null, Locale.ENGLISH, CHICAGO)).isEmpty();
    }
}
