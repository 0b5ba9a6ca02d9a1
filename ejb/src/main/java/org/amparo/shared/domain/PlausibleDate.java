package org.amparo.shared.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.TemporalAccessor;

/**
 * A date, date-time or instant field that, when filled in, falls in the years of {@link PlausibleDates} (1900 to
 * 2200).
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    String message() default "{" + PlausibleDates.MESSAGE_KEY + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleDate, TemporalAccessor> {
        @Override
        public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
            return PlausibleDates.allows(value);
        }
    }
}
