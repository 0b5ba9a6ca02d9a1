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

    /** How many ids one query names. */
    private static final int CHUNK = 1000;

    /**
     * What ranking an inbox needs of each task's case, by the process instance the task is in: a tuple of the process
     * instance id, the case id, the enforcement priority, the hold's expiry and the facility's time zone. No name is
     * read (nor decrypted): the inbox reads names only for the tasks it shows ({@link #byId}).
     */
    public Map<String, Tuple> byProcessInstance(Collection<String> processInstanceIds) {
        Map<String, Tuple> cases = new HashMap<>();
        java.util.List<String> ids = new java.util.ArrayList<>(processInstanceIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery("""
                            select c.processInstanceId, c.id, c.enforcementPriority,
                                   case when c.custodyEnd is null then c.holdExpiresAt end, f.timeZone
                            from DetentionCase c left join c.facility f where c.processInstanceId in :ids""", Tuple.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList().forEach(t -> cases.put(t.get(0, String.class), t));
        }
        return cases;
    }

    /**
     * The cases by id, each a tuple of id, given names, family name, enforcement priority, hold expiry (none once the
     * person is out of custody: a hold that can no longer hold anyone ranks and shows nothing) and the facility's time
     * zone; cases not found are left out.
     */
    public Map<Long, Tuple> byId(Collection<Long> caseIds) {
        Map<Long, Tuple> cases = new HashMap<>();
        java.util.List<Long> ids = new java.util.ArrayList<>(caseIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery("""
                            select c.id, p.givenNames, p.familyName, c.enforcementPriority,
                                   case when c.custodyEnd is null then c.holdExpiresAt end, f.timeZone
                            from DetentionCase c join c.person p left join c.facility f where c.id in :ids""", Tuple.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList().forEach(t -> cases.put(t.get(0, Long.class), t));
        }
        return cases;
    }
}
