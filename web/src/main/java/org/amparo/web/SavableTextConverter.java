package org.amparo.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.amparo.shared.infrastructure.StrictJson;

/**
 * Every text typed into a page, whatever the field: refused, with a message beside the field, when it holds a control
 * character other than tabs, line breaks and page breaks (a NUL pasted from another program, say), which PostgreSQL
 * cannot store: the form is shown again with what was typed, nothing saved, instead of the error page. The same rule
 * as the API's ({@link StrictJson.Text}). Texts are otherwise left as typed. (With a converter for texts, PrimeFaces
 * reads a field of spaces alone as empty, as it reads an empty one.)
 */
@FacesConverter(forClass = String.class)
public class SavableTextConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (!StrictJson.Text.savable(value)) {
            FacesMessage refused = new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    TypedDates.fieldNamed(component, Messages.text("typed.unsavableCharacter")), null);
            if (component instanceof jakarta.faces.component.UIViewParameter) {
                // a page's address (the case list's ?q=): no field to show it beside, so the page's own messages say it
                context.addMessage(null, refused);
            }
            throw new ConverterException(refused);
        }
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
