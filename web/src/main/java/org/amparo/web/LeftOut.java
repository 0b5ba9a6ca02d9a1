package org.amparo.web;

import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * What a page's draft was saved without because it could not be read (a date of birth typed as 02/31/1990): the
 * page's inputs by client id with their labels, which the page's note names and a resumed draft asks for again beside
 * each, until each is filled or the person says it is not known; and, of a draft begun on another page, that page's
 * inputs, kept for it. One for each page that saves intake drafts (the call screen, the new-case page); the drafts keep
 * the inputs' names within their form ({@code dateOfBirth}, {@code charges:0:on}).
 */
public final class LeftOut implements Serializable {

    private final String form;
    private LinkedHashMap<String, String> here = new LinkedHashMap<>();
    private List<String> elsewhere = List.of();
    /** Whether the page asks beside each field for what is left out: from a resume until it is all given or not known. */
    private boolean asking;

    /** For the form of that id. */
    public LeftOut(String form) {
        this.form = form;
    }

    /** Before a save: what was left out and is still empty, then what could not be read now. */
    public void beforeSave(FacesContext faces, UnreadValues.Unread now) {
        here = inPageOrder(faces, UnreadValues.leftOut(faces, here.keySet(), now));
    }

    /**
     * Asks again beside each field still left out, after a resume: said anew at every answer that draws those fields
     * (a field's words are the answer's, and an answer that draws it without them takes them away). The page's updates
     * name the words said so far ({@code @(.ui-message-warn)}), so that a field given since loses them.
     */
    public void sayAgain() {
        if (asking) {
            UnreadValues.askAgain(here);
        }
    }

    /** The names a draft keeps: this page's inputs within its form, then another page's. */
    public List<String> names() {
        List<String> names = new ArrayList<>(UnreadValues.namesWithin(form, here.keySet()));
        names.addAll(elsewhere);
        return names;
    }

    /**
     * A draft resumed with what its last save left out: this page's inputs still empty are asked for again beside each,
     * the focus on the first of them, else on the form's {@code firstField}; another page's are kept for that page.
     */
    public void resumed(FacesContext faces, List<String> names, String firstField) {
        List<String> named = UnreadValues.clientIds(form, names);
        here = inPageOrder(faces, UnreadValues.stillEmpty(faces, named));
        elsewhere = UnreadValues.namesWithin(form, UnreadValues.notOnPage(faces, named));
        asking = true;
        sayAgain();
        UnreadValues.focus(here.isEmpty() ? form + ":" + firstField : here.keySet().iterator().next());
    }

    /** The same inputs with their labels, in the page's order (the note names them so, the focus goes to the first). */
    private static LinkedHashMap<String, String> inPageOrder(FacesContext faces, java.util.Map<String, String> labelled) {
        if (labelled.size() < 2) { // nothing to order: no walk through the page at every autosave
            return new LinkedHashMap<>(labelled);
        }
        LinkedHashMap<String, String> ordered = new LinkedHashMap<>();
        for (String clientId : UnreadValues.inPageOrder(faces, labelled.keySet())) {
            ordered.put(clientId, labelled.get(clientId));
        }
        labelled.forEach(ordered::putIfAbsent); // none expected: every one named is on the page
        return ordered;
    }

    /**
     * The person said this page's fields left out are not known (a caller who does not know the birth date): no longer
     * said to need asking, and the focus on the first of them, since the button that said so is gone. Another page's
     * are kept.
     */
    public void notKnown() {
        if (!here.isEmpty()) {
            UnreadValues.focus(here.keySet().iterator().next());
        }
        here = new LinkedHashMap<>();
        asking = false;
    }

    /** Nothing left out: a new draft, or the one being edited thrown away. */
    public void clear() {
        here = new LinkedHashMap<>();
        elsewhere = List.of();
        asking = false;
    }

    /** This page's fields left out, by their labels, in the page's order. */
    public List<String> labels() {
        return List.copyOf(here.values());
    }

    /** The page's note: the bundle's {@code key} naming the fields. */
    public String note(String key) {
        return Messages.text(key, String.join(", ", here.values()));
    }
}
