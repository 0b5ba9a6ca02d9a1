package org.amparo.stories.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.amparo.cases.domain.CaseScope;
import org.amparo.cases.infrastructure.CaseAccessQuery;
import org.amparo.stories.domain.Stories;
import org.amparo.stories.domain.Story;
import org.amparo.stories.domain.StoryUse;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Stories} with JPA. */
@ApplicationScoped
public class JpaStories implements Stories {

    @PersistenceContext
    EntityManager em;

    public JpaStories() {
    }

    /** Outside a container (tests). */
    public JpaStories(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Story> ofCase(long caseId) {
        return em.createQuery("select s from Story s where s.caseId = :c order by s.id", Story.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<Story> find(long id) {
        return Optional.ofNullable(em.find(Story.class, id));
    }

    @Override
    public void add(Story story) {
        em.persist(story);
        em.flush();
    }

    @Override
    public void add(StoryUse use) {
        em.persist(use);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Use> usesOf(Collection<Long> storyIds) {
        if (storyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u, j.name from StoryUse u, Jurisdiction j where j.id = u.jurisdictionId"
                        + " and u.storyId in :ids order by u.generatedAt, u.id", Object[].class)
                .setParameter("ids", storyIds).getResultList().stream()
                .map(r -> new Use((StoryUse) r[0], (String) r[1])).toList();
    }

    @Override
    public List<Story> usableInJurisdiction(CaseScope scope, long jurisdictionId, Instant from, Instant to, int max) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select s from Story s, DetentionCase c join c.facility fa join fa.jurisdiction j"
                + " where c.id = s.caseId and j.id = :jurisdiction and s.consentScope is not null"
                + " and s.consentWithdrawnAt is null and s.vettedBy is not null");
        params.put("jurisdiction", jurisdictionId);
        if (from != null) {
            jpql.append(" and c.openedAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            jpql.append(" and c.openedAt < :to");
            params.put("to", to);
        }
        jpql.append(CaseAccessQuery.jpql(scope, "c", params)).append(" order by s.vettedOn, s.id");
        TypedQuery<Story> query = em.createQuery(jpql.toString(), Story.class);
        params.forEach(query::setParameter);
        // Each story found is read again under a shared row lock (one table, so the lock is the same on PostgreSQL and
        // H2) and kept only if still usable: a withdrawal committing meanwhile is waited for and then seen, and one
        // that comes later waits for the report's transaction, whose recorded uses it then lists.
        // The locks are taken in the order of the ids, the same for every report, so two reports cannot wait on each other.
        List<Story> found = query.setMaxResults(max).getResultList();
        List<Story> byId = new java.util.ArrayList<>(found);
        byId.sort(java.util.Comparator.comparing(Story::getId));
        for (Story s : byId) {
            em.refresh(s, LockModeType.PESSIMISTIC_READ);
        }
        return found.stream().filter(Story::usable).toList();
    }

}
