package org.amparo.campaigns.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.campaigns.domain.Campaign;
import org.amparo.campaigns.domain.CampaignAsk;
import org.amparo.campaigns.domain.Campaigns;
import org.amparo.campaigns.domain.CampaignAlly;
import org.amparo.campaigns.domain.CampaignMessage;
import org.amparo.campaigns.domain.CampaignNote;
import org.amparo.campaigns.domain.CampaignStep;
import org.amparo.campaigns.domain.CampaignTarget;
import org.amparo.campaigns.domain.Meeting;
import org.amparo.campaigns.domain.MeetingPromise;
import org.amparo.reference.domain.Jurisdiction;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link Campaigns} with JPA. */
@ApplicationScoped
public class JpaCampaigns implements Campaigns {

    @PersistenceContext
    EntityManager em;

    public JpaCampaigns() {
    }

    /** Outside a container (tests). */
    public JpaCampaigns(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Campaign> ofJurisdiction(Jurisdiction jurisdiction) {
        return em.createQuery("select c from Campaign c where c.jurisdiction = :j and c.closedOn is null order by c.id",
                        Campaign.class)
                .setParameter("j", jurisdiction).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Campaign> ofJurisdictionForStart(Jurisdiction jurisdiction) {
        // A row lock on the jurisdiction (select ... for update, the same on H2 and PostgreSQL), not on the entity's
        // version: a start waits for another start's commit, then reads its campaign.
        em.createNativeQuery("select id from jurisdiction where id = ?1 for update").setParameter(1, jurisdiction.getId())
                .getResultList();
        return ofJurisdiction(jurisdiction);
    }

    @Override
    public List<Campaign> citing(long caseId) {
        return em.createQuery("select distinct c from Campaign c join c.cases cited where cited.caseId = :id order by c.id",
                Campaign.class).setParameter("id", caseId).getResultList();
    }

    @Override
    public List<Campaign> allOfJurisdiction(Jurisdiction jurisdiction) {
        return em.createQuery("select c from Campaign c where c.jurisdiction = :j order by c.id", Campaign.class)
                .setParameter("j", jurisdiction).getResultList();
    }

    @Override
    public Optional<Campaign> find(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id));
    }

    @Override
    public List<Campaign> all() {
        return em.createQuery("select c from Campaign c order by c.id", Campaign.class).getResultList();
    }

