package org.amparo.monitoring.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.amparo.hotline.domain.IceActivity;
import org.amparo.hotline.domain.Verification;
import org.amparo.monitoring.domain.ChecklistEntry;
import org.amparo.monitoring.domain.ChecklistGroup;
import org.amparo.monitoring.domain.ChecklistItem;
import org.amparo.rules.detainer.Finding;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The checklist's items and each jurisdiction's entries, and the cases whose findings show an item. */
@Dependent
public class ChecklistStore {

    @PersistenceContext
    EntityManager em;

    public ChecklistStore() {
    }

    /** Outside the container (tests). */
    public ChecklistStore(EntityManager em) {
        this.em = em;
    }

    /** Every item, in the toolkit's groups and order, the organisation's own after each group's. */
    public List<ChecklistItem> items() {
        return em.createQuery("select i from ChecklistItem i order by i.group, i.position, i.id", ChecklistItem.class)
                .getResultList().stream()
                .sorted(java.util.Comparator.comparing(ChecklistItem::getGroup).thenComparing(ChecklistItem::getPosition)
                        .thenComparing(ChecklistItem::getId))
                .toList();
    }

    public Optional<ChecklistItem> item(String itemKey) {
        return em.createQuery("select i from ChecklistItem i where i.itemKey = :key", ChecklistItem.class)
                .setParameter("key", itemKey).getResultStream().findFirst();
    }

    /** The last position in a group (0 when empty). */
    public int lastPosition(ChecklistGroup group) {
        Integer max = em.createQuery("select max(i.position) from ChecklistItem i where i.group = :group", Integer.class)
                .setParameter("group", group).getSingleResult();
        return max == null ? 0 : max;
    }

    public void add(ChecklistItem item) {
        em.persist(item);
    }

    /** The jurisdiction's entries by item key (items nobody spoke of have none). */
    public Map<String, ChecklistEntry> entries(long jurisdictionId) {
        Map<String, ChecklistEntry> byKey = new HashMap<>();
        em.createQuery("select e from ChecklistEntry e where e.jurisdictionId = :id", ChecklistEntry.class)
                .setParameter("id", jurisdictionId).getResultList().forEach(e -> byKey.put(e.getItemKey(), e));
        return byKey;
    }

    public void add(ChecklistEntry entry) {
        em.persist(entry);
    }

