package org.amparo.jobs.infrastructure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.jobs.domain.SharedSchedule;
import org.amparo.security.domain.Roles;

import java.time.Instant;

/**
 * Claims a {@link SharedSchedule}'s slot for this server, in a transaction of its own that commits at once. The claim
 * is one conditional update: when two servers' timers fire together, the database lets one update the row and the
 * other, once the first has committed, finds the slot taken and updates nothing. Only the timers call it (they run as
 * {@link Roles#SYSTEM}).
 */
@Stateless
@LocalBean
@RolesAllowed(Roles.SYSTEM)
public class ScheduleSlots {

    @PersistenceContext
    EntityManager em;

    public ScheduleSlots() {
    }

    /** Outside the container (the persistence tests). */
    public ScheduleSlots(EntityManager em) {
        this.em = em;
    }

    /** True when this server claimed the slot the moment falls in and should run it; false when another server has. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(SharedSchedule schedule, Instant firedAt) {
        return claimSlot(schedule, schedule.slotOf(firedAt));
    }

    /** The same, for a timer that runs every {@code period}, shorter than its schedule's unit (the reminders'). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(SharedSchedule schedule, Instant firedAt, java.time.Duration period) {
        return claimSlot(schedule, schedule.slotOf(firedAt, period));
    }

    private boolean claimSlot(SharedSchedule schedule, Instant slot) {
        return em.createQuery("""
                        update ScheduleRun r set r.lastSlot = :slot, r.lastNode = :node, r.ranAt = :now
                        where r.name = :name and r.lastSlot < :slot""")
                .setParameter("slot", slot).setParameter("node", JobStore.thisNode()).setParameter("now", Instant.now())
                .setParameter("name", schedule).executeUpdate() == 1;
    }
}
