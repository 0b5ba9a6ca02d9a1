package org.amparo.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import org.amparo.shared.domain.InputValidation;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value typed in a form that cannot be read (a date such as 31/02/1990, a time with letters in it) makes JSF refuse
 * the whole form before the page's action runs: the page's bean never hears of the rest of it. A draft saved at every
 * change then kept nothing typed after that date, with its "saved" note unchanged, and the form's other mistakes
 * waited for the next try.
 * <p>
 * A page whose form should go on with what it could read listens to the form's {@code postValidate} event and calls
 * {@link #readTheRest}: every value the form could take goes into the page's bean, as JSF's model update would have
 * put it, and the values it refused are named, each still shown as typed beside its refusal, their fields in the bean
 * emptied. The page then
 * saves its draft or asks its service for the rest's refusals ({@link Messages#fieldErrors(String, List, Map, Unread)});
 * it never acts on the form as if it were whole.
 */
public final class UnreadValues {

    private UnreadValues() {
    }

    /** The inputs of a form whose values could not be read: their client ids and their labels, in the page's order. */
    public record Unread(Map<String, String> labelsByClientId) {

        public static final Unread NONE = new Unread(Map.of());

        public boolean any() {
            return !labelsByClientId.isEmpty();
        }

        public boolean contains(String clientId) {
            return labelsByClientId.containsKey(clientId);
        }

        /** Their labels, for a note that says what was not saved. */
        public List<String> labels() {
            return List.copyOf(labelsByClientId.values());
        }
    }

    /**
     * When the event's form was refused for values it could not take (a value that does not convert, or one its own
     * validator refuses, such as a birth after today): puts every value it could take into the page's bean, and empties
     * the bean's field of each refused one, so that nothing older is saved in its place while the page says it was
     * left out; names them. Otherwise (the form was taken whole, or not sent) nothing, and JSF goes on as usual.
     */
    public static Unread readTheRest(ComponentSystemEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isValidationFailed() || !faces.isPostback()) {
            return Unread.NONE;
        }
        Map<String, String> unread = new LinkedHashMap<>();
        UIComponent form = event.getComponent();
        // every input, also each row's of a repeated line (a call's charges): the visit sets each row as it goes
        VisitContext everyInput = VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        form.visitTree(everyInput, (context, target) -> {
            if (target instanceof UIInput input && !input.isValid()) {
                unread.put(input.getClientId(faces), label(input));
            }
            return VisitResult.ACCEPT;
        });
        if (unread.isEmpty()) {
            return Unread.NONE; // refused for something else: the bean stays as it was
        }
        form.visitTree(everyInput, (context, target) -> {
            if (target instanceof UIInput input) {
                if (input.isValid()) {
                    input.updateModel(faces);
                } else {
                    // still shown as typed (its submitted value), but not kept as what the field held before
                    jakarta.el.ValueExpression value = input.getValueExpression("value");
                    if (value != null && !value.isReadOnly(faces.getELContext())) {
                        value.setValue(faces.getELContext(), null);
                    }
                }
            }
            return VisitResult.ACCEPT;
        });
        return new Unread(unread);
    }

    /**
     * For a page whose forms are each checked first by their command's constraints (the case file's sections): when a
     * form sent by one of its saving buttons could not take a value, the rest of it is judged by its command's
     * constraints, the first check of the use case that button would have run, and refused with that value, each by
     * its field. {@code commandByButton} gives, by the id of the button that saves a form, its command built from what
     * the form holds now. Sent by another button (a row's remove), JSF's refusal stands alone. Nothing is saved.
     */
    public static void refuseTheRest(ComponentSystemEvent event, InputValidation validation,
                                     Map<String, java.util.function.Supplier<Object>> commandByButton) {
        Unread unread = readTheRest(event);
        if (!unread.any()) {
            return;
        }
        commandByButton.entrySet().stream().filter(button -> sentBy(event, button.getKey())).findFirst()
                .ifPresent(button -> Messages.fieldErrors(event.getComponent().getId(),
                        validation.errorsOf(button.getValue().get()), Map.of(), unread));
    }

    /**
     * Whether the request was sent by the form's button or command of that id: an Ajax request names its source, a
     * form sent whole the button clicked among its parameters.
     */
    public static boolean sentBy(ComponentSystemEvent event, String id) {
        UIComponent sender = event.getComponent().findComponent(id);
        if (sender == null) {
            return false;
        }
        FacesContext faces = event.getFacesContext();
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        String clientId = sender.getClientId(faces);
        String source = parameters.get("jakarta.faces.source");
        return source != null ? source.equals(clientId) : parameters.containsKey(clientId);
    }

    /**
     * Of the inputs named (by client id, a row's with its index: {@code call:charges:0:on}), those still on the page
     * whose field is still empty, with their labels, in the order given: what an earlier save left out because it could
     * not be read, and that nobody has given since. A page keeps saying these need asking until they are filled.
     */
    public static Map<String, String> stillEmpty(FacesContext faces, java.util.Collection<String> clientIds) {
        Map<String, String> empty = new LinkedHashMap<>();
        for (String clientId : clientIds) {
            faces.getViewRoot().invokeOnComponent(faces, clientId, (context, target) -> {
                if (target instanceof UIInput input && (input.getValue() == null || input.getValue().toString().isBlank())) {
                    empty.put(clientId, label(input));
                }
            });
        }
        return empty;
    }

    /**
     * Each of a resumed draft's inputs that its last save left out (client ids with labels) told beside itself that it
     * needs asking again: an empty field with nothing beside it read as one never asked. Said at every answer that
     * draws those fields while they stay empty and asked for.
     */
    public static void askAgain(Map<String, String> left) {
        FacesContext faces = FacesContext.getCurrentInstance();
        left.forEach((clientId, label) -> {
            if (faces.getMessageList(clientId).isEmpty()) { // a refusal of what was typed there now says more
                org.omnifaces.util.Messages.addWarn(clientId, Messages.text("intake.askAgain", label));
            }
        });
    }

    /**
     * Puts the focus on the input of that client id once the answer is drawn: after Continue the form may be a long list
     * of drafts below the button (on a phone, screens away). A screen reader hears the field and what is said beside it.
     */
    public static void focus(String clientId) {
        // a client id, not a search expression: a charge line's (call:charges:0:on) names a row no component is
        org.primefaces.PrimeFaces.current().executeScript("amparoFocus('" + clientId.replaceAll("[^\\w:.-]", "") + "')");
    }

    /**
     * Draws the refusals of the inputs that could not be read beside them, in an answer that draws only part of the page
     * (a draft saved as a field is left): the note at the top named them, a screen away on a phone, and the field itself
     * said nothing. Only the messages are drawn, never the inputs, which the person may be typing in again by the time
     * the answer comes. The messages drawn so by the answer before ({@code before}) are drawn again, empty once their
     * field is read. Returns those drawn now, for the next answer.
     */
    public static java.util.Set<String> redrawBeside(FacesContext faces, Unread unread, java.util.Set<String> before) {
        if (!faces.getPartialViewContext().isAjaxRequest()) {
            return java.util.Set.of();
        }
        java.util.Set<String> now = new java.util.LinkedHashSet<>();
        for (String clientId : unread.labelsByClientId().keySet()) {
            faces.getViewRoot().invokeOnComponent(faces, clientId, (context, target) -> {
                for (UIComponent sibling : target.getParent().getChildren()) {
                    if (sibling instanceof jakarta.faces.component.UIMessage message && target.getId().equals(message.getFor())) {
                        now.add(message.getClientId(context));
                    }
                }
            });
        }
        java.util.Collection<String> render = faces.getPartialViewContext().getRenderIds();
        for (String clientId : before) {
            if (faces.getViewRoot().invokeOnComponent(faces, clientId, (context, target) -> {
            })) {
                render.add(clientId); // a row since taken away is not drawn
            }
        }
        render.addAll(now);
        return now;
    }

    /** Of the inputs named (by client id, rows' with their index), those on the page, in the page's order. */
    public static List<String> inPageOrder(FacesContext faces, java.util.Collection<String> clientIds) {
        java.util.Set<String> wanted = new java.util.HashSet<>(clientIds);
        List<String> ordered = new java.util.ArrayList<>();
        VisitContext everyInput = VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        faces.getViewRoot().visitTree(everyInput, (context, target) -> {
            if (target instanceof UIInput input && wanted.contains(input.getClientId(faces))) {
                ordered.add(input.getClientId(faces));
            }
            return VisitResult.ACCEPT;
        });
        return ordered;
    }

    /**
     * What a draft is saved without, by client id with labels: what an earlier save left out and is still empty, then
     * what could not be read now.
     */
    public static java.util.LinkedHashMap<String, String> leftOut(FacesContext faces, java.util.Collection<String> before, Unread now) {
        java.util.LinkedHashMap<String, String> left = new java.util.LinkedHashMap<>(stillEmpty(faces, before));
        left.putAll(now.labelsByClientId());
        return left;
    }

    /** Inputs of a form by their names within it, as a draft keeps them ({@code dateOfBirth}, {@code charges:0:on}). */
    public static List<String> namesWithin(String formId, java.util.Collection<String> clientIds) {
        return clientIds.stream().map(id -> id.startsWith(formId + ":") ? id.substring(formId.length() + 1) : id).toList();
    }

    /** Of the inputs named (by client id), those this page does not have: another page's, kept for it. */
    public static List<String> notOnPage(FacesContext faces, java.util.Collection<String> clientIds) {
        return clientIds.stream().filter(id -> !faces.getViewRoot().invokeOnComponent(faces, id, (context, target) -> {
        })).toList();
    }

    /** The client ids of a form's inputs named within it. */
    public static List<String> clientIds(String formId, java.util.Collection<String> names) {
        return names.stream().map(name -> formId + ":" + name).toList();
    }

    /** The input's label as the page gives it, else its field's (field.<id>), else its id. */
    private static String label(UIInput input) {
        Object label = input.getAttributes().get("label");
        return label != null && !label.toString().isBlank() ? label.toString()
                : Messages.label(input.getId()).orElse(input.getId());
    }
}
