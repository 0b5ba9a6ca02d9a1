package org.amparo.shared.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Runs Bean Validation on a command and turns every violation into a {@link FieldError}, before a service
 * writes anything. One place, so that pages and the API report problems the same way.
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    public void check(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
            throw new InvalidInputException(errors);
        }
    }
}
