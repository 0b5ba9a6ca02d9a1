package org.amparo.shared.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Runs Bean Validation on a command and turns every violation into a {@link FieldError}, before a service
 * writes anything. One place, so that pages and the API report problems the same way, in the caller's language.
 */
@ApplicationScoped
public class InputValidation {

    private static final String BUNDLE = "ValidationMessages";

    @Inject
    ValidatorFactory factory;

    @Inject
    RequestLocale requestLocale;

    /** A validator per language, made once: validators are thread-safe and worth keeping. */
    private final java.util.Map<Locale, Validator> validators = new java.util.concurrent.ConcurrentHashMap<>();

    public void check(Object command) {
        List<FieldError> errors = errorsOf(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** What a command's constraints refuse, by field, in the caller's language; nothing thrown. */
    public List<FieldError> errorsOf(Object command) {
        Locale locale = locale();
        Validator inLocale = validators.computeIfAbsent(locale, this::validatorFor);
        Set<ConstraintViolation<Object>> violations = inLocale.validate(command);
        // The years' range is the broadest rule of a date: beside a narrower one of the same field ("must be in the
        // past" for a birth in 2999) it says nothing more, and one message a field reads better.
        return violations.stream()
                .filter(v -> !(v.getConstraintDescriptor().getAnnotation() instanceof PlausibleDate) || violations.stream()
                        .noneMatch(other -> other != v && other.getPropertyPath().toString().equals(v.getPropertyPath().toString())))
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    private Validator validatorFor(Locale locale) {
        MessageInterpolator base = factory.getMessageInterpolator();
        return factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return base.interpolate(template, context, locale);
            }
        }).getValidator();
    }

    /** A rule a single annotation cannot express (a date after another), worded from the validation bundle. */
    public InvalidInputException invalid(String field, String key, Object... args) {
        return new InvalidInputException(List.of(error(field, key, args)));
    }

    /** The same rule's refusal as one error among others, for a command that reports all of its refusals at once. */
    public FieldError error(String field, String key, Object... args) {
        return new FieldError(field, message(key, args));
    }

    /**
     * A day given outside a form (a period's end in a query, a day a service takes as it is) must fall in the years of
     * {@link PlausibleDates}, as a form's {@link PlausibleDate} does: the day after +999999999-12-31 does not exist, and
     * neither the database nor what a report keeps of its period holds such years.
     *
     * @throws InvalidInputException naming {@code field} when the day is outside them; none (null) is no day outside
     */
    public void requireYears(String field, java.time.LocalDate day) {
        if (!PlausibleDates.allows(day)) {
            throw invalid(field, PlausibleDates.MESSAGE_KEY);
        }
    }

    /**
     * A period a person asks for, from one day to another (inclusive; either may be left out): each day in the years
     * {@link #requireYears} allows, and {@code to} not before {@code from}.
     *
     * @throws InvalidInputException naming {@code from} or {@code to}
     */
    public void requirePeriod(java.time.LocalDate from, java.time.LocalDate to) {
        requireYears("from", from);
        requireYears("to", to);
        if (from != null && to != null && to.isBefore(from)) {
            throw invalid("to", "amparo.validation.periodBackwards");
        }
    }

    /** A message of the validation bundle in the caller's language, codes among its arguments worded. */
    public String message(String key, Object... args) {
        try {
            Locale locale = locale();
            // a code among the arguments (a step, a status) is worded, never shown as its name
            Object[] worded = java.util.Arrays.stream(args).map(a -> a instanceof Enum<?> e ? Labels.of(e, locale) : a).toArray();
            return MessageFormat.format(ResourceBundle.getBundle(BUNDLE, locale).getString(key), worded);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private Locale locale() {
        try {
            return requestLocale.get();
        } catch (RuntimeException noRequest) {
            return Locale.ENGLISH;
        }
    }
}
