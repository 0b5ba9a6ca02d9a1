package org.amparo.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InvalidInputException;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the UI bundle, and field errors from services shown against the field they name. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            return MessageFormat.format(bundle.getString(key), args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    public static void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    /**
     * True when a save lost a race with another save of the same record (the database's optimistic lock caught it
     * at commit): the page then says so instead of failing.
     */
    public static boolean lostRace(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                error("caseFile.notSaved");
                FacesContext.getCurrentInstance().validationFailed();
                return true;
            }
        }
        return false;
    }

    /**
     * Shows each field error against its input (form ids follow the command's field names), with the field's
     * label, so the user sees which field to fix. Nothing was saved.
     */
    public static void fieldErrors(String formId, InvalidInputException invalid) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : invalid.errors()) {
            String label = text("field." + error.field());
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + error.message(), null);
            String clientId = formId + ":" + error.field();
            if (faces.getViewRoot().findComponent(clientId) != null) {
                faces.addMessage(clientId, message);
            }
            faces.addMessage(null, message);
        }
        faces.validationFailed();
    }
}
