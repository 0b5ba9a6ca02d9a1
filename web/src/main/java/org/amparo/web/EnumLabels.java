package org.amparo.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.amparo.shared.domain.Labels;

/**
 * Codes as words on pages ({@code #{labels.of(t.step())}}), in the page's language, through {@link Labels}: the one
 * mapping of enum constants to labels, which exports use too.
 */
@Named("labels")
@ApplicationScoped
public class EnumLabels {

    /** An enum constant's label; anything else as text. */
    public String of(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Enum<?> e ? Labels.of(e, locale()) : value.toString();
    }

    /**
     * A code of a known enum type, whether the page holds the constant or its name as text:
     * {@code #{labels.of('Finding', code)}}.
     */
    public String of(String type, Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Enum<?> e ? Labels.of(e, locale()) : Labels.ofName(type, value.toString(), locale());
    }

    /**
     * Whether a list of choices has an answer "Unknown" of its own (a constant {@code UNKNOWN}), so that a drop-down's
     * empty choice must be worded otherwise ("Not recorded") to be told apart from it.
     */
    public boolean hasUnknown(Object values) {
        java.util.stream.Stream<?> each = values instanceof Object[] array ? java.util.Arrays.stream(array)
                : values instanceof java.util.Collection<?> collection ? collection.stream() : java.util.stream.Stream.empty();
        return each.anyMatch(v -> v instanceof Enum<?> e && "UNKNOWN".equals(e.name()));
    }

    /** One value of a history change, worded for a person (codes as labels, times with their zone). */
    public String change(org.amparo.shared.domain.FieldChange change, String value) {
        return org.amparo.history.application.HistoryWords.value(change.record(), change.field(), value, locale(),
                org.amparo.platform.ServerZone.get());
    }

    /** What a step of the case process decided, in words ({@link org.amparo.process.StepOutcome}); anything else as kept. */
    public String decision(String kept) {
        return org.amparo.process.StepOutcome.read(kept).map(o -> o.words(locale())).orElse(kept == null ? "" : kept);
    }

    /** An ICE form by its number and what it is, in the reader's language ({@link Labels#iceFormNamed}). */
    public String iceForm(String code) {
        return Labels.iceFormNamed(code, locale());
    }

    /** An ICE document's title in the reader's language ({@link Labels#iceFormTitle}). */
    public String iceFormTitle(String code, String title) {
        return Labels.iceFormTitle(code, title, locale());
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
