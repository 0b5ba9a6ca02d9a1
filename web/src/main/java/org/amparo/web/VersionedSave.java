package org.amparo.web;

import jakarta.faces.context.FacesContext;
import org.amparo.shared.domain.EditConflictException;
import org.amparo.shared.domain.FieldChange;
import org.amparo.shared.domain.InvalidInputException;

import java.util.List;

/**
 * Saving a form that edits a versioned record, as every editor does it: field errors against their inputs; a
 * conflict shown with the other person's changes (the form keeps the input, and saving again overwrites on purpose);
 * a save that lost a race at commit shown as not saved.
 */
public final class VersionedSave {

    /** What the editor shows after the attempt. */
    public record Outcome(boolean saved, List<FieldChange> conflict, Integer currentVersion) {
    }

    private VersionedSave() {
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
