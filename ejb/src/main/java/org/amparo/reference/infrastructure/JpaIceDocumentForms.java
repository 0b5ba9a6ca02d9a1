package org.amparo.reference.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.reference.domain.IceDocumentForm;
import org.amparo.reference.domain.IceDocumentForms;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaIceDocumentForms implements IceDocumentForms {

    @PersistenceContext
    EntityManager em;

    public JpaIceDocumentForms() {
    }

    /** Over a persistence context the caller manages (tests). */
    public JpaIceDocumentForms(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<IceDocumentForm> find(String code) {
        return code == null || code.isBlank() ? Optional.empty()
                : Optional.ofNullable(em.find(IceDocumentForm.class, code.trim()));
    }

    @Override
    public IceDocumentForm reference(String code) {
        return em.getReference(IceDocumentForm.class, code);
    }

    @Override
    public List<IceDocumentForm> allByCode() {
        return em.createQuery("select f from IceDocumentForm f order by f.code", IceDocumentForm.class).getResultList();
    }

    @Override
    public List<String> codesInUseFirst() {
        return em.createQuery("select f.code from IceDocumentForm f order by f.active desc, f.code", String.class)
                .getResultList();
    }
}
