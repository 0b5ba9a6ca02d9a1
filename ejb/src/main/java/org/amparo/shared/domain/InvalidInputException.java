package org.amparo.shared.domain;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * Input that breaks a rule. Thrown before anything is written; the transaction rolls back, so nothing
 * is half-saved. Every view and the API turn it into messages naming the fields.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s): " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
