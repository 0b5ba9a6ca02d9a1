package org.amparo.cases.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.amparo.cases.application.CaseListCriteria;
import org.amparo.cases.application.CaseSummary;
import org.amparo.cases.domain.CaseScope;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Person;
import org.amparo.reference.domain.Facility;
import org.amparo.shared.domain.ANumber;
import org.amparo.rules.detainer.Finding;
import org.amparo.rules.priority.EnforcementPriority;
import org.amparo.rules.relief.DacaResult;
import org.amparo.shared.domain.SearchText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the case list query from {@link CaseListCriteria}: one SQL statement per page, one per count,
 * whatever the filters. Rows come back as {@link CaseSummary}, so no entity graph is loaded.
 */
@Dependent
public class CaseListQuery {

    @PersistenceContext
    EntityManager em;

    public CaseListQuery() {
    }

    /** Over a persistence context the caller manages (tests, tools without a container). */
    public CaseListQuery(EntityManager em) {
        this.em = em;
    }

    public List<CaseSummary> page(CaseListCriteria criteria, CaseScope caller, int first, int size) {
        return prepare(criteria, caller).page(first, size);
    }

    /**
     * The list for these criteria and this caller, its search's shape found once (a booking number on file, a rare
     * word: short index reads) for the page and the count that a list request asks for.
     */
    public Prepared prepare(CaseListCriteria criteria, CaseScope caller) {
        noParallelWorkersOnPostgres();
        return new Prepared(criteria, caller, plan(criteria.search()));
    }

