package org.amparo.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** After signing in, the browser goes back to the page it asked for: one of Amparo's pages, never anywhere else. */
class SignInServletTest {

    @Test
    void aPageOfTheApplicationWithItsQueryIsWhereTheUserReturns() {
        assertThat(SignInServlet.target("/cases/file.xhtml?id=12")).isEqualTo("/cases/file.xhtml?id=12");
        assertThat(SignInServlet.target("/dashboard/index.xhtml")).isEqualTo("/dashboard/index.xhtml");
        assertThat(SignInServlet.target("/map?layer=reports")).as("the policy map's short address").isEqualTo("/map?layer=reports");
        assertThat(SignInServlet.target("/mapx")).isEqualTo("/cases/list.xhtml");
        assertThat(SignInServlet.target("/cases/list.xhtml?search=Ejemplo%20Uno&sort=a:b")).isEqualTo("/cases/list.xhtml?search=Ejemplo%20Uno&sort=a:b");
    }

    @Test
    void anythingElseGoesToTheCaseList() {
        assertThat(SignInServlet.target(null)).isEqualTo("/cases/list.xhtml");
        assertThat(SignInServlet.target("")).isEqualTo("/cases/list.xhtml");
        assertThat(SignInServlet.target("//evil.example/x.xhtml")).isEqualTo("/cases/list.xhtml");
        assertThat(SignInServlet.target("https://evil.example/x.xhtml")).isEqualTo("/cases/list.xhtml");
        assertThat(SignInServlet.target("/../other/x.xhtml")).isEqualTo("/cases/list.xhtml");
        assertThat(SignInServlet.target("/api/v1/cases")).isEqualTo("/cases/list.xhtml");
        assertThat(SignInServlet.target("/cases/list.xhtml?x=\r\nSet-Cookie:a")).isEqualTo("/cases/list.xhtml");
    }
}
