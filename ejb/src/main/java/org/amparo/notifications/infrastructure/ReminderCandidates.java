package org.amparo.notifications.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.cases.domain.CaseStatus;
import org.amparo.platform.ServerZone;
import org.amparo.security.domain.Roles;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What the reminders read from the cases, the court dates and the accounts: ids, people's usernames and times, never
 * a detained person's name or number.
 */
@ApplicationScoped
public class ReminderCandidates {

    /** An open case whose person is held on a hold that expires at {@code expiresAt}. */
    public record Hold(long caseId, String caseworker, Instant expiresAt, ZoneId zone) {
    }

    /** A hearing of an open case's person, at {@code at} (read in the zone of the case's facility). */
    public record Hearing(long courtDateId, long caseId, String caseworker, String attorney, Instant at, ZoneId zone) {

        /** Whether the hearing falls between the two instants (inclusive). */
        public boolean between(Instant from, Instant to) {
            return !at.isBefore(from) && !at.isAfter(to);
        }
    }

    @PersistenceContext
    EntityManager em;

    public ReminderCandidates() {
    }

    /** Over a persistence context the caller manages (tests, tools without a container). */
    public ReminderCandidates(EntityManager em) {
        this.em = em;
    }

    /**
     * Open cases whose person is still held on a hold expiring after {@code from} and no later than {@code to}, soonest
     * first, a page at a time; only the cases of caseworker {@code caseworker} when it is given.
     */
    public List<Hold> holdsExpiring(Instant from, Instant to, String caseworker, int first, int max) {
        var query = em.createQuery("""
                        select c.id, c.caseworker, c.holdExpiresAt, f.timeZone from DetentionCase c left join c.facility f
                        where c.status = :open and c.deletedAt is null and c.custodyEnd is null
                          and c.holdExpiresAt > :from and c.holdExpiresAt <= :to"""
                        + (caseworker == null ? "" : " and c.caseworker = :user") + " order by c.holdExpiresAt, c.id", Object[].class)
                .setParameter("open", CaseStatus.OPEN).setParameter("from", from).setParameter("to", to);
        if (caseworker != null) {
            query.setParameter("user", caseworker);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultStream()
                .map(r -> new Hold((Long) r[0], (String) r[1], (Instant) r[2], zone((String) r[3]))).toList();
    }

    /**
     * Hearings of open cases' people between two instants, a page of candidates at a time (the caller pages on while
     * a page is full); only those of cases {@code user} is caseworker or attorney of when it is given. A court date is
     * local to its court; it is read in the zone of the case's facility (else the organisation's), so candidates are
     * taken with 14 hours' slack on each side: the caller keeps the exact ones ({@link Hearing#between}).
     */
    public List<Hearing> hearings(Instant from, Instant to, String user, int first, int max) {
        LocalDateTime lo = LocalDateTime.ofInstant(from, ZoneOffset.UTC).minusHours(14);
        LocalDateTime hi = LocalDateTime.ofInstant(to, ZoneOffset.UTC).plusHours(14);
        var query = em.createQuery("""
                        select d.id, c.id, c.caseworker, c.attorney, d.scheduledAt, f.timeZone
                        from CourtDate d join d.arrest a, DetentionCase c left join c.facility f
                        where c.person = a.person and c.status = :open and c.deletedAt is null
                          and d.scheduledAt >= :lo and d.scheduledAt <= :hi"""
                        + (user == null ? "" : " and (c.caseworker = :user or c.attorney = :user)") + " order by d.scheduledAt, d.id, c.id",
                        Object[].class)
                .setParameter("open", CaseStatus.OPEN).setParameter("lo", lo).setParameter("hi", hi);
        if (user != null) {
            query.setParameter("user", user);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultStream()
                .map(r -> {
                    ZoneId zone = zone((String) r[5]);
                    return new Hearing((Long) r[0], (Long) r[1], (String) r[2], (String) r[3],
                            ((LocalDateTime) r[4]).atZone(zone).toInstant(), zone);
                })
                .toList();
    }

    /** A person's roles. */
    public java.util.Set<String> roles(String username) {
        return new java.util.HashSet<>(em.createQuery("select r from UserAccount u join u.roles r where u.username = :u", String.class)
                .setParameter("u", username).getResultList());
    }

    /** Enabled supervisors' usernames. */
    public List<String> supervisors() {
        return em.createQuery("""
                        select u.username from UserAccount u join u.roles r
                        where r = :supervisor and u.enabled = true order by u.username""", String.class)
                .setParameter("supervisor", Roles.SUPERVISOR).getResultList();
    }

    /** Enabled supervisors who are on call. */
    public List<String> supervisorsOnCall() {
        return em.createQuery("""
                        select u.username from UserAccount u join u.roles r, NotificationSettings s
                        where s.username = u.username and s.onCall = true
                          and r = :supervisor and u.enabled = true order by u.username""", String.class)
                .setParameter("supervisor", Roles.SUPERVISOR).getResultList();
    }

    /** A person's preferred language, if they chose one. */
    public String locale(String username) {
        // Not a stream's findFirst: most people never chose a language, and a null row would throw there.
        List<String> locale = em.createQuery("select u.locale from UserAccount u where u.username = :u", String.class)
                .setParameter("u", username).getResultList();
        return locale.isEmpty() ? null : locale.get(0);
    }

    /** Whether the account exists and may sign in. */
    public boolean enabled(String username) {
        return !em.createQuery("select u.username from UserAccount u where u.username = :u and u.enabled = true", String.class)
                .setParameter("u", username).getResultList().isEmpty();
    }

    /**
     * A dated item of a campaign for a calendar: a plan step, a next meeting with law enforcement, a promise due. Only
     * the jurisdiction (a public body) and the day: what a step or promise says is the organisers' own wording, which
     * may name people, and stays in Amparo.
     */
    public record CampaignDate(long id, long jurisdictionId, String jurisdiction, java.time.LocalDate on) {
    }

    /**
     * The plan-of-action steps this person owns, not done, due in the period (inclusive), soonest first. Here and below,
     * a closed campaign's dates are over: they are left out.
     */
    public List<CampaignDate> stepsDue(String owner, java.time.LocalDate from, java.time.LocalDate to, int max) {
        return campaignDates(em.createQuery("""
                select s.id, j.id, j.name, s.dueOn from CampaignStep s, Campaign c join c.jurisdiction j
                 where c.id = s.campaignId and c.closedOn is null and s.owner = :owner and s.doneOn is null and s.dueOn between :from and :to
                 order by s.dueOn, s.id""", Object[].class).setParameter("owner", owner), from, to, max);
    }

    /**
     * Each campaign's next meeting with law enforcement in the period: the one its latest meeting set (an earlier
     * meeting's plan is replaced by a later meeting's).
     */
    public List<CampaignDate> nextMeetings(java.time.LocalDate from, java.time.LocalDate to, int max) {
        return campaignDates(em.createQuery("""
                select m.id, j.id, j.name, m.nextMeetingOn from Meeting m, Campaign c join c.jurisdiction j
                 where c.id = m.campaignId and c.closedOn is null and m.nextMeetingOn between :from and :to
                   and not exists (select l.id from Meeting l where l.campaignId = m.campaignId
                                    and (l.heldOn > m.heldOn or (l.heldOn = m.heldOn and l.id > m.id)))
                 order by m.nextMeetingOn, m.id""", Object[].class), from, to, max);
    }

    /** Promises made at meetings with law enforcement, still open, due in the period. */
    public List<CampaignDate> promisesDue(java.time.LocalDate from, java.time.LocalDate to, int max) {
        return campaignDates(em.createQuery("""
                select p.id, j.id, j.name, p.dueOn from MeetingPromise p join p.meeting m, Campaign c join c.jurisdiction j
                 where c.id = m.campaignId and c.closedOn is null and p.state = org.amparo.campaigns.domain.PromiseState.OPEN
                   and p.dueOn between :from and :to
                 order by p.dueOn, p.id""", Object[].class), from, to, max);
    }

    private static List<CampaignDate> campaignDates(jakarta.persistence.TypedQuery<Object[]> query, java.time.LocalDate from,
                                                    java.time.LocalDate to, int max) {
        return query.setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultList().stream()
                .map(r -> new CampaignDate(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                        (java.time.LocalDate) r[3]))
                .toList();
    }

    private static ZoneId zone(String id) {
        return id == null ? ServerZone.get() : ZoneId.of(id);
    }
}
