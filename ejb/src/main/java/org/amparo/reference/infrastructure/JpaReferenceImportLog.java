package org.amparo.reference.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.reference.domain.ReferenceImport;
import org.amparo.reference.domain.ReferenceImportLog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReferenceImportLog implements ReferenceImportLog {

    @PersistenceContext
    EntityManager em;

    public JpaReferenceImportLog() {
    }

    /** Over a persistence context the caller manages (tests). */
    public JpaReferenceImportLog(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ReferenceImport> latest(int max) {
        return em.createQuery("select i from ReferenceImport i order by i.importedAt desc", ReferenceImport.class)
                .setMaxResults(max).getResultList();
    }

    @Override
    public Optional<LocalDate> lastAsOf(ReferenceImport.Kind kind) {
        return Optional.ofNullable(em.createQuery("select max(i.asOf) from ReferenceImport i where i.kind = :kind and i.historyOnly = false", LocalDate.class)
                .setParameter("kind", kind).getSingleResult());
    }

    @Override
    public void add(ReferenceImport record) {
        em.persist(record);
    }
}
