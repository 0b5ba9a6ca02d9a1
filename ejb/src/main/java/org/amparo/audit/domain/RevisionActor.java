package org.amparo.audit.domain;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.envers.RevisionListener;

import java.security.Principal;

/**
 * Stamps each revision with the caller. Envers creates the listener itself, so it looks the caller up through
 * CDI's built-in {@link Principal}; work without a caller (timers, the engine's jobs) is the "system".
 */
public class RevisionActor implements RevisionListener {

    static final String SYSTEM = "system";

    /**
     * The deployment's container, found once per listener (Envers makes one per persistence unit): finding it
     * ({@link CDI#current()}) walks the calling thread's stack, which at every revision was a few percent of writing a
     * case. The caller is still asked for at each revision, as before.
     */
    private volatile BeanManager container;

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).setActor(caller());
    }

    private String caller() {
        try {
            BeanManager beans = container;
            if (beans == null) {
                beans = CDI.current().getBeanManager();
                container = beans;
            }
            Principal principal = beans.createInstance().select(Principal.class).get();
            String name = principal == null ? null : principal.getName();
            return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
        } catch (RuntimeException noContainer) {
            return SYSTEM;
        }
    }
}
