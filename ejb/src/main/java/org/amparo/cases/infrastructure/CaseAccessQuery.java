package org.amparo.cases.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.amparo.cases.domain.CaseAccessGrant;
import org.amparo.cases.domain.CaseScope;
import org.amparo.reference.domain.Facility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link CaseScope} in the database: as a Criteria predicate (the case list, search, exports), as a JPQL condition
 * (the dashboard), and as the facts the per-case check needs. The rule itself is {@link CaseScope}'s.
 */
@Dependent
public class CaseAccessQuery {

    @PersistenceContext
    EntityManager em;

    public CaseAccessQuery() {
    }

    /** Over a persistence context the caller manages (tests, tools without a container). */
    public CaseAccessQuery(EntityManager em) {
        this.em = em;
    }

    /** The parties of a case as the rule reads them: caseworker, attorney, its own team, its jurisdiction's team. */
    public record Parties(String caseworker, String attorney, Long caseTeam, Long jurisdictionTeam) {
    }

    /** The case's parties, or empty when there is no such case (or it was deleted). */
    public Optional<Parties> parties(long caseId) {
        return em.createQuery("""
                        select c.caseworker, c.attorney, c.teamId, j.teamId
                        from DetentionCase c left join c.facility f left join f.jurisdiction j where c.id = :id""", Tuple.class)
                .setParameter("id", caseId).getResultStream().findFirst()
                .map(t -> new Parties((String) t.get(0), (String) t.get(1), (Long) t.get(2), (Long) t.get(3)));
    }

    /** The parties of several cases at once, by case id (cases not found are left out). */
    public Map<Long, Parties> parties(Collection<Long> caseIds) {
        Map<Long, Parties> found = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return found;
        }
        em.createQuery("""
                        select c.id, c.caseworker, c.attorney, c.teamId, j.teamId
                        from DetentionCase c left join c.facility f left join f.jurisdiction j where c.id in :ids""", Tuple.class)
                .setParameter("ids", new HashSet<>(caseIds)).getResultList()
                .forEach(t -> found.put((Long) t.get(0), new Parties((String) t.get(1), (String) t.get(2), (Long) t.get(3), (Long) t.get(4))));
        return found;
    }

    /** The cases among these the user holds an unexpired break-glass grant for. */
    public Set<Long> granted(String user, Collection<Long> caseIds, Instant now) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("""
                        select g.caseId from CaseAccessGrant g
                        where g.username = :user and g.caseId in :ids and g.expiresAt > :now""", Long.class)
                .setParameter("user", user).setParameter("ids", new HashSet<>(caseIds)).setParameter("now", now).getResultList());
    }

    public void add(CaseAccessGrant grant) {
        em.persist(grant);
    }

    /** The name of a team, if there is one with this id. */
    public Optional<String> teamName(Long teamId) {
        return teamId == null ? Optional.empty() : em.createQuery("select t.name from Team t where t.id = :id", String.class)
                .setParameter("id", teamId).getResultStream().findFirst();
    }

    /**
     * The rule as a condition on the case {@code c} of a Criteria query: the caller's own cases (caseworker or attorney)
     * and their teams' (the case's own team, else its facility's jurisdiction's). Null when the scope is every case.
     */
    public static Predicate predicate(CriteriaBuilder cb, AbstractQuery<?> q, Root<?> c, CaseScope scope) {
        if (scope.everyCase()) {
            return null;
        }
        List<Predicate> any = new ArrayList<>();
        any.add(cb.equal(c.get("caseworker"), scope.user()));
        any.add(cb.equal(c.get("attorney"), scope.user()));
        if (!scope.teams().isEmpty()) {
            Path<Long> caseTeam = c.get("teamId");
            any.add(caseTeam.in(scope.teams()));
            Subquery<Long> ofTeamJurisdiction = q.subquery(Long.class);
            Root<Facility> f = ofTeamJurisdiction.from(Facility.class);
            ofTeamJurisdiction.select(f.get("id")).where(cb.equal(f, c.get("facility")),
                    f.get("jurisdiction").get("teamId").in(scope.teams()));
            any.add(cb.and(cb.isNull(caseTeam), cb.exists(ofTeamJurisdiction)));
        }
        return cb.or(any.toArray(Predicate[]::new));
    }

    /**
     * The rule as a JPQL condition (starting with " and ") on the case alias {@code c} alone, the teams' jurisdictions'
     * facilities looked up by a subquery (so a count needs to join neither the facility nor the jurisdiction). Empty
     * when the scope is every case.
     */
    public static String jpql(CaseScope scope, String c, Map<String, Object> params) {
        if (scope.everyCase()) {
            return "";
        }
        params.put("scopeUser", scope.user());
        StringBuilder where = new StringBuilder(" and (").append(c).append(".caseworker = :scopeUser or ")
                .append(c).append(".attorney = :scopeUser");
        if (!scope.teams().isEmpty()) {
            params.put("scopeTeams", scope.teams());
            where.append(" or ").append(c).append(".teamId in :scopeTeams or (").append(c).append(".teamId is null and ")
                    .append(c).append(".facility.id in (select sf.id from Facility sf where sf.jurisdiction.teamId in :scopeTeams))");
        }
        return where.append(")").toString();
    }

    /** The same condition in SQL, on the table alias {@code c} of detention_case (the jurisdiction looked up by a subquery). */
    public static String sql(CaseScope scope, String c, Map<String, Object> params) {
        if (scope.everyCase()) {
            return "";
        }
        params.put("scopeUser", scope.user());
        StringBuilder where = new StringBuilder(" and (").append(c).append(".caseworker = :scopeUser or ")
                .append(c).append(".attorney = :scopeUser");
        if (!scope.teams().isEmpty()) {
            params.put("scopeTeams", scope.teams());
            where.append(" or ").append(c).append(".team_id in (:scopeTeams) or (").append(c).append(".team_id is null and ")
                    .append(c).append(".facility_id in (select sf.id from facility sf join jurisdiction sj on sj.id = sf.jurisdiction_id")
                    .append(" where sj.team_id in (:scopeTeams)))");
        }
        return where.append(")").toString();
    }
}
