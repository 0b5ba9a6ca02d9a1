package org.amparo.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * A change an aggregate refuses because it would break one of its rules (a release before the booking, an entry
 * before birth). It names the input field and a message key of the validation bundle, because the aggregate does not
 * know the reader's language; {@link DomainRules} words it for the caller. Thrown before anything is written.
 */
@ApplicationException(rollback = true)
public class DomainRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public DomainRuleViolation(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** The same refusal for the input field a form calls by another name (an entry's date is the form's "first entry"). */
    public DomainRuleViolation onField(String formField) {
        return new DomainRuleViolation(formField, messageKey, args());
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }
}
