package org.amparo.reference.infrastructure;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.reference.domain.IceDocumentForm;
import org.amparo.reference.domain.IceDocumentForms;

/** {@link IceDocumentForms} with JPA. */
@ApplicationScoped
public class JpaIceDocumentForms implements IceDocumentForms {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<IceDocumentForm> find(String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.ofNullable(em.find(IceDocumentForm.class, code.trim()));
    }
}
