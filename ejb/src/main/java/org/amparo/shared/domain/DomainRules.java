package org.amparo.shared.domain;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Words an aggregate's {@link DomainRuleViolation} as an {@link InvalidInputException} in the caller's language, at
 * the edge of the application services that change aggregates, so that pages and the API name the field the same way
 * whichever entrance was used.
 */
public class DomainRules {

    @Inject
    InputValidation validation;

    @AroundInvoke
    public Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (DomainRuleViolation violation) {
            throw validation.invalid(violation.field(), violation.messageKey(), violation.args());
        }
    }
}
