package org.amparo.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InvalidInputException;
import org.omnifaces.util.Faces;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pages' words for messages: OmniFaces' {@link org.omnifaces.util.Messages}, with its keys resolved from the UI
 * bundle ({@code msg}) in the reader's language, and field errors from services shown against the field they name.
 */
public final class Messages {

    static {
        // OmniFaces takes one resolver per application; this class is its only user, so it is set here, once.
        org.omnifaces.util.Messages.setResolver((message, params) -> {
            String text = lookup(message);
            return params == null || params.length == 0 ? text : MessageFormat.format(text, params);
        });
    }

    private Messages() {
    }

    /** The bundle's text for the key, or the key itself (a message already in words, left as it is). */
    private static String lookup(String key) {
        try {
            ResourceBundle bundle = Faces.getResourceBundle("msg");
            return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : key;
        } catch (MissingResourceException | IllegalStateException e) {
            return key;
        }
    }

    public static String text(String key, Object... args) {
        String text = lookup(key);
        return args.length == 0 ? text : MessageFormat.format(text, args);
    }

    public static void info(String key, Object... args) {
        org.omnifaces.util.Messages.addGlobalInfo(key, args);
    }

    public static void warn(String key, Object... args) {
        org.omnifaces.util.Messages.addGlobalWarn(key, args);
    }

    public static void error(String key, Object... args) {
        org.omnifaces.util.Messages.addGlobalError(key, args);
    }

    /**
     * True when a save lost a race with another save of the same record (the database's optimistic lock caught it
     * at commit) or with the same record created twice at once (a unique key refused the second, SQLSTATE 23505, as
     * after a double click): the page then says so instead of failing.
     */
    public static boolean lostRace(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                error("caseFile.notSaved");
                Faces.validationFailed();
                return true;
            }
        }
        return false;
    }

    /**
     * Shows each field error once (issue 21): against its input (form ids follow the command's field names), with the
     * field's label, so the user sees which field to fix; only an error with no input on the page goes to the top,
     * since the page's growl shows global messages alone. Nothing was saved.
     */
    public static void fieldErrors(String formId, InvalidInputException invalid) {
        fieldErrors(formId, invalid, java.util.Map.of());
    }

    /**
     * The same, for a page whose input for a field has another id ({@code facilityId} chosen with the picker
     * {@code facility}): the message keeps the field's label and sits by that input.
     */
    public static void fieldErrors(String formId, InvalidInputException invalid, java.util.Map<String, String> inputs) {
        fieldErrors(formId, invalid.errors(), inputs, UnreadValues.Unread.NONE);
    }

    /**
     * The same for the rest of a form some of whose values could not be read ({@link UnreadValues}): those fields keep
     * the refusal JSF gave them (an error of the service about one of them judged the value from before, not the one
     * typed), and the focus goes to the first refused field of all.
     */
    public static void fieldErrors(String formId, java.util.List<FieldError> errors, java.util.Map<String, String> inputs,
                                   UnreadValues.Unread unread) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent form = form(faces, formId);
        java.util.List<String> refused = new java.util.ArrayList<>(unread.labelsByClientId().keySet());
        for (FieldError error : errors) {
            String message = label(error.field()).map(label -> label + ": " + error.message()).orElse(error.message());
            String clientId = clientIdOf(faces, form, inputs.getOrDefault(error.field(), error.field()));
            if (clientId != null && unread.contains(clientId)) {
                continue;
            }
            if (clientId != null) {
                refused.add(clientId);
                org.omnifaces.util.Messages.addError(clientId, message);
            } else {
                org.omnifaces.util.Messages.addGlobalError(message);
            }
        }
        Faces.validationFailed();
        // the page's script (focus.js) marks these fields invalid and puts the focus on the first: a dialog lists its
        // messages at its top, away from the fields, and marking the inputs invalid here would draw them empty
        var primeFaces = org.primefaces.PrimeFaces.current();
        if (!refused.isEmpty() && primeFaces.isAjaxRequest()) {
            primeFaces.ajax().addCallbackParam("refusedFields", String.join(" ", refused));
        }
    }

    /** A list's item's field, as services name it: {@code charges[1].level}. */
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    /**
     * The client id of the input for a field: the form's input of that id, or for an item of a list drawn by a repeat
     * of the list's name ({@code ui:repeat id="charges"}) that item's input ({@code call:charges:1:level}), so the
     * refusal sits beside the line it is about. None when the page has no such input.
     */
    private static String clientIdOf(FacesContext faces, UIComponent form, String field) {
        if (form == null) {
            return null;
        }
        java.util.regex.Matcher item = ITEM.matcher(field);
        if (!item.matches()) {
            UIComponent input = form.findComponent(field);
            return input == null ? null : input.getClientId(faces);
        }
        UIComponent list = form.findComponent(item.group(1));
        if (!(list instanceof jakarta.faces.component.NamingContainer)
                || list.findComponent(item.group(3)) == null) {
            return null;
        }
        char separator = jakarta.faces.component.UINamingContainer.getSeparatorChar(faces);
        String clientId = list.getClientId(faces) + separator + item.group(2) + separator + item.group(3);
        // a row the page does not draw (or an input inside another naming container): the top of the form, not lost
        return faces.getViewRoot().invokeOnComponent(faces, clientId, (context, target) -> {
        }) ? clientId : null;
    }

    /**
     * A field's label: {@code field.} and its name ({@code field.familyName}), or for a part of a list or record
     * ({@code charges[2].disposition}) that of its last name. None rather than a bundle key shown to the reader; a
     * test (ServiceFieldLabelsTest) holds every name the services give a label in both languages.
     */
    static java.util.Optional<String> label(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d*]$", "");
        for (String key : new String[]{"field." + field, "field." + last}) {
            String text = lookup(key);
            if (!text.equals(key)) {
                return java.util.Optional.of(text);
            }
        }
        return java.util.Optional.empty();
    }

    /** The form of that id anywhere in the view, also inside a tab view or a dialog. */
    private static UIComponent form(FacesContext faces, String formId) {
        UIComponent[] found = new UIComponent[1];
        faces.getViewRoot().visitTree(jakarta.faces.component.visit.VisitContext.createVisitContext(faces), (context, target) -> {
            if (target instanceof jakarta.faces.component.UIForm && formId.equals(target.getId())) {
                found[0] = target;
                return jakarta.faces.component.visit.VisitResult.COMPLETE;
            }
            return jakarta.faces.component.visit.VisitResult.ACCEPT;
        });
        return found[0];
    }
}
