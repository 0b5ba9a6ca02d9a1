package org.amparo.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.LocalDateTime;

/** A date and time typed as people write them in the page's language ({@link TypedDates}). */
@FacesConverter("amparo.typedDateTime")
public class TypedDateTimeConverter implements Converter<LocalDateTime> {

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return TypedDates.dateTime(value, context.getViewRoot().getLocale()).orElseThrow(() -> new ConverterException(
                new FacesMessage(FacesMessage.SEVERITY_ERROR, TypedDates.fieldNamed(component, TypedDates.refusal(value,
                        context.getViewRoot().getLocale(), "typed.notADateTime", Messages.text("typed.dateTimePlaceholder"))), null))); // as the field's placeholder writes it
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return TypedDates.format(value, context.getViewRoot().getLocale());
    }
}
