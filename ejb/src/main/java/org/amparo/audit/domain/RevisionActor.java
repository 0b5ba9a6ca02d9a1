package org.amparo.audit.domain;

import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.envers.RevisionListener;

import java.security.Principal;

/**
 * Stamps each revision with the caller. Envers creates the listener itself, so it looks the caller up through
 * CDI's built-in {@link Principal}; work without a caller (timers, the engine's jobs) is the "system".
 */
public class RevisionActor implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).setActor(caller());
    }

    private static String caller() {
        try {
            Principal principal = CDI.current().select(Principal.class).get();
            String name = principal == null ? null : principal.getName();
            return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
        } catch (RuntimeException noContainer) {
            return SYSTEM;
        }
    }
}
