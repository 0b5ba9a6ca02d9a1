package org.amparo.cases.infrastructure;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.cases.domain.CaseDocument;
import org.amparo.cases.domain.CaseNote;
import org.amparo.cases.domain.CaseRecords;

/** {@link CaseRecords} with JPA. */
@ApplicationScoped
public class JpaCaseRecords implements CaseRecords {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(CaseNote note) {
        em.persist(note);
        em.flush();
    }

    @Override
    public void add(CaseDocument document) {
        em.persist(document);
        em.flush();
    }

    @Override
    public Optional<CaseDocument> document(long caseId, long documentId) {
        return Optional.ofNullable(em.find(CaseDocument.class, documentId))
                .filter(d -> d.getDetentionCase().getId() == caseId);
    }

    @Override
    public void remove(CaseDocument document) {
        em.remove(document);
    }
}
