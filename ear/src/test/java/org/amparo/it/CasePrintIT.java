package org.amparo.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.amparo.it.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case file's print view: every part on one page (person, immigration, criminal history with court dates,
 * custody, ICE requests, notes, documents, steps) and the screening with its reasons, no form control in the content,
 * and privileged notes only for readers who may see them.
 */
class CasePrintIT {

    private final Http api = Http.api();

    @Test
    void thePrintViewShowsEveryPartWithoutControlsAndPrivilegedNotesOnlyToThoseWhoMayReadThem() {
        String caseworker = basic("caseworker", Http.DEMO_PASSWORD);
        String attorney = basic("attorney", Http.DEMO_PASSWORD);
        String family = "Impreso" + UUID.randomUUID().toString().substring(0, 5);
        long id = Http.openCase(family, "Noé");
        assertThat(api.postJson("/api/v1/cases/" + id + "/charges", """
                {"arrestedOn":"2018-02-01","level":"MISDEMEANOR","category":"THEFT","disposition":"CONVICTED","dispositionDate":"2018-03-01",
                 "sentenceDays":10}""", "Authorization", caseworker).statusCode()).isEqualTo(201);
        // An ICE request whose screening has findings: the screening panel lists them with their reasons.
        assertThat(api.postJson("/api/v1/cases/" + id + "/ice-requests", """
                {"formCode":"I_247D","issuedAt":"2016-03-01T10:00:00","servedOnPerson":false}""", "Authorization", caseworker)
                .statusCode()).isEqualTo(201);
        assertThat(api.postJson("/api/v1/cases/" + id + "/notes", "{\"text\":\"caller will phone back Tuesday\"}",
                "Authorization", caseworker).statusCode()).isEqualTo(201);
        assertThat(api.postJson("/api/v1/cases/" + id + "/notes", "{\"text\":\"attorney strategy, privileged\",\"privileged\":true}",
                "Authorization", attorney).statusCode()).isEqualTo(201);

        String forCaseworker = page("caseworker", id);
        assertThat(forCaseworker).contains(family, "Noé", "Criminal history", "Immigration", "Custody", "ICE requests",
                "Documents", "Theft", "Misdemeanor", "caller will phone back Tuesday", "Enforcement priority", "class=\"finding finding-");
        assertThat(forCaseworker).as("a caseworker never sees privileged notes").doesNotContain("attorney strategy");
        String content = forCaseworker.substring(forCaseworker.indexOf("<main"));
        assertThat(content).as("no form control in the printed content")
                .doesNotContain("<input", "<select", "<textarea");

        assertThat(page("attorney", id)).contains("attorney strategy, privileged");
        HttpResponse<String> forStaff = signedIn("staff").get("/cases/print.xhtml?id=" + id);
        assertThat(forStaff.statusCode()).as("staff never open identified case files: refused (or sent on to their own page)")
                .isIn(403, 200);
        assertThat(forStaff.uri().toString()).as("never the print view").satisfiesAnyOf(
                u -> assertThat(forStaff.statusCode()).isEqualTo(403), u -> assertThat(u).doesNotContain("print.xhtml"));
        assertThat(forStaff.body()).doesNotContain(family);
    }

    @Test
    void theCasesAUserOpenedLastAreOfferedAboveTheCaseListToThatUserOnly() {
        String family = "Reciente" + UUID.randomUUID().toString().substring(0, 5);
        long id = Http.openCase(family, "Inés");
        Http caseworker = signedIn("caseworker");
        assertThat(caseworker.get("/cases/file.xhtml?id=" + id).statusCode()).isEqualTo(200);
        String list = caseworker.get("/cases/list.xhtml").body();
        assertThat(list).contains("Recently opened");
        String recent = list.substring(list.indexOf("recentLabel"), list.indexOf("</nav>", list.indexOf("recentLabel")));
        assertThat(recent).as("the case just opened comes first").contains("Inés " + family + " (" + id + ")");
        String forSupervisor = signedIn("supervisor").get("/cases/list.xhtml").body();
        assertThat(forSupervisor.contains("recentLabel")
                ? forSupervisor.substring(forSupervisor.indexOf("recentLabel"), forSupervisor.indexOf("</nav>", forSupervisor.indexOf("recentLabel")))
                : "").as("another user's openings are not offered").doesNotContain(family);
    }

    private static Http signedIn(String user) {
        Http browser = Http.browser();
        assertThat(browser.postForm("/j_security_check", "j_username=" + user + "&j_password=" + Http.DEMO_PASSWORD).statusCode())
                .isEqualTo(302);
        return browser;
    }

    private static String page(String user, long id) {
        HttpResponse<String> page = signedIn(user).get("/cases/print.xhtml?id=" + id);
        return page.body();
    }
}
