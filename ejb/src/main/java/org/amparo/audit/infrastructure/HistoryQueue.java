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
 * rows (it has no public way to write them earlier: HHH-9622). A roster import opens tens of thousands of cases in one
 * transaction, so that queue alone would fill the heap. {@link #writeAndClear} writes the queued history rows at once, in
 * the same transaction and revision, and lets go of them with the rest of the persistence context. It is only for work whose records are never changed again
 * in the same transaction after the call (the import writes each person once, then clears the persistence context).
 * If Envers' internals change, the rows are still written (at commit, as usual) and only the memory is not given back.
 */
public final class HistoryQueue {

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
        Object revision = process.getCurrentRevisionData(session, false);
        for (Map.Entry<Object, EntityEntry> entry : session.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
            if (entry.getKey() != revision) {
                session.evict(entry.getKey());
            }
        }
    }

    /** Empties one of the process's maps of written work (kept only to merge later changes of the same records). */
    private static void forget(AuditProcess process, String field) {
        try {
            Field f = AuditProcess.class.getDeclaredField(field);
            f.setAccessible(true);
            ((Map<?, ?>) f.get(process)).clear();
        } catch (ReflectiveOperationException | RuntimeException changedInternals) {
            // the history is still written; the memory is given back at commit instead
        }
    }
}
