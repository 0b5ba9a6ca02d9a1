package org.amparo.web.api;

import jakarta.enterprise.inject.spi.CDI;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.RequestLocale;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The API's own refusals of a request it cannot read (a body that is no JSON object, a query parameter that is no
 * number), worded like the services' field messages: in the caller's language ({@code Accept-Language}, as
 * {@link RequestLocale} holds it), from the {@code org.amparo.web.i18n.api} bundle. Only the {@code message} of a
 * field error is worded; the field's name, and the {@code error} of other answers, stay what clients match on.
 */
final class ApiWords {

    static final String BUNDLE = "org.amparo.web.i18n.api";

    private ApiWords() {
    }

    /** A 400 naming {@code field}, with the bundle's message {@code key} worded in the caller's language. */
    static InvalidInputException invalid(String field, String key, Object... args) {
        return InvalidInputException.of(field, text(key, args));
    }

    /**
     * The bundle's message {@code key}, with its arguments, in the caller's language. A number is given as it is
     * written ("1900", "365000"), never grouped as the language would group an amount.
     */
    static String text(String key, Object... args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key), locale()).format(values);
    }

    private static Locale locale() {
        try {
            return CDI.current().select(RequestLocale.class).get().get();
        } catch (RuntimeException noRequest) {
            return Locale.ENGLISH;
        }
    }
}
