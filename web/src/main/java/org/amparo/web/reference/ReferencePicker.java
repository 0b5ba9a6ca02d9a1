package org.amparo.web.reference;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import org.amparo.reference.domain.FacilityNames;
import org.amparo.web.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Picking a facility or a jurisdiction by typing (issue 15, item 6): the words typed start words of its name, city or
 * state; names are shown cleanly; nothing is chosen until the user picks one of the matches, and the page holds the
 * chosen one's id. One instance per view, shared by every picker of that kind on the page
 * ({@code WEB-INF/includes/picker.xhtml}).
 *
 * @param <T> the option a pick list shows
 */
public abstract class ReferencePicker<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most matches shown at once: a few keys more narrow the list faster than scrolling it. */
    static final int MATCHES = 15;

    private List<T> options;

    protected abstract List<T> load();

    protected abstract long id(T option);

    protected abstract String name(T option);

    protected abstract String city(T option);

    protected abstract String stateCode(T option);

    /** The message key for a value that is not one of the options. */
    protected abstract String unknownKey();

    /** Everything, in name order: for filters that list them all. */
    public List<T> getAll() {
        if (options == null) {
            options = load();
        }
        return options;
    }

    /** The options whose name, city or state start with the words typed. */
    public List<T> complete(String typed) {
        return getAll().stream().filter(o -> FacilityNames.matches(typed, name(o), city(o), stateCode(o))).limit(MATCHES).toList();
    }

    /** The name shown for an option, or for the id a page holds. */
    public String label(Object option) {
        T o = option instanceof Number id ? byId(id.longValue()).orElse(null) : cast(option);
        return o == null ? "" : FacilityNames.clean(name(o), stateCode(o));
    }

    public Optional<T> byId(long id) {
        return getAll().stream().filter(o -> id(o) == id).findFirst();
    }

    @SuppressWarnings("unchecked")
    private T cast(Object option) {
        return (T) option;
    }

    /** The chosen option's id on the page and back; an id that is not an option is refused, naming the field. */
    public Converter<Long> getConverter() {
        return new Converter<>() {
            @Override
            public Long getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    long id = Long.parseLong(value.trim());
                    if (byId(id).isPresent()) {
                        return id;
                    }
                } catch (NumberFormatException typedButNotPicked) {
                    // falls through to the message
                }
                Object label = component.getAttributes().get("label");
                String text = Messages.text(unknownKey());
                throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        label == null ? text : label + ": " + text, null));
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, Long value) {
                return value == null ? "" : String.valueOf(value);
            }
        };
    }
}
