package org.amparo.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.LocalDate;

/** A date typed as people write it in the page's language ({@link TypedDates}); a clear message otherwise. */
@FacesConverter("amparo.typedDate")
public class TypedDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return TypedDates.date(value, context.getViewRoot().getLocale()).orElseThrow(() -> new ConverterException(
                new FacesMessage(FacesMessage.SEVERITY_ERROR, TypedDates.fieldNamed(component, TypedDates.refusal(value,
                        context.getViewRoot().getLocale(), "typed.notADate", Messages.text("typed.datePlaceholder"))), null))); // as the field's placeholder writes it (DD/MM/AAAA)
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return TypedDates.format(value, context.getViewRoot().getLocale());
    }
}