    /**
     * The jurisdiction's cases (by their facility's jurisdiction, open or closed, not deleted) with each of these findings.
     * <p>
     * Read from the findings' index (finding, case), each case then looked up by its key: the work follows the cases that
     * have one of these findings, not the jurisdiction's cases. Asked as a join from the cases, H2 went in through the
     * jurisdiction's facilities and, for each of their cases, read every row of these findings again (235,000 index
     * entries for 3,900 cases and 61 findings; at a million cases it ran past the transaction timeout on every re-screening).
     */
    public Map<Finding, Set<Long>> casesWith(long jurisdictionId, Set<Finding> findings) {
        Map<Finding, Set<Long>> cases = new HashMap<>();
        if (findings.isEmpty()) {
            return cases;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select distinct f.finding, f.case_id from case_finding f
                        where f.finding in (:findings)
                          and exists (select 1 from detention_case c join facility fa on fa.id = c.facility_id
                                      where c.id = f.case_id and c.deleted_at is null and fa.jurisdiction_id = :id)""")
                .setParameter("id", jurisdictionId).setParameter("findings", findings.stream().map(Enum::name).toList())
                .getResultList();
        rows.forEach(r -> cases.computeIfAbsent(Finding.valueOf((String) r[0]), k -> new TreeSet<>()).add(((Number) r[1]).longValue()));
        return cases;
    }

    /** The verified hotline reports of a jurisdiction that name one of these kinds of ICE activity, by kind. */
    public Map<IceActivity, Set<Long>> verifiedReportsWith(long jurisdictionId, Set<IceActivity> activities) {
        Map<IceActivity, Set<Long>> reports = new HashMap<>();
        em.createQuery("""
                        select distinct a, r.id from ActivityReport r join r.iceActivities a
                        where r.jurisdiction.id = :id and r.verification = :verified and a in :activities""", Tuple.class)
                .setParameter("id", jurisdictionId).setParameter("verified", Verification.VERIFIED)
                .setParameter("activities", activities).getResultList()
                .forEach(t -> reports.computeIfAbsent(t.get(0, IceActivity.class), k -> new TreeSet<>()).add(t.get(1, Long.class)));
        return reports;
    }

    /**
     * Jurisdictions with a case showing one of these findings, a verified report naming one of these activities, or
     * evidence the system keeps.
     */
    public Set<Long> jurisdictionsToFollow(Set<Finding> findings, Set<IceActivity> activities) {
        Set<Long> ids = new TreeSet<>(em.createQuery("""
                        select distinct fa.jurisdiction.id from DetentionCase c join c.findings f join c.facility fa
                        where fa.jurisdiction is not null and f.finding in :findings""", Long.class)
                .setParameter("findings", findings).getResultList());
        ids.addAll(em.createQuery("""
                        select distinct r.jurisdiction.id from ActivityReport r join r.iceActivities a
                        where r.verification = :verified and a in :activities""", Long.class)
                .setParameter("verified", Verification.VERIFIED).setParameter("activities", activities).getResultList());
        ids.addAll(em.createQuery("select distinct e.jurisdictionId from ChecklistEntry e join e.evidence ev where ev.derived = true", Long.class)
                .getResultList());
        return ids;
    }

    /** Which of these cases exist. */
    /** An answer given at a meeting with law enforcement, as checklist evidence shows it. */
    public record Answer(long id, LocalDate heldOn, org.amparo.campaigns.domain.MeetingQuestion question, String ownQuestion,
                         String answer) implements java.io.Serializable {
    }

    /** The answers given at the meetings of the jurisdiction's campaign, the latest meeting first. */
    public List<Answer> answersOf(long jurisdictionId) {
        return answers(em.createQuery("""
                select a.id, m.heldOn, a.question, a.ownQuestion, a.answer from MeetingAnswer a join a.meeting m, Campaign c
                 where c.id = m.campaignId and c.jurisdiction.id = :j
                 order by m.heldOn desc, a.id""", Object[].class).setParameter("j", jurisdictionId).setMaxResults(500));
    }

    /** These answers, where they were given at a meeting of the jurisdiction's campaign. */
    public List<Answer> answersOf(long jurisdictionId, Set<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        return answers(em.createQuery("""
                select a.id, m.heldOn, a.question, a.ownQuestion, a.answer from MeetingAnswer a join a.meeting m, Campaign c
                 where c.id = m.campaignId and c.jurisdiction.id = :j and a.id in :ids
                 order by m.heldOn desc, a.id""", Object[].class).setParameter("j", jurisdictionId).setParameter("ids", answerIds));
    }

    private static List<Answer> answers(jakarta.persistence.TypedQuery<Object[]> query) {
        return query.getResultList().stream().map(r -> new Answer(((Number) r[0]).longValue(), (LocalDate) r[1],
                (org.amparo.campaigns.domain.MeetingQuestion) r[2], (String) r[3], (String) r[4])).toList();
    }

    public Set<Long> existingCases(Set<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(em.createQuery("select c.id from DetentionCase c where c.id in :ids", Long.class)
                .setParameter("ids", caseIds).getResultList());
    }

    /** A document of a case, as the checklist names it: its case, its file name and its description. */
    public record Document(long id, long caseId, String fileName, String description) {
    }

    /** The documents with these ids that exist, of cases not deleted, by id. */
    public Map<Long, Document> documents(Set<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Document> found = new java.util.TreeMap<>();
        em.createQuery("""
                        select d.id, c.id, d.fileName, d.description from CaseDocument d join d.detentionCase c
                        where d.id in :ids and c.deletedAt is null""", Object[].class)
                .setParameter("ids", documentIds).getResultList()
                .forEach(r -> found.put((Long) r[0], new Document((Long) r[0], (Long) r[1], (String) r[2], (String) r[3])));
        return found;
    }

    /** The jurisdiction of the case's facility (id and name), if the case has one. */
    public Optional<Object[]> jurisdictionOfCase(long caseId) {
        return em.createQuery("""
                        select j.id, j.name from DetentionCase c join c.facility f join f.jurisdiction j where c.id = :id""",
                Object[].class).setParameter("id", caseId).getResultStream().findFirst();
    }
}
