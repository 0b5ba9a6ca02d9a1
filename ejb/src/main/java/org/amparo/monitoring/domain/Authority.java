package org.amparo.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.amparo.shared.domain.DomainRuleViolation;
import org.hibernate.envers.Audited;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One office with power over local collaboration with ICE in a jurisdiction (the toolkit's "Mapping Local
 * Authorities"): which office, its seat or committee, who holds it, whether it is elected or appointed, the date of its
 * next election, and the office's public contacts. Holders are public officials, never anyone from a case file.
 * <p>
 * Rules: only an elected office has a next election; an email address has the shape of one; a website is an
 * {@code http} or {@code https} address (the page makes it a link, so nothing else may be one). Every change is a
 * revision in {@code authority_aud}.
 */
@Entity
@Table(name = "authority")
@Audited
public class Authority {

    public static final int TITLE_MAX = 150;
    public static final int NAME_MAX = 150;
    public static final int PHONE_MAX = 40;
    public static final int EMAIL_MAX = 200;
    public static final int ADDRESS_MAX = 300;
    public static final int WEBSITE_MAX = 300;
    public static final int NOTES_MAX = 2000;

    /** A plain address: nothing a {@code mailto:} link would read as parameters ({@code ?subject=}, {@code &body=}). */
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");
    /** Digits with the usual separators, a leading plus and an extension: "(505) 555-0100 ext. 12". */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-/]{3,30}((ext\\.?|x|#) ?[0-9]{1,6})?$",
            Pattern.CASE_INSENSITIVE);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_seq")
    @SequenceGenerator(name = "authority_seq", sequenceName = "authority_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "jurisdiction_id", nullable = false)
    private long jurisdictionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "office", nullable = false, length = 30)
    private AuthorityOffice office;

    @Column(name = "title", length = TITLE_MAX)
    private String title;

    @Column(name = "holder_name", length = NAME_MAX)
    private String holderName;

    @Enumerated(EnumType.STRING)
    @Column(name = "selection", length = 10)
    private AuthoritySelection selection;

    @Column(name = "next_election")
    private LocalDate nextElection;

    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @Column(name = "address", length = ADDRESS_MAX)
    private String address;

    @Column(name = "website", length = WEBSITE_MAX)
    private String website;

    @Column(name = "notes", length = NOTES_MAX)
    private String notes;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Authority() {
    }

    public Authority(long jurisdictionId, Details details, String by, Instant at) {
        this.jurisdictionId = jurisdictionId;
        change(details, by, at);
    }

    /**
     * What a person records about the office. Blank texts are kept as nothing.
     *
     * @param selection null when nobody knows yet
     */
    public record Details(AuthorityOffice office, String title, String holderName, AuthoritySelection selection,
                          LocalDate nextElection, String phone, String email, String address, String website,
                          String notes) {
    }

    /**
     * Replaces what is recorded about the office, after checking it whole: nothing changes when a rule is broken.
     *
     * @throws DomainRuleViolation naming the field: no office, a next election for an office that is not elected, an
     *         email or phone that is not one, a website that is not an http or https address
     */
    public void change(Details d, String by, Instant at) {
        if (d.office() == null) {
            throw new DomainRuleViolation("office", "amparo.validation.required");
        }
        if (d.nextElection() != null && d.selection() != AuthoritySelection.ELECTED) {
            throw new DomainRuleViolation("nextElection", "amparo.validation.electionNotElected");
        }
        String mail = clean(d.email());
        if (mail != null && (mail.length() > EMAIL_MAX || !EMAIL.matcher(mail).matches())) {
            throw new DomainRuleViolation("email", "amparo.validation.email");
        }
        String tel = clean(d.phone());
        if (tel != null && (tel.length() > PHONE_MAX || !PHONE.matcher(tel).matches())) {
            throw new DomainRuleViolation("phone", "amparo.validation.phone");
        }
        String site = clean(d.website());
        if (site != null && !isWebAddress(site)) {
            throw new DomainRuleViolation("website", "amparo.validation.website");
        }
        this.office = d.office();
        this.title = clean(d.title());
        this.holderName = clean(d.holderName());
        this.selection = d.selection();
        this.nextElection = d.nextElection();
        this.phone = tel;
        this.email = mail;
        this.address = clean(d.address());
        this.website = site;
        this.notes = clean(d.notes());
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** An absolute {@code http} or {@code https} address with a host, nothing else (no {@code javascript:}, no path alone). */
    static boolean isWebAddress(String s) {
        if (s.length() > WEBSITE_MAX || s.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Details details() {
        return new Details(office, title, holderName, selection, nextElection, phone, email, address, website, notes);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public long getJurisdictionId() {
        return jurisdictionId;
    }

    public AuthorityOffice getOffice() {
        return office;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
