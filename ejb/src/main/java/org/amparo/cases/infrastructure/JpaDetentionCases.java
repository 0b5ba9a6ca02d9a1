package org.amparo.cases.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.cases.domain.CaseChanged;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.rules.detainer.Finding;
import org.amparo.shared.domain.DomainEvent;
import org.amparo.shared.domain.NotFoundException;

/** {@link DetentionCases} with JPA; the events of a saved case go out as a synchronous CDI event. */
@ApplicationScoped
public class JpaDetentionCases implements DetentionCases {

    @PersistenceContext
    EntityManager em;

    public JpaDetentionCases() {
    }

    /** Over a persistence context the caller manages (tests). */
    public JpaDetentionCases(EntityManager em) {
        this.em = em;
    }

    @Inject
    Event<CaseChanged> changed;

    @Override
    public Optional<DetentionCase> find(long caseId) {
        return Optional.ofNullable(em.find(DetentionCase.class, caseId));
    }

    @Override
    public DetentionCase require(long caseId) {
        return find(caseId).orElseThrow(() -> new NotFoundException("Case", caseId));
    }

    @Override
    public DetentionCase requireLocked(long caseId) {
        return Optional.ofNullable(em.find(DetentionCase.class, caseId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("Case", caseId));
    }

    @Override
    public void save(DetentionCase detentionCase) {
        if (detentionCase.getId() == null) {
            em.persist(detentionCase);
        }
        // The consequences read the case back with queries: they must see this change.
        em.flush();
        List<DomainEvent> events = detentionCase.pullEvents();
        if (!events.isEmpty()) {
            changed.fire(new CaseChanged(detentionCase.getId(), events));
        }
    }

    @Override
    public List<Long> openCaseIdsOf(long personId) {
        return em.createQuery("select c.id from DetentionCase c where c.person.id = :p and c.status = :open order by c.id",
                        Long.class)
                .setParameter("p", personId).setParameter("open", CaseStatus.OPEN).getResultList();
    }

    @Override
    public List<Long> openCaseIds(String notJudgedUnder) {
        String jpql = "select c.id from DetentionCase c where c.status = :open and c.deletedAt is null"
                + (notJudgedUnder == null ? "" : " and (c.priorityRuleSet is null or c.priorityRuleSet <> :set)")
                + " order by c.id";
        var query = em.createQuery(jpql, Long.class).setParameter("open", CaseStatus.OPEN);
        if (notJudgedUnder != null) {
            query.setParameter("set", notJudgedUnder);
        }
        return query.getResultList();
    }

    @Override
    public Optional<Long> latestCaseOf(long personId) {
        return Optional.ofNullable(em.createQuery("select max(c.id) from DetentionCase c where c.person.id = :p", Long.class)
                .setParameter("p", personId).getSingleResult());
    }

    @Override
    public List<Long> heldPastExpiryNotYetFlagged(Instant now, int max) {
        return em.createQuery("""
                        select c.id from DetentionCase c
                        where c.status = :open and c.custodyEnd is null and c.holdExpiresAt < :now
                          and not exists (select 1 from DetentionCase d join d.findings f
                                          where d = c and f.finding = :held)
                        order by c.holdExpiresAt, c.id""", Long.class)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("now", now)
                .setParameter("held", Finding.HELD_PAST_EXPIRY)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Long> heldPastReleaseWithoutHoldRequestNotYetFlagged(java.time.LocalDateTime latestLocal, int max) {
        return em.createQuery("""
                        select distinct c.id from DetentionCase c join c.detainers d
                        where c.status = :open and c.custodyEnd is null and c.scheduledReleaseAt < :latest
                          and d.lifted = false and d.form.detainer = true and d.form.asksHold = false
                          and not exists (select 1 from DetentionCase e join e.findings f
                                          where e = c and f.finding = :flag)
                        order by c.id""", Long.class)
                .setParameter("open", CaseStatus.OPEN)
                .setParameter("latest", latestLocal)
                .setParameter("flag", Finding.HELD_WITHOUT_HOLD_REQUEST)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public java.util.Map<Long, java.time.ZonedDateTime> scheduledReleases(List<Long> caseIds) {
        java.util.Map<Long, java.time.ZonedDateTime> releases = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return releases;
        }
        em.createQuery("""
                        select c.id, c.scheduledReleaseAt, f.timeZone from DetentionCase c left join c.facility f
                        where c.id in :ids and c.scheduledReleaseAt is not null""", Object[].class)
                .setParameter("ids", caseIds).getResultList()
                .forEach(r -> releases.put((Long) r[0], ((java.time.LocalDateTime) r[1])
                        .atZone(r[2] == null ? java.time.ZoneOffset.UTC : java.time.ZoneId.of((String) r[2]))));
        return releases;
    }
}
