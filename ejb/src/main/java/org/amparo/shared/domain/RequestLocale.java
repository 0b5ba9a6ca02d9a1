package org.amparo.shared.domain;

import jakarta.enterprise.context.RequestScoped;

import java.util.Locale;

/**
 * The language of the person behind the current request, set by the web layer (their chosen language in pages,
 * {@code Accept-Language} in the API), so that services word validation messages in it. English otherwise.
 */
@RequestScoped
public class RequestLocale {

    private Locale locale = Locale.ENGLISH;

    public Locale get() {
        return locale;
    }

    public void set(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }
}
