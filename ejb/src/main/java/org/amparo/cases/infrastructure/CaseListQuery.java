package org.amparo.cases.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.amparo.cases.application.CaseListCriteria;
import org.amparo.cases.application.CaseSummary;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Person;
import org.amparo.reference.domain.Facility;
import org.amparo.shared.domain.ANumber;
import org.amparo.shared.domain.SearchText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the case list query from {@link CaseListCriteria}: one SQL statement per page, one per count,
 * whatever the filters. Rows come back as {@link CaseSummary}, so no entity graph is loaded.
 */
@Dependent
public class CaseListQuery {

    public List<CaseSummary> page(EntityManager em, CaseListCriteria criteria, String caller, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<DetentionCase> c = q.from(DetentionCase.class);
        Join<DetentionCase, Person> p = person(c);
        Join<DetentionCase, Facility> f = facility(c);
        selectSummary(q, c, p, f);
        q.where(filters(cb, c, p, f, criteria, caller));
        Expression<?> sortKey = sortKey(c, p, f, criteria);
        q.orderBy(criteria.ascending() ? cb.asc(sortKey) : cb.desc(sortKey),
                criteria.ascending() ? cb.asc(c.get("id")) : cb.desc(c.get("id")));
        TypedQuery<Tuple> query = em.createQuery(q).setFirstResult(first).setMaxResults(size);
        return query.getResultList().stream().map(CaseListQuery::toSummary).toList();
    }

    public Optional<CaseSummary> one(EntityManager em, long caseId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<DetentionCase> c = q.from(DetentionCase.class);
        Join<DetentionCase, Person> p = person(c);
        Join<DetentionCase, Facility> f = facility(c);
        selectSummary(q, c, p, f);
        q.where(cb.equal(c.get("id"), caseId));
        return em.createQuery(q).getResultList().stream().map(CaseListQuery::toSummary).findFirst();
    }

    private static Join<DetentionCase, Person> person(Root<DetentionCase> c) {
        return c.join("person");
    }

    /** Left join: a case may not know its facility yet. */
    private static Join<DetentionCase, Facility> facility(Root<DetentionCase> c) {
        return c.join("facility", JoinType.LEFT);
    }

    private static void selectSummary(CriteriaQuery<Tuple> q, Root<DetentionCase> c, Join<DetentionCase, Person> p,
                                      Join<DetentionCase, Facility> f) {
        q.multiselect(c.get("id"), p.get("familyName"), p.get("givenNames"), p.get("dateOfBirth"), p.get("aNumber"),
                f.get("id"), f.get("name"), c.get("bookingNumber"), c.get("status"), c.get("workflowStep"),
                c.get("caseworker"), c.get("attorney"), c.get("openedAt"), c.get("processInstanceId"));
    }

    public long count(EntityManager em, CaseListCriteria criteria, String caller) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<DetentionCase> c = q.from(DetentionCase.class);
        Join<DetentionCase, Person> p = person(c);
        Join<DetentionCase, Facility> f = facility(c);
        q.select(cb.count(c)).where(filters(cb, c, p, f, criteria, caller));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<DetentionCase> c, Join<DetentionCase, Person> p,
                                       Join<DetentionCase, Facility> f, CaseListCriteria criteria, String caller) {
        List<Predicate> where = new ArrayList<>();
        String search = criteria.search();
        if (search != null && !search.isBlank()) {
            where.add(searchPredicate(cb, c, p, search.trim()));
        }
        if (criteria.status() != null) {
            where.add(cb.equal(c.get("status"), criteria.status()));
        }
        if (criteria.workflowStep() != null && !criteria.workflowStep().isBlank()) {
            where.add(cb.equal(c.get("workflowStep"), criteria.workflowStep()));
        }
        if (criteria.facilityId() != null) {
            where.add(cb.equal(f.get("id"), criteria.facilityId()));
        }
        if (criteria.caseworker() != null && !criteria.caseworker().isBlank()) {
            where.add(cb.equal(c.get("caseworker"), criteria.caseworker().trim()));
        }
        if (criteria.mineOnly()) {
            where.add(cb.or(cb.equal(c.get("caseworker"), caller), cb.equal(c.get("attorney"), caller)));
        }
        return where.toArray(Predicate[]::new);
    }

    /** An A-number in any written form matches exactly; anything else matches names partially or a booking number. */
    private static Predicate searchPredicate(CriteriaBuilder cb, Root<DetentionCase> c, Join<DetentionCase, Person> p,
                                             String search) {
        if (ANumber.isValid(search)) {
            return cb.equal(p.get("aNumber"), ANumber.parse(search));
        }
        String folded = SearchText.fold(search).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return cb.or(
                cb.like(p.get("searchName"), "%" + folded + "%", '\\'),
                cb.equal(cb.upper(c.get("bookingNumber")), search.toUpperCase(Locale.ROOT)));
    }

    private static Expression<?> sortKey(Root<DetentionCase> c, Join<DetentionCase, Person> p,
                                         Join<DetentionCase, Facility> f, CaseListCriteria criteria) {
        return switch (criteria.sortField() == null ? org.amparo.cases.application.CaseSortField.ID : criteria.sortField()) {
            case ID -> c.get("id");
            case FAMILY_NAME -> p.get("familyName");
            case DATE_OF_BIRTH -> p.get("dateOfBirth");
            case A_NUMBER -> p.get("aNumber");
            case FACILITY -> f.get("name");
            case STATUS -> c.get("status");
            case WORKFLOW_STEP -> c.get("workflowStep");
            case CASEWORKER -> c.get("caseworker");
            case OPENED_AT -> c.get("openedAt");
        };
    }

    private static CaseSummary toSummary(Tuple t) {
        ANumber aNumber = (ANumber) t.get(4);
        return new CaseSummary((Long) t.get(0), (String) t.get(1), (String) t.get(2), (LocalDate) t.get(3),
                aNumber == null ? null : aNumber.formatted(), (Long) t.get(5), (String) t.get(6), (String) t.get(7),
                (CaseStatus) t.get(8), (String) t.get(9), (String) t.get(10), (String) t.get(11), (Instant) t.get(12),
                (String) t.get(13));
    }
}
