package org.amparo.imports.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.imports.domain.ImportLayout;
import org.amparo.imports.domain.ImportLayouts;

import java.util.Optional;

@ApplicationScoped
public class JpaImportLayouts implements ImportLayouts {

    @PersistenceContext
    EntityManager em;

    public JpaImportLayouts() {
    }

    /** Over a persistence context the caller manages (tests). */
    public JpaImportLayouts(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ImportLayout> find(String signature) {
        return Optional.ofNullable(em.find(ImportLayout.class, signature));
    }

    @Override
    public void add(ImportLayout layout) {
        em.persist(layout);
    }
}
