package org.amparo.web;

import jakarta.faces.context.FacesContext;
import org.amparo.shared.domain.EditConflictException;
import org.amparo.shared.domain.FieldChange;
import org.amparo.shared.domain.InvalidInputException;

import java.util.List;

/**
 * Saving a form that edits a versioned record, as every editor does it: field errors against their inputs; a
 * conflict shown with the other person's changes (the case file's person and custody editors and the jurisdiction page's
 * authority and money forms keep what the user changed and take the other person's values in the fields the user had
 * left as they read them, {@link #mine}, so that saving again overwrites only what the user changed); a save that lost a
 * race at commit shown as not saved.
 */
public final class VersionedSave {

    /** What the editor shows after the attempt. */
    public record Outcome(boolean saved, List<FieldChange> conflict, Integer currentVersion) {
    }

    private VersionedSave() {
    }

    /**
     * A field after someone else saved first: the user's value where they changed it from what they had read, else the
     * value now on file (so that saving again never puts back a stale value over the other person's change). An empty
     * text is no text.
     */
    public static <T> T mine(T form, T read, T now) {
        return same(form, read) ? now : form;
    }

    private static boolean same(Object a, Object b) {
        Object x = normal(a);
        Object y = normal(b);
        if (x instanceof java.math.BigDecimal d && y instanceof java.math.BigDecimal e) {
            return d.compareTo(e) == 0;
        }
        return java.util.Objects.equals(x, y);
    }

    /** A value as a form holds it: a text without its outer spaces and with one kind of line break, a time to the minute. */
    private static Object normal(Object value) {
        if (value instanceof String s) {
            String text = s.strip().replace("\r\n", "\n");
            return text.isEmpty() ? null : text;
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        }
        return value;
    }

    /**
     * The other person's changes to the fields a form shows, leaving out the record's own bookkeeping ("changed at");
     * when they changed none of those fields, who saved it ({@code updatedBy}), so that the list above the form is never
     * empty after a refused save.
     */
    public static List<FieldChange> shown(List<FieldChange> changes, java.util.Set<String> formFields) {
        List<FieldChange> shown = changes.stream().filter(c -> formFields.contains(c.field())).toList();
        return shown.isEmpty() ? changes.stream().filter(c -> "updatedBy".equals(c.field())).toList() : shown;
    }

    public static Outcome attempt(String formId, Runnable save) {
        try {
            save.run();
            Messages.info("caseFile.saved");
            return new Outcome(true, List.of(), null);
        } catch (InvalidInputException invalid) {
            Messages.fieldErrors(formId, invalid);
            return new Outcome(false, List.of(), null);
        } catch (EditConflictException e) {
            Messages.error("caseFile.notSaved");
            FacesContext.getCurrentInstance().validationFailed();
            return new Outcome(false, e.changes(), e.currentVersion());
        } catch (jakarta.ejb.EJBException e) {
            if (!Messages.lostRace(e)) {
                throw e;
            }
            return new Outcome(false, List.of(), null);
        }
    }
}
