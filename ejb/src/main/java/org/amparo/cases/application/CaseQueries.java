package org.amparo.cases.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.amparo.audit.application.AuditLog;
import org.amparo.process.CaseProcess;
import org.amparo.process.ProcessDiagram;
import org.amparo.process.StepRecord;
import java.util.Optional;
import org.amparo.cases.infrastructure.CaseListQuery;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.NotFoundException;

import java.util.List;

/**
 * Read-only use cases over cases. Identified case data is for caseworkers, attorneys, supervisors and admins;
 * {@code staff} work with de-identified figures only.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ATTORNEY, Roles.SUPERVISOR, Roles.ADMIN})
public class CaseQueries {

    private static final int MAX_PAGE = 500;

    @Inject
    CaseListQuery listQuery;

    @Resource
    SessionContext session;

    @Inject
    AuditLog audit;

    @Inject
    CaseProcess workflow;

    @Inject
    CaseAccess access;

    @Inject
    org.amparo.shared.domain.InputValidation validation;

    /** The longest text the search box takes. */
    public static final int MAX_SEARCH = 200;

    /**
     * What the search box in every page's header answers: the first {@code size} cases the caller may see (newest
     * first) whose names match every word of {@code q} by its start, or whose A-number or booking number is {@code q},
     * whole or by its last four digits.
     */
    public CasePage search(String q, int size) {
        // nothing to look for (spaces, punctuation or a control character alone) would match every case the caller sees
        if (q == null || q.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw validation.invalid("q", "amparo.validation.searchEmpty");
        }
        if (q.length() > MAX_SEARCH) {
            throw validation.invalid("q", "amparo.validation.searchTooLong", MAX_SEARCH);
        }
        return list(new CaseListCriteria(q.trim(), null, null, null, null, false, null, null, CaseSortField.ID, false),
                0, Math.max(1, Math.min(size, 100)));
    }

    /**
     * How far the case list counts: beyond this many matches it says "more than 1,000" rather than reading every match
     * of a broad search or of a million cases on each page (README, Search).
     */
    public static final int COUNT_CAP = 1_000;

    /**
     * One page of the case list, with how many cases match the criteria: exactly up to {@link #COUNT_CAP}, and "more
     * than that" beyond. A page shorter than the page size is the last one, so it needs no count at all.
     */
    public CasePage list(CaseListCriteria criteria, int first, int pageSize) {
        int size = boundedPageSize(pageSize);
        int from = Math.max(0, first);
        CaseListQuery.Prepared query = prepared(criteria);
        List<CaseSummary> rows = query.page(from, size);
        auditIdentifierSearch(criteria.search(), rows.size()); // every page: each is a read of whoever it finds
        if (rows.size() < size && (from == 0 || !rows.isEmpty())) {
            return new CasePage(rows, from + rows.size(), true, null);
        }
        return counted(rows, query.countUpTo(COUNT_CAP), size, criteria);
    }

    /**
     * The page after a case of the list sorted by case id (keyset paging: {@code after} is the previous page's
     * {@link CasePage#next}): the database seeks that case on the primary key and reads on from there, however deep
     * the page, where an offset reads and skips every case before it. The total is counted as on the first page (up to
     * {@link #COUNT_CAP}), for the whole list.
     */
    public CasePage listAfter(CaseListCriteria criteria, long after, int pageSize) {
        if (!CaseListQuery.isById(criteria)) {
            throw validation.invalid("after", "amparo.validation.afterNeedsIdOrder");
        }
        int size = boundedPageSize(pageSize);
        CaseListQuery.Prepared query = prepared(criteria);
        List<CaseSummary> rows = query.pageAfter(after, size);
        auditIdentifierSearch(criteria.search(), rows.size());
        return counted(rows, query.countUpTo(COUNT_CAP), size, criteria);
    }

    /** The list query for the caller's cases, its search's shape found once for the page and the count. */
    private CaseListQuery.Prepared prepared(CaseListCriteria criteria) {
        return listQuery.prepare(criteria, access.scope());
    }

    private static int boundedPageSize(int asked) {
        return Math.max(1, Math.min(asked, MAX_PAGE));
    }

    private static CasePage counted(List<CaseSummary> rows, long counted, int size, CaseListCriteria criteria) {
        Long next = rows.size() == size && CaseListQuery.isById(criteria) ? rows.get(rows.size() - 1).id() : null;
        return counted > COUNT_CAP ? new CasePage(rows, COUNT_CAP, false, next) : new CasePage(rows, counted, true, next);
    }

    /**
     * A search by an identifier (anything with a digit: an A-number, a booking number, their last digits) is a read of
     * whoever it finds, so it is audited, with the query kept as its blind index: never in clear.
     */
    private void auditIdentifierSearch(String search, int found) {
        if (search == null || search.isBlank() || search.chars().noneMatch(Character::isDigit)) {
            return;
        }
        String text = search.trim();
        String index = org.amparo.shared.domain.ANumber.isValid(text)
                ? org.amparo.protection.infrastructure.BlindIndex.INSTANCE.of(org.amparo.shared.domain.Fingerprints.A_NUMBER, org.amparo.shared.domain.ANumber.parse(text).digits())
                : org.amparo.protection.infrastructure.BlindIndex.INSTANCE.of(org.amparo.shared.domain.Fingerprints.BOOKING_NUMBER, org.amparo.shared.domain.Fingerprints.normaliseBooking(text));
        audit.record("cases.searched.identifier", "DetentionCase", null, "query=" + index + " found=" + found);
    }

    /** How many cases match the criteria, counted up to {@link #COUNT_CAP} (more than that answers {@code COUNT_CAP + 1}). */
    public long count(CaseListCriteria criteria) {
        return listQuery.countUpTo(criteria, access.scope(), COUNT_CAP);
    }

    /** Opens a case file: its summary, and an audit record that the caller saw it. */
    public CaseSummary view(long caseId) {
        CaseSummary summary = get(caseId);
        audit.record("case.viewed", "DetentionCase", caseId, null);
        return summary;
    }

    /** How many recently opened cases the pages offer. */
    public static final int RECENT = 8;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /**
     * The cases the caller opened most recently (newest first, at most {@link #RECENT}), from the read audit's own
     * records of their openings: only cases they may still open, deleted ones left out. Reading this list is not
     * itself an opening.
     */
    public List<CaseSummary> recentlyOpened() {
        List<String> opened = em.createQuery("""
                        select e.subjectId from AuditEvent e
                        where e.actor = :me and e.action = 'case.viewed' order by e.occurredAt desc, e.id desc""", String.class)
                .setParameter("me", session.getCallerPrincipal().getName()).setMaxResults(200).getResultList();
        List<Long> ids = opened.stream().distinct().map(Long::valueOf).toList();
        // One access check for them all, then the summaries of the first few the caller may still open.
        java.util.Set<Long> mayOpen = ids.isEmpty() ? java.util.Set.of() : access.workable(ids);
        List<CaseSummary> recent = new java.util.ArrayList<>();
        for (long caseId : ids) {
            if (recent.size() == RECENT) {
                break;
            }
            if (mayOpen.contains(caseId)) {
                listQuery.one(caseId).ifPresent(recent::add);
            }
        }
        return recent;
    }

    /** The case's process steps so far, oldest first. */
    public List<StepRecord> steps(long caseId) {
        get(caseId);
        return workflow.history(caseId);
    }

    /** The case's process diagram with where it stands, if it has a process. */
    public Optional<ProcessDiagram> diagram(long caseId) {
        get(caseId);
        return workflow.diagram(caseId);
    }

    /** One case's summary, if the caller may open it ({@link CaseAccess#require}). */
    public CaseSummary get(long caseId) {
        access.require(caseId);
        return listQuery.one(caseId).orElseThrow(() -> new NotFoundException("Case", caseId));
    }
}
