package org.amparo.audit.infrastructure;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.event.spi.EventSource;
import org.hibernate.envers.internal.synchronization.AuditProcess;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Envers keeps every change of a transaction in memory until the transaction ends, and only then writes the history
 * rows (it has no public way to write them earlier: HHH-9622); then, for every row written, it keeps an after-commit
 * callback holding that row (HHH-6614). A roster import opens tens of thousands of cases in one transaction, so both
 * would fill the heap. {@link #writeAndClear} writes the queued history rows at once, in the same transaction and
 * revision, and lets go of them with the rest of the persistence context. It is only for work whose records are never
 * changed again in the same transaction after the call (the import writes each person once). If Envers' internals
 * change, the rows are still written (at commit, as usual) and only the memory is not given back.
 */
public final class HistoryQueue {

    private static final String ENVERS_EVICTION = "org.hibernate.envers.internal.synchronization.SessionCacheCleaner";

    private HistoryQueue() {
    }

    /**
     * Writes the queued history and empties the persistence context (as {@link EntityManager#clear()}), keeping only
     * the transaction's revision, so the history of what follows still goes into the same revision.
     */
    public static void writeAndClear(EntityManager em) {
        em.flush();
        EventSource session = em.unwrap(EventSource.class);
        EnversService envers = session.getFactory().getServiceRegistry().getService(EnversService.class);
        if (envers == null || !envers.isEnabled()) {
            em.clear();
            return;
        }
        AuditProcess process = envers.getAuditProcessManager().get(session);
        process.doBeforeTransactionCompletion(session);
        forget(process, "usedIds");
        forget(process, "entityStateCache");
        forgetEvictions(session);
        Object revision = process.getCurrentRevisionData(session, false);
        for (Map.Entry<Object, EntityEntry> entry : session.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
            if (entry.getKey() != revision) {
                session.evict(entry.getKey());
            }
        }
    }

    /**
     * Drops the after-commit callbacks Envers registers for every history row it writes, each only to evict that row
     * from the session (HHH-6614): the rows are evicted here already, and each callback holds its row until commit.
     */
    private static void forgetEvictions(EventSource session) {
        try {
            Object queue = field(session.getActionQueue().getClass(), "afterTransactionProcesses").get(session.getActionQueue());
            if (queue == null) {
                return;
            }
            Object processes = field(queue.getClass(), "processes").get(queue);
            if (processes instanceof java.util.Collection<?> callbacks) {
                callbacks.removeIf(c -> c.getClass().getName().startsWith(ENVERS_EVICTION));
            }
        } catch (ReflectiveOperationException | RuntimeException changedInternals) {
            // the callbacks run at commit instead, as Envers intends
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    /** Empties one of the process's maps of written work (kept only to merge later changes of the same records). */
    private static void forget(AuditProcess process, String field) {
        try {
            ((Map<?, ?>) field(AuditProcess.class, field).get(process)).clear();
        } catch (ReflectiveOperationException | RuntimeException changedInternals) {
            // the history is still written; the memory is given back at commit instead
        }
    }
}
