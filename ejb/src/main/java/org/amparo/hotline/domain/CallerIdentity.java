package org.amparo.hotline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import org.amparo.shared.domain.DomainRuleViolation;

import java.io.Serializable;

/**
 * Who called the hotline, as far as the caller agreed to say: a name or a contact is kept only with the caller's
 * consent, by rule (and by a database constraint on each table that embeds it). Both are encrypted at rest, shown only
 * to supervisors and admins, and cleared by retention. A value: one rule for the call log and the activity reports.
 */
@Embeddable
public class CallerIdentity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "caller_consented", nullable = false)
    private boolean consented;

    @Column(name = "caller_name", length = 400)
    @Convert(converter = org.amparo.protection.infrastructure.EncryptedText.class)
    private String name;

    @Column(name = "caller_contact", length = 400)
    @Convert(converter = org.amparo.protection.infrastructure.EncryptedText.class)
    private String contact;

    protected CallerIdentity() {
    }

    private CallerIdentity(boolean consented, String name, String contact) {
        this.consented = consented;
        this.name = name;
        this.contact = contact;
    }

    /**
     * The caller as the volunteer wrote them down; blanks are nothing. A name or contact without consent is refused,
     * naming the field ({@code callerName} or {@code callerContact}).
     */
    public static CallerIdentity of(boolean consented, String name, String contact) {
        String n = blankToNull(name);
        String c = blankToNull(contact);
        if (!consented && (n != null || c != null)) {
            throw new DomainRuleViolation(n != null ? "callerName" : "callerContact", "amparo.validation.callerWithoutConsent");
        }
        return new CallerIdentity(consented, n, c);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public boolean consented() {
        return consented;
    }

    public String name() {
        return name;
    }

    public String contact() {
        return contact;
    }
}
