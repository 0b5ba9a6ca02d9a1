package org.amparo.cases.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * What a case export adds to a batch of listed cases: each case's person, and the ICE documents with their
 * interference. One query per batch each, never one per row; rows come back as columns, no entity is loaded.
 */
@Dependent
public class CaseExportQuery {

    @PersistenceContext
    EntityManager em;

    public CaseExportQuery() {
    }

    /** Over a persistence context the caller manages (tests, tools without a container). */
    public CaseExportQuery(EntityManager em) {
        this.em = em;
    }

    /** Each case's id and its person's id. */
    public List<Object[]> personIds(List<Long> caseIds) {
        return em.createQuery("select c.id, c.person.id from DetentionCase c where c.id in :ids", Object[].class)
                .setParameter("ids", caseIds).getResultList();
    }

    /** The ICE documents' ids, each with one kind of interference recorded on it. */
    public List<Object[]> interference(List<Long> caseIds) {
        return em.createQuery("select d.id, i from Detainer d join d.interference i where d.detentionCase.id in :ids", Object[].class)
                .setParameter("ids", caseIds).getResultList();
    }

    /**
     * The cases' ICE documents, by issue: document id, case id, person id, form code, issued, served, honored,
     * notified, lifted, the facility's jurisdiction.
     */
    public List<Object[]> iceRequests(List<Long> caseIds) {
        return em.createQuery("""
                        select d.id, c.id, c.person.id, d.form.code, d.issuedAt, d.servedOnPerson, d.honored, d.notifiedIce,                         d.lifted, j.name from Detainer d join d.detentionCase c left join c.facility f left join f.jurisdiction j                         where c.id in :ids order by d.issuedAt, d.id""", Object[].class)
                .setParameter("ids", caseIds).getResultList();
    }
}