    /**
     * On PostgreSQL, no parallel workers for the rest of the transaction: a page sorted by id walks the newest cases and
     * stops when it is full, which the planner, expecting to read far more, gave to two workers whose start took most of
     * the time on two busy cores (a name search of two common words at a million cases: 232 ms with them, 66 ms
     * without, in {@code EXPLAIN ANALYZE}). Nothing to do on H2, which has none.
     */
    private void noParallelWorkersOnPostgres() {
        if (Boolean.FALSE.equals(postgres)) {
            return;
        }
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            if (postgres == null) {
                postgres = org.amparo.platform.Databases.isPostgres(connection);
            }
            if (postgres) {
                try (java.sql.Statement set = connection.createStatement()) {
                    set.execute("set local max_parallel_workers_per_gather = 0");
                }
            }
        });
    }

    /** Whether the database is PostgreSQL: asked of the first connection, the same for every later one. */
    private Boolean postgres;

    /** A list query whose search shape is found ({@link #prepare}); valid within the transaction that prepared it. */
    public final class Prepared {

        private final CaseListCriteria criteria;
        private final CaseScope caller;
        private final SearchPlan plan;

        private Prepared(CaseListCriteria criteria, CaseScope caller, SearchPlan plan) {
            this.criteria = criteria;
            this.caller = caller;
            this.plan = plan;
        }

        /** One page of the list. */
        public List<CaseSummary> page(int first, int size) {
            // Sorted by id, the page walks the newest cases and stops when it is full: a common word is then checked on
            // each case read. Any other order reads every match first, as the export does.
            TypedQuery<Tuple> query = sorted(criteria, caller, plan.probingPerCase(isById(criteria)), null)
                    .setFirstResult(first).setMaxResults(size);
            return withFindings(query.getResultList().stream().map(CaseListQuery::toSummary).toList());
        }

        /** The page after the case {@code after} of the list sorted by id: a seek on the primary key, no offset. */
        public List<CaseSummary> pageAfter(long after, int size) {
            if (!isById(criteria)) {
                throw new IllegalArgumentException("Keyset paging needs the list sorted by case id");
            }
            TypedQuery<Tuple> query = sorted(criteria, caller, plan.probingPerCase(true), after).setMaxResults(size);
            return withFindings(query.getResultList().stream().map(CaseListQuery::toSummary).toList());
        }

        /** How many cases match, counted no further than {@code cap + 1} (see {@link CaseListQuery#countUpTo}). */
        public long countUpTo(int cap) {
            return cappedCount(criteria, caller, plan, cap);
        }
    }

    /**
     * The list's query: its rows, filters and order (the chosen sort key, then the id, the same way); with {@code after}
     * (sorted by id only), the cases beyond that one in the list's direction.
     */
    private TypedQuery<Tuple> sorted(CaseListCriteria criteria, CaseScope caller, SearchPlan plan, Long after) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<DetentionCase> c = q.from(DetentionCase.class);
        Join<DetentionCase, Person> p = person(c);
        Join<DetentionCase, Facility> f = facility(c);
        selectSummary(cb, q, c, p, f);
        List<Predicate> where = new ArrayList<>(List.of(filters(cb, q, c, p, f, criteria, caller, plan)));
        if (after != null) {
            where.add(criteria.ascending() ? cb.greaterThan(c.get("id"), after) : cb.lessThan(c.get("id"), after));
        }
        q.where(where.toArray(Predicate[]::new));
        Expression<?> sortKey = sortKey(cb, c, p, f, criteria);
        jakarta.persistence.criteria.Order byId = criteria.ascending() ? cb.asc(c.get("id")) : cb.desc(c.get("id"));
        // The id breaks ties, once: sorted by the id alone, H2 reads the primary key in that order and stops at the page's end.
        q.orderBy(isById(criteria) ? List.of(byId) : List.of(criteria.ascending() ? cb.asc(sortKey) : cb.desc(sortKey), byId));
        return em.createQuery(q);
    }

    /**
     * Every case matching the criteria, in the list's order, handed over in batches: one query read through a
     * database cursor (no OFFSET paging, which gets slower the further it goes), so a million-row export holds one
     * batch at a time. Call inside a transaction: PostgreSQL streams only then.
     */
    public long forEach(CaseListCriteria criteria, CaseScope caller, int batch,
                        java.util.function.Consumer<List<CaseSummary>> sink) {
        long count = 0;
        List<CaseSummary> rows = new ArrayList<>(batch);
        try (java.util.stream.Stream<Tuple> stream = sorted(criteria, caller, plan(criteria.search()), null).setHint("org.hibernate.fetchSize", batch)
                .setHint("org.hibernate.readOnly", true).getResultStream()) {
            java.util.Iterator<Tuple> it = stream.iterator();
            while (it.hasNext()) {
                rows.add(toSummary(it.next()));
                if (rows.size() == batch) {
                    sink.accept(withFindings(rows));
                    count += rows.size();
                    rows = new ArrayList<>(batch);
                }
            }
        }
        if (!rows.isEmpty()) {
            sink.accept(withFindings(rows));
            count += rows.size();
        }
        return count;
    }

    public Optional<CaseSummary> one(long caseId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<DetentionCase> c = q.from(DetentionCase.class);
        Join<DetentionCase, Person> p = person(c);
        Join<DetentionCase, Facility> f = facility(c);
        selectSummary(cb, q, c, p, f);
        q.where(cb.equal(c.get("id"), caseId));
        return withFindings(em.createQuery(q).getResultList().stream().map(CaseListQuery::toSummary).toList())
                .stream().findFirst();
    }

    /** The findings of a page of cases, in one query rather than one per row. */
    private List<CaseSummary> withFindings(List<CaseSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Finding>> byCase = new HashMap<>();
        em.createQuery("select distinct c.id, f.finding from DetentionCase c join c.findings f where c.id in :ids", Tuple.class)
                .setParameter("ids", rows.stream().map(CaseSummary::id).toList())
                .getResultList()
                .forEach(t -> byCase.computeIfAbsent(t.get(0, Long.class), k -> new ArrayList<>()).add(t.get(1, Finding.class)));
        return rows.stream().map(r -> r.withFindings(byCase.getOrDefault(r.id(), List.of()).stream().sorted().toList())).toList();
    }

    private static Expression<Integer> priorityRank(CriteriaBuilder cb, Root<DetentionCase> c) {
        CriteriaBuilder.SimpleCase<EnforcementPriority, Integer> rank = cb.selectCase(c.get("enforcementPriority"));
        for (EnforcementPriority p : EnforcementPriority.values()) {
            rank = rank.when(p, p.ordinal() + 1);
        }
        return rank.otherwise(EnforcementPriority.values().length + 1);
    }

    private static Join<DetentionCase, Person> person(Root<DetentionCase> c) {
        return c.join("person");
    }

    /** Left join: a case may not know its facility yet. */
    private static Join<DetentionCase, Facility> facility(Root<DetentionCase> c) {
        return c.join("facility", JoinType.LEFT);
    }

    private static void selectSummary(CriteriaBuilder cb, CriteriaQuery<Tuple> q, Root<DetentionCase> c,
                                      Join<DetentionCase, Person> p, Join<DetentionCase, Facility> f) {
        q.multiselect(c.get("id"), p.get("familyName"), p.get("givenNames"), p.get("dateOfBirth"), p.get("aNumber"),
                f.get("id"), f.get("name"), c.get("bookingNumber"), c.get("status"), c.get("workflowStep"),
                c.get("caseworker"), c.get("attorney"), c.get("openedAt"), c.get("processInstanceId"),
                c.get("enforcementPriority"), c.get("dacaResult"), heldUntil(cb, c), f.get("timeZone"));
    }

    /** The hold's expiry while the person is in custody; none once they are out (a hold that can no longer hold anyone). */
    private static Expression<Instant> heldUntil(CriteriaBuilder cb, Root<DetentionCase> c) {
        return cb.<Instant>selectCase().when(cb.isNull(c.get("custodyEnd")), c.<Instant>get("holdExpiresAt"))
                .otherwise(cb.nullLiteral(Instant.class));
    }

    /**
     * How many cases match the criteria, counted no further than {@code cap + 1}: the ids of the first {@code cap + 1}
     * matches in no particular order, which the database reads with a plan that stops early, where an exact count of
     * tens of thousands of matches out of a million reads them all. More than {@code cap} means "more than cap".
     */
    public long countUpTo(CaseListCriteria criteria, CaseScope caller, int cap) {
        return cappedCount(criteria, caller, plan(criteria.search()), cap);
    }

    private long cappedCount(CaseListCriteria criteria, CaseScope caller, SearchPlan plan, int cap) {
        String search = criteria.search() == null ? "" : criteria.search().trim();
        String driver = narrowestWord(plan, criteria.search()); // one index read per word when there are several
        if (driver != null && queryWords(search).size() == 1) {
            return cappedCountAlongTheWord(criteria, caller, driver, cap);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<DetentionCase> c = q.from(DetentionCase.class);
        Join<DetentionCase, Person> p = person(c);
        Join<DetentionCase, Facility> f = facility(c);
        // Matches in no order: the count starts from a word's index range even when every word is common (the narrowest
        // range, measured), reading that range once; checked per case, it walked cases until cap + 1 had matched, most
        // of the time of a broad search on H2.
        q.select(c.get("id")).where(filters(cb, q, c, p, f, criteria, caller,
                plan.drivenBy(driver).probingPerCase(true)));
        return em.createQuery(q).setMaxResults(cap + 1).setHint("org.hibernate.readOnly", true).getResultList().size();
    }

    /** Whether {@link #searchPredicate} reads this search as name words (not an A-number or the last four digits). */
    private static boolean isNameWords(String search) {
        return !ANumber.isValid(search) && !LAST_FOUR.matcher(search).matches();
    }

    /**
     * The capped count of a search of one common word: the word's index entries in index order, each joined to its
     * person's cases, read until {@code cap + 1} cases are found. {@code person_id in} the word's range, as the other
     * shapes ask it, made H2 read and hash the whole range first (66,000 entries for "jose" at a million people: most
     * of a broad search's time); joined, both databases stop early. A person with two words in the range ("Mar" in
     * María Martínez) gives their cases twice, so the ids are counted once each, and read further if repeats left fewer
     * than {@code cap + 1} while more entries remained.
     */
    private long cappedCountAlongTheWord(CaseListCriteria criteria, CaseScope caller, String word, int cap) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        for (int rows = cap + 1; ; rows *= 2) {
            CriteriaQuery<Long> q = cb.createQuery(Long.class);
            Root<org.amparo.people.infrastructure.NameToken> t = q.from(org.amparo.people.infrastructure.NameToken.class);
            Root<DetentionCase> c = q.from(DetentionCase.class);
            Join<DetentionCase, Person> p = person(c);
            Join<DetentionCase, Facility> f = facility(c);
            List<Predicate> where = new ArrayList<>(List.of(range(cb, t.get("token"), word),
                    cb.equal(c.get("person").get("id"), t.get("personId"))));
            where.addAll(List.of(filters(cb, q, c, p, f, criteria.withoutSearch(), caller, new SearchPlan(false, null, false))));
            q.select(c.get("id")).where(where.toArray(Predicate[]::new));
            List<Long> ids = em.createQuery(q).setMaxResults(rows).setHint("org.hibernate.readOnly", true).getResultList();
            long cases = new java.util.HashSet<>(ids).size();
            if (ids.size() < rows || cases > cap) {
                return Math.min(cases, cap + 1L);
            }
        }
    }

    public long count(CaseListCriteria criteria, CaseScope caller) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<DetentionCase> c = q.from(DetentionCase.class);
        Join<DetentionCase, Person> p = person(c);
        Join<DetentionCase, Facility> f = facility(c);
        q.select(cb.count(c)).where(filters(cb, q, c, p, f, criteria, caller, plan(criteria.search())));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] filters(CriteriaBuilder cb, AbstractQuery<?> q, Root<DetentionCase> c, Join<DetentionCase, Person> p,
                                       Join<DetentionCase, Facility> f, CaseListCriteria criteria, CaseScope scope,
                                       SearchPlan plan) {
        List<Predicate> where = new ArrayList<>();
        String caller = scope.user();
        // Per-case access (CaseScope): only the cases the caller works, whatever the other filters.
        Predicate access = CaseAccessQuery.predicate(cb, q, c, scope);
        if (access != null) {
            where.add(access);
        }
        String search = criteria.search();
        if (search != null && !search.isBlank()) {
            where.add(searchPredicate(cb, q, c, p, search.trim(), plan));
        }
        if (criteria.status() != null) {
            where.add(cb.equal(c.get("status"), criteria.status()));
        }
        if (criteria.workflowStep() != null) {
            where.add(cb.equal(c.get("workflowStep"), criteria.workflowStep()));
        }
        if (criteria.facilityId() != null) {
            where.add(cb.equal(f.get("id"), criteria.facilityId()));
        }
        if (criteria.caseworker() != null && !criteria.caseworker().isBlank()) {
            where.add(cb.equal(c.get("caseworker"), criteria.caseworker().trim()));
        }
        if (criteria.priority() != null) {
            where.add(cb.equal(c.get("enforcementPriority"), criteria.priority()));
        }
        if (criteria.finding() != null) {
            Subquery<Long> flagged = q.subquery(Long.class);
            Root<DetentionCase> d = flagged.from(DetentionCase.class);
            Join<Object, Object> f2 = d.join("findings");
            flagged.select(d.get("id")).where(cb.equal(d, c), cb.equal(f2.get("finding"), criteria.finding()));
            where.add(cb.exists(flagged));
        }
        if (criteria.mineOnly() || criteria.preset() == org.amparo.cases.application.CaseListPreset.MY_CASES) {
            where.add(cb.or(cb.equal(c.get("caseworker"), caller), cb.equal(c.get("attorney"), caller)));
        }
        if (criteria.preset() == org.amparo.cases.application.CaseListPreset.HOLD_EXPIRING) {
            where.add(cb.equal(c.get("status"), CaseStatus.OPEN));
            where.add(cb.isNull(c.get("custodyEnd"))); // still held: as the dashboard and the inbox count holds
            where.add(cb.lessThanOrEqualTo(c.<Instant>get("holdExpiresAt"), Instant.now().plus(org.amparo.cases.domain.HoldWindows.SOON)));
        }
        if (criteria.preset() == org.amparo.cases.application.CaseListPreset.UNASSIGNED) {
            where.add(cb.equal(c.get("status"), CaseStatus.OPEN));
            where.add(cb.isNull(c.get("attorney")));
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * Whether the search text is a booking number on file (it has a digit and a case has exactly that booking number):
     * one indexed lookup that spares the list a scan of every name.
     */
    private boolean isBookingNumber(String search) {
        if (search == null || search.isBlank() || ANumber.isValid(search.trim()) || search.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        String booking = org.amparo.shared.domain.Fingerprints.normaliseBooking(search);
        return booking != null && !em.createQuery("select c.id from DetentionCase c where c.bookingNumberIndex = :index", Long.class)
                .setParameter("index", org.amparo.protection.infrastructure.BlindIndex.INSTANCE.of(org.amparo.shared.domain.Fingerprints.BOOKING_NUMBER, booking)).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * An A-number in any written form matches exactly; a booking number on file matches its cases; four digits match
     * the last four of an A-number or a booking number; anything else is read as name words (see {@link #nameWords}).
     * Identifiers are encrypted at rest: they are matched through their blind indexes, never compared in clear.
     */
    private static Predicate searchPredicate(CriteriaBuilder cb, AbstractQuery<?> q, Root<DetentionCase> c,
                                             Join<DetentionCase, Person> p, String search, SearchPlan plan) {
        boolean bookingNumber = plan.bookingNumber();
        if (ANumber.isValid(search)) {
            return cb.equal(p.get("aNumberIndex"), org.amparo.protection.infrastructure.BlindIndex.INSTANCE.of(org.amparo.shared.domain.Fingerprints.A_NUMBER, ANumber.parse(search).digits()));
        }
        if (bookingNumber) {
            return cb.equal(c.get("bookingNumberIndex"), org.amparo.protection.infrastructure.BlindIndex.INSTANCE.of(org.amparo.shared.domain.Fingerprints.BOOKING_NUMBER, org.amparo.shared.domain.Fingerprints.normaliseBooking(search)));
        }
        if (LAST_FOUR.matcher(search).matches()) {
            String last4 = org.amparo.shared.domain.Fingerprints.lastFourDigits(search);
            return cb.or(cb.equal(p.get("aNumberLast4Index"), org.amparo.protection.infrastructure.BlindIndex.INSTANCE.of(org.amparo.shared.domain.Fingerprints.A_NUMBER_LAST4, last4)),
                    cb.equal(c.get("bookingNumberLast4Index"), org.amparo.protection.infrastructure.BlindIndex.INSTANCE.of(org.amparo.shared.domain.Fingerprints.BOOKING_NUMBER_LAST4, last4)));
        }
        return nameWords(cb, q, c, p, search, plan);
    }

    /**
     * Name search as callers say names: every word of the query (folded: accents and case ignored) must start a word
     * of the person's names or aliases, in any order. "jose quin" finds José Ramón Quiñónez, "ejem ines" finds Inés
     * Ejemplo. Each word is one range of the name index ({@code person_name_token}, primary key word then person):
     * the database reads only the index entries that start with it, never a row of every person.
     * <p>The shape is chosen here, not left to the planner. A word few people have ({@code rareWord}, at most 500, found
     * by {@link #plan}) is matched on the case's own, indexed person column ({@code person_id in} the word's range), so
     * the query starts from that word's index range. Every other word is either a check per case read ({@code exists}
     * an entry of the word for the case's person: one probe of the index on the person), where few cases are read: the
     * page sorted by id, which walks the newest cases backwards on the primary key and stops when it is full (a few
     * hundred probes for a word thousands of people have), and the capped count, whose cases come from the driving
     * word's range; or {@code in} its whole index range, read once, where every match is read anyway (another sort
     * order, the export, the exact count), since a probe for each of a million cases would cost more. H2 follows the
     * shape as written (an {@code in} over a common word's range made the newest page read and hash all 44,000 entries
     * of "maria" first); PostgreSQL plans {@code in} and {@code exists} alike.
     */
    private static Predicate nameWords(CriteriaBuilder cb, AbstractQuery<?> q, Root<DetentionCase> c,
                                       Join<DetentionCase, Person> p, String search, SearchPlan plan) {
        List<String> words = queryWords(search);
        if (words.isEmpty()) {
            return cb.disjunction();
        }
        if (plan.intersect() && words.contains(plan.rareWord())) {
            // No word is rare (the capped count): the people who have every word are found from the name index alone,
            // the driving word's range with each other word's range inside it (on PostgreSQL a hash of the ranges, then a
            // probe per person found), before any case is read; checking each case of the driving range instead made
            // PostgreSQL read every case ("jose quin" at a million: 384 ms, 118 ms so, in EXPLAIN ANALYZE).
            Subquery<Long> named = q.subquery(Long.class);
            Root<org.amparo.people.infrastructure.NameToken> t = named.from(org.amparo.people.infrastructure.NameToken.class);
            List<Predicate> ranges = new ArrayList<>(List.of(range(cb, t.get("token"), plan.rareWord())));
            for (String other : words) {
                if (!other.equals(plan.rareWord())) {
                    Subquery<Long> also = named.subquery(Long.class);
                    Root<org.amparo.people.infrastructure.NameToken> o = also.from(org.amparo.people.infrastructure.NameToken.class);
                    also.select(o.get("personId")).where(range(cb, o.get("token"), other));
                    ranges.add(t.get("personId").in(also));
                }
            }
            named.select(t.get("personId")).where(ranges.toArray(Predicate[]::new));
            return c.get("person").get("id").in(named);
        }
        List<Predicate> all = new ArrayList<>();
        for (String word : words) {
            Subquery<Long> named = q.subquery(Long.class);
            Root<org.amparo.people.infrastructure.NameToken> t = named.from(org.amparo.people.infrastructure.NameToken.class);
            Predicate inRange = range(cb, t.get("token"), word);
            if (word.equals(plan.rareWord())) {
                named.select(t.get("personId")).where(inRange);
                all.add(c.get("person").get("id").in(named));
            } else if (plan.probePerCase()) {
                named.select(t.get("personId")).where(cb.equal(t.get("personId"), c.get("person").get("id")), inRange);
                all.add(cb.exists(named));
            } else {
                named.select(t.get("personId")).where(inRange);
                all.add(p.get("id").in(named));
            }
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    /** The entries of the name index that start with the word. */
    private static Predicate range(CriteriaBuilder cb, Expression<String> token, String word) {
        String bound = SearchText.prefixBound(word);
        return bound == null ? cb.greaterThanOrEqualTo(token, word)
                : cb.and(cb.greaterThanOrEqualTo(token, word), cb.lessThan(token, bound));
    }

    /** The words of a name search that count (folded; the first {@link SearchText#MAX_QUERY_WORDS}). */
    private static List<String> queryWords(String search) {
        return SearchText.words(search).stream().limit(SearchText.MAX_QUERY_WORDS).toList();
    }

    /** A word this many people at most start a name with is rare: the query starts from its index range. */
    static final int RARE_WORD = 500;
    /** How many of the query's words (the longest) are tried for rarity: one short index read each. */
    static final int RARE_TRIES = 2;

    /** What the search text is, found before the query is built: a booking number on file, and a rare name word. */
    private record SearchPlan(boolean bookingNumber, String rareWord, boolean probePerCase, boolean intersect) {

        SearchPlan(boolean bookingNumber, String rareWord, boolean probePerCase) {
            this(bookingNumber, rareWord, probePerCase, false);
        }

        /** This plan, its other words checked per case read ({@code probe}) or by their whole index range. */
        SearchPlan probingPerCase(boolean probe) {
            return new SearchPlan(bookingNumber, rareWord, probe, intersect);
        }

        /**
         * This plan, or for a name search with no rare word, one that starts from this word's range with the other words'
         * ranges intersected inside it, before any case is read (null: as it is).
         */
        SearchPlan drivenBy(String word) {
            if (bookingNumber || rareWord != null || word == null) {
                return this;
            }
            return new SearchPlan(false, word, probePerCase, true);
        }
    }

    /** How far each word's range is counted to find the narrowest: a few milliseconds of index entries at most. */
    static final int NARROW_COUNT = 30_000;

    /** The word a name search's capped count starts from when none is rare (see {@link #narrowestWord}); null otherwise. */
    public String countDriver(String search) {
        return narrowestWord(plan(search), search);
    }

    /**
     * For a name search where no word is rare: the word whose index range is the narrowest, each counted no further than
     * {@link #NARROW_COUNT} entries (one short index read per word); the longest word among those past it. Null when the
     * plan has a booking number or a rare word, the search is an identifier, or there is no name word. "jose quin" at a million people: "quin" (about
     * 23,000 entries) rather than "jose" (66,000), the longest, which the capped count started from before.
     */
    private String narrowestWord(SearchPlan plan, String search) {
        if (plan.bookingNumber() || plan.rareWord() != null || search == null || search.isBlank() || !isNameWords(search.trim())) {
            return null; // (an A-number or the last four digits is matched through its blind index, not the name index)
        }
        List<String> words = new ArrayList<>(queryWords(search.trim()));
        words.sort(java.util.Comparator.comparingInt(String::length).reversed());
        if (words.size() < 2) {
            return words.isEmpty() ? null : words.get(0);
        }
        String narrowest = null;
        long fewest = Long.MAX_VALUE;
        for (String word : words) {
            String bound = SearchText.prefixBound(word);
            var count = em.createNativeQuery("select count(*) from (select 1 as one from person_name_token where token >= ?1"
                    + (bound == null ? "" : " and token < ?2") + " fetch first " + (NARROW_COUNT + 1) + " rows only) w")
                    .setParameter(1, word);
            if (bound != null) {
                count.setParameter(2, bound);
            }
            long entries = ((Number) count.getSingleResult()).longValue();
            if (entries < fewest) {
                fewest = entries;
                narrowest = word;
            }
        }
        return narrowest;
    }

    private SearchPlan plan(String search) {
        boolean booking = isBookingNumber(search);
        if (booking || search == null || search.isBlank()) {
            return new SearchPlan(booking, null, false);
        }
        return new SearchPlan(false, rareWord(search.trim()), false);
    }

    /**
     * The first query word, of the {@link #RARE_TRIES} longest, that starts the names of at most {@link #RARE_WORD}
     * people: one short read of the name index per word, stopped at that many entries. None: every word is common.
     */
    private String rareWord(String search) {
        if (ANumber.isValid(search) || LAST_FOUR.matcher(search).matches()) {
            return null;
        }
        List<String> words = new ArrayList<>(queryWords(search));
        words.sort(java.util.Comparator.comparingInt(String::length).reversed());
        for (String word : words.subList(0, Math.min(RARE_TRIES, words.size()))) {
            String bound = SearchText.prefixBound(word);
            TypedQuery<Long> entries = em.createQuery(bound == null
                    ? "select t.personId from NameToken t where t.token >= :word"
                    : "select t.personId from NameToken t where t.token >= :word and t.token < :bound", Long.class)
                    .setParameter("word", word).setMaxResults(RARE_WORD + 1);
            if (bound != null) {
                entries.setParameter("bound", bound);
            }
            if (entries.getResultList().size() <= RARE_WORD) {
                return word;
            }
        }
        return null;
    }

    /** Four digits, as a caller reads the end of a number: "1234", "-1234", "...1234". */
    private static final java.util.regex.Pattern LAST_FOUR = java.util.regex.Pattern.compile("[^\\p{Alnum}]*\\d{4}");

    private static final Instant NO_HOLD_ASCENDING = Instant.parse("9999-12-31T00:00:00Z");
    private static final Instant NO_HOLD_DESCENDING = Instant.parse("1900-01-01T00:00:00Z");

    /** Whether the list is sorted by case id (the default): the order keyset paging follows. */
    public static boolean isById(CaseListCriteria criteria) {
        return criteria.sortField() == null || criteria.sortField() == org.amparo.cases.application.CaseSortField.ID;
    }

    private static Expression<?> sortKey(CriteriaBuilder cb, Root<DetentionCase> c, Join<DetentionCase, Person> p,
                                         Join<DetentionCase, Facility> f, CaseListCriteria criteria) {
        return switch (criteria.sortField() == null ? org.amparo.cases.application.CaseSortField.ID : criteria.sortField()) {
            case ID -> c.get("id");
            case FAMILY_NAME -> p.get("familyName");
            case FACILITY -> f.get("name");
            case STATUS -> c.get("status");
            case WORKFLOW_STEP -> c.get("workflowStep");
            case CASEWORKER -> c.get("caseworker");
            case OPENED_AT -> c.get("openedAt");
            // Highest priority first when ascending (in the enumeration's order, which ranks each rule set's values
            // from highest to lowest); never screened last.
            case PRIORITY -> priorityRank(cb, c);
            // Cases without a hold (or out of custody, whose hold the list does not show) sort after every hold, in both
            // directions.
            case HOLD_EXPIRES_AT -> cb.coalesce(heldUntil(cb, c),
                    criteria.ascending() ? NO_HOLD_ASCENDING : NO_HOLD_DESCENDING);
        };
    }

    private static CaseSummary toSummary(Tuple t) {
        ANumber aNumber = (ANumber) t.get(4);
        return new CaseSummary((Long) t.get(0), (String) t.get(1), (String) t.get(2), (LocalDate) t.get(3),
                aNumber == null ? null : aNumber.formatted(), (Long) t.get(5), (String) t.get(6), (String) t.get(7),
                (CaseStatus) t.get(8), (org.amparo.process.CaseStep) t.get(9), (String) t.get(10), (String) t.get(11), (Instant) t.get(12),
                (String) t.get(13), (EnforcementPriority) t.get(14), (DacaResult) t.get(15), (Instant) t.get(16),
                t.get(17) == null ? null : t.get(17).toString(), List.of());
    }
}