    @Override
    public List<Listed> listed() {
        java.util.Map<Long, long[]> asks = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select a.campaignId, count(a), sum(case when a.status = "
                + "org.amparo.campaigns.domain.AskStatus.WON then 1 else 0 end) from CampaignAsk a group by a.campaignId",
                Object[].class).getResultList()) {
            asks.put(((Number) row[0]).longValue(), new long[] {((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue()});
        }
        return em.createQuery("select c, size(c.cases) from Campaign c join fetch c.jurisdiction order by c.id", Object[].class)
                .getResultList().stream().map(row -> {
                    Campaign c = (Campaign) row[0];
                    long[] counts = asks.getOrDefault(c.getId(), new long[2]);
                    return new Listed(c, ((Number) row[1]).intValue(), (int) counts[0], (int) counts[1]);
                }).toList();
    }

    @Override
    public void lock(Campaign campaign) {
        em.lock(campaign, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void add(Campaign campaign) {
        em.persist(campaign);
    }

    @Override
    public List<CampaignAsk> asks(long campaignId) {
        return asksOf(List.of(campaignId)).getOrDefault(campaignId, List.of());
    }

    @Override
    public java.util.Map<Long, List<CampaignAsk>> asksOf(java.util.Collection<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select a from CampaignAsk a where a.campaignId in :c", CampaignAsk.class)
                .setParameter("c", campaignIds).getResultList().stream()
                .sorted(Comparator.comparing((CampaignAsk a) -> a.getSample() == null ? 1 : 0)
                        .thenComparing(a -> a.getSample() == null ? 0 : a.getSample().ordinal())
                        .thenComparing(CampaignAsk::getId))
                .collect(java.util.stream.Collectors.groupingBy(CampaignAsk::getCampaignId, java.util.stream.Collectors.toList()));
    }

    @Override
    public Optional<CampaignAsk> ask(long id) {
        return Optional.ofNullable(em.find(CampaignAsk.class, id));
    }

    @Override
    public void add(CampaignAsk ask) {
        em.persist(ask);
        em.flush();
    }

    @Override
    public List<Meeting> meetings(long campaignId) {
        return em.createQuery("select m from Meeting m where m.campaignId = :c order by m.heldOn desc, m.id desc", Meeting.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public Optional<Meeting> meeting(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    @Override
    public void add(Meeting meeting) {
        em.persist(meeting);
        em.flush();
    }

    @Override
    public Optional<MeetingPromise> promise(long id) {
        return Optional.ofNullable(em.find(MeetingPromise.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<MeetingPromise> overduePromises(LocalDate today, int max) {
        // A closed campaign follows up no promise: the dashboard's overdue list leaves its open ones out (its evidence
        // report still shows them as they stood).
        return em.createQuery("select p from MeetingPromise p join fetch p.meeting m where p.state = org.amparo.campaigns.domain.PromiseState.OPEN"
                        + " and p.dueOn < :today and exists (select c.id from Campaign c where c.id = m.campaignId and c.closedOn is null)"
                        + " order by p.dueOn, p.id", MeetingPromise.class)
                .setParameter("today", today).setMaxResults(max).getResultList();
    }

    @Override
    public List<CampaignTarget> targets(long campaignId) {
        return em.createQuery("select t from CampaignTarget t where t.campaignId = :c order by t.rank, t.id", CampaignTarget.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public Optional<CampaignTarget> target(long id) {
        return Optional.ofNullable(em.find(CampaignTarget.class, id));
    }

    @Override
    public void add(CampaignTarget target) {
        em.persist(target);
        em.flush();
    }

    @Override
    public void remove(CampaignTarget target) {
        em.remove(target);
        em.flush();
    }

    @Override
    public List<CampaignAlly> allies(long campaignId) {
        return em.createQuery("select a from CampaignAlly a where a.campaignId = :c", CampaignAlly.class)
                .setParameter("c", campaignId).getResultList().stream()
                .sorted(Comparator.comparing((CampaignAlly a) -> a.getType().ordinal()).thenComparing(CampaignAlly::getId)).toList();
    }

    @Override
    public Optional<CampaignAlly> ally(long id) {
        return Optional.ofNullable(em.find(CampaignAlly.class, id));
    }

    @Override
    public void add(CampaignAlly ally) {
        em.persist(ally);
        em.flush();
    }

    @Override
    public void remove(CampaignAlly ally) {
        em.remove(ally);
        em.flush();
    }

    @Override
    public List<CampaignStep> steps(long campaignId) {
        return em.createQuery("select s from CampaignStep s where s.campaignId = :c order by s.dueOn, s.id", CampaignStep.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public Optional<CampaignStep> step(long id) {
        return Optional.ofNullable(em.find(CampaignStep.class, id));
    }

    @Override
    public void add(CampaignStep step) {
        em.persist(step);
        em.flush();
    }

    @Override
    public void remove(CampaignStep step) {
        em.remove(step);
        em.flush();
    }

    @Override
    public List<CampaignMessage> messages(long campaignId) {
        return em.createQuery("select m from CampaignMessage m where m.campaignId = :c order by m.audience, m.id", CampaignMessage.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public Optional<CampaignMessage> message(long id) {
        return Optional.ofNullable(em.find(CampaignMessage.class, id));
    }

    @Override
    public void add(CampaignMessage message) {
        em.persist(message);
        em.flush();
    }

    @Override
    public void remove(CampaignMessage message) {
        em.remove(message);
        em.flush();
    }

    @Override
    public List<CampaignNote> notes(long campaignId) {
        return em.createQuery("""
                        select n from CampaignNote n where n.campaignId = :c order by n.id""", CampaignNote.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public Optional<CampaignNote> note(long id) {
        return Optional.ofNullable(em.find(CampaignNote.class, id));
    }

    @Override
    public void add(CampaignNote note) {
        em.persist(note);
        em.flush();
    }

    @Override
    public void remove(CampaignNote note) {
        em.remove(note);
        em.flush();
    }
}
