package org.amparo.tasks.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What an inbox shows of each task's case, for all the inbox's cases in one query: the person's name, the enforcement
 * priority, the hold's expiry and the facility's time zone.
 */
@Dependent
public class TaskCaseQuery {

    @PersistenceContext
    EntityManager em;

    public TaskCaseQuery() {
    }

    /** Over a persistence context the caller manages (tests, tools without a container). */
    public TaskCaseQuery(EntityManager em) {
        this.em = em;
    }

    /**
     * The cases by id, each a tuple of id, given names, family name, enforcement priority, hold expiry and the
     * facility's time zone; cases not found are left out.
     */
    public Map<Long, Tuple> byId(Collection<Long> caseIds) {
        Map<Long, Tuple> cases = new HashMap<>();
        em.createQuery("""
                        select c.id, p.givenNames, p.familyName, c.enforcementPriority, c.holdExpiresAt, f.timeZone
                        from DetentionCase c join c.person p left join c.facility f where c.id in :ids""", Tuple.class)
                .setParameter("ids", caseIds)
                .getResultList().forEach(t -> cases.put(t.get(0, Long.class), t));
        return cases;
    }
}
