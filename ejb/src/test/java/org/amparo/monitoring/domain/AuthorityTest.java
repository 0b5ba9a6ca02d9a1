package org.amparo.monitoring.domain;

import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.shared.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an organisation records about a jurisdiction's authorities: a page makes their contacts links, so only real
 * web and email addresses and phone numbers are kept; only an elected office has a next election; a refused change
 * changes nothing.
 */
class AuthorityTest {

    private static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

    private static Authority.Details sheriff(AuthoritySelection selection, LocalDate election, String phone, String email,
                                             String website) {
        return new Authority.Details(AuthorityOffice.SHERIFF, null, "Sam Reyes", selection, election, phone, email,
                "1 Main St", website, null);
    }

    @Test
    void anElectedSheriffWithContactsIsKeptAsGivenBlanksAsNothing() {
        Authority a = new Authority(7, new Authority.Details(AuthorityOffice.SHERIFF, "  ", " Sam Reyes ",
                AuthoritySelection.ELECTED, LocalDate.of(2026, 11, 3), "+1 (505) 555-0100 ext. 12", "sheriff@example.org",
                "", "https://example.org/sheriff", null), "carmen", AT);
        Authority.Details d = a.details();
        assertThat(d.title()).isNull();
        assertThat(d.holderName()).isEqualTo("Sam Reyes");
        assertThat(d.address()).isNull();
        assertThat(d.phone()).isEqualTo("+1 (505) 555-0100 ext. 12");
        assertThat(a.getUpdatedBy()).isEqualTo("carmen");
    }

    @Test
    void onlyAnElectedOfficeHasANextElection() {
        assertThatThrownBy(() -> new Authority(7, sheriff(AuthoritySelection.APPOINTED, LocalDate.of(2026, 11, 3), null, null, null), "c", AT))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("nextElection");
        assertThatThrownBy(() -> new Authority(7, sheriff(null, LocalDate.of(2026, 11, 3), null, null, null), "c", AT))
                .as("not known to be elected").isInstanceOf(DomainRuleViolation.class).hasMessageContaining("nextElection");
    }

    @Test
    void aWebsiteIsAnHttpOrHttpsAddressNeverAScript() {
        for (String bad : new String[]{"javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "example.org",
                "//example.org", "https://", "https://exa mple.org", "ftp://example.org/x"}) {
            assertThatThrownBy(() -> new Authority(7, sheriff(null, null, null, null, bad), "c", AT))
                    .as(bad).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("website");
        }
        assertThat(new Authority(7, sheriff(null, null, null, null, "HTTP://Example.org/a?b=c"), "c", AT).details().website())
                .isEqualTo("HTTP://Example.org/a?b=c");
    }

    @Test
    void anEmailAndAPhoneMustBeOne() {
        assertThatThrownBy(() -> new Authority(7, sheriff(null, null, null, "sheriff at example", null), "c", AT))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("email");
        assertThatThrownBy(() -> new Authority(7, sheriff(null, null, null, "sheriff@example.org?subject=x&body=y", null), "c", AT))
                .as("nothing a mailto: link reads as parameters").isInstanceOf(DomainRuleViolation.class).hasMessageContaining("email");
        assertThat(new Authority(7, sheriff(null, null, null, "o'brien.sheriff+press@county-of.example.org", null), "c", AT)
                .details().email()).isEqualTo("o'brien.sheriff+press@county-of.example.org");
        assertThatThrownBy(() -> new Authority(7, sheriff(null, null, "call the front desk", null, null), "c", AT))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("phone");
    }

    @Test
    void aRefusedChangeChangesNothing() {
        Authority a = new Authority(7, sheriff(AuthoritySelection.ELECTED, LocalDate.of(2026, 11, 3), null, null, null), "carmen", AT);
        Authority.Details before = a.details();
        assertThatThrownBy(() -> a.change(new Authority.Details(AuthorityOffice.MAYOR, null, "Other", null, null, null, "bad",
                null, null, null), "luis", AT.plusSeconds(60))).isInstanceOf(DomainRuleViolation.class);
        assertThat(a.details()).isEqualTo(before);
        assertThat(a.getUpdatedBy()).isEqualTo("carmen");
    }

    @Test
    void officesFollowTheToolkitsChartOfCountyAndCityAuthorities() {
        assertThat(AuthorityOffice.SHERIFF.usually()).isEqualTo(AuthoritySelection.ELECTED);
        assertThat(AuthorityOffice.POLICE_CHIEF.usually()).isEqualTo(AuthoritySelection.APPOINTED);
        assertThat(AuthorityOffice.COUNTY_EXECUTIVE.usually()).as("may be elected or appointed").isNull();
        assertThat(AuthorityOffice.MAYOR.fits(JurisdictionLevel.CITY)).isTrue();
        assertThat(AuthorityOffice.MAYOR.fits(JurisdictionLevel.COUNTY)).isFalse();
        assertThat(AuthorityOffice.PROSECUTOR.fits(JurisdictionLevel.COUNTY)).isTrue();
    }
}
