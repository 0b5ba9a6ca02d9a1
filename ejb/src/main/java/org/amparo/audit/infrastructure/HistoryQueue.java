package org.amparo.audit.infrastructure;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.event.spi.EventSource;
import org.hibernate.envers.internal.synchronization.AuditProcess;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Envers keeps every change of a transaction in memory until the transaction ends, and only then writes the history
 * rows (it has no public way to write them earlier: HHH-9622); then, for every row written, it keeps an after-commit
 * callback holding that row (HHH-6614). A roster import opens tens of thousands of cases in one transaction, so both
 * would fill the heap. {@link #writeAndClear} writes the queued history rows at once, in the same transaction and
 * revision, and lets go of them with the rest of the persistence context. It is only for work whose records are never
 * changed again in the same transaction after the call (the import writes each person once).
 *
 * <p>This is the only class that reaches into Hibernate's internals, by reflection: Envers' {@code AuditProcess}
 * ({@code usedIds}, {@code entityStateCache}) and the session's after-completion queue ({@code ActionQueue}'s
 * {@code afterTransactionProcesses}, its {@code processes}). The job runner did not make it unnecessary: an import must
 * stay one transaction (all of it or nothing), so Envers still holds the whole import's history until commit unless it
 * is let go of here. If Envers' internals change, the rows are still written (at commit, as usual) and only the memory
 * is not given back; the server says so once in its log, and {@link #missingInternals()} names what is missing, which
 * {@code HistoryQueueTest} asserts is nothing, so an upgrade of Hibernate that breaks this fails the build loudly.
 */
public final class HistoryQueue {

    private static final String ENVERS_EVICTION = "org.hibernate.envers.internal.synchronization.SessionCacheCleaner";
    private static final String ACTION_QUEUE_CALLBACKS = "afterTransactionProcesses";
    private static final String CALLBACK_LIST = "processes";
    private static final List<String> PROCESS_MAPS = List.of("usedIds", "entityStateCache");
    private static final AtomicBoolean WARNED = new AtomicBoolean();

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
        PROCESS_MAPS.forEach(map -> forget(process, map));
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
            Collection<?> callbacks = afterCompletionCallbacks(session);
            if (callbacks != null) {
                callbacks.removeIf(c -> c.getClass().getName().startsWith(ENVERS_EVICTION));
            }
        } catch (ReflectiveOperationException | RuntimeException changedInternals) {
            changed(ACTION_QUEUE_CALLBACKS + "." + CALLBACK_LIST, changedInternals);
            // the callbacks run at commit instead, as Envers intends
        }
    }

    /** The session's after-completion callbacks, or null when none were registered yet. */
    private static Collection<?> afterCompletionCallbacks(EventSource session) throws ReflectiveOperationException {
        Object queue = field(session.getActionQueue().getClass(), ACTION_QUEUE_CALLBACKS).get(session.getActionQueue());
        if (queue == null) {
            return null;
        }
        Object processes = field(queue.getClass(), CALLBACK_LIST).get(queue);
        if (!(processes instanceof Collection<?> callbacks)) {
            throw new NoSuchFieldException(CALLBACK_LIST + " is no longer a collection");
        }
        return callbacks;
    }

    /**
     * What of Hibernate's internals this class relies on is no longer there, in words ("AuditProcess.usedIds: no such
     * field"); empty when all of it is. Checked on the classes alone, so it needs no session.
     */
    public static List<String> missingInternals() {
        List<String> missing = new ArrayList<>();
        for (String map : PROCESS_MAPS) {
            try {
                if (!Map.class.isAssignableFrom(field(AuditProcess.class, map).getType())) {
                    missing.add(AuditProcess.class.getName() + "." + map + ": no longer a Map");
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                missing.add(AuditProcess.class.getName() + "." + map + ": " + e);
            }
        }
        try {
            Field queue = field(org.hibernate.engine.spi.ActionQueue.class, ACTION_QUEUE_CALLBACKS);
            Field list = field(queue.getType(), CALLBACK_LIST);
            if (!Collection.class.isAssignableFrom(list.getType())) {
                missing.add(queue.getType().getName() + "." + CALLBACK_LIST + ": no longer a Collection");
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            missing.add(org.hibernate.engine.spi.ActionQueue.class.getName() + "." + ACTION_QUEUE_CALLBACKS + "." + CALLBACK_LIST + ": " + e);
        }
        try {
            Class.forName(ENVERS_EVICTION, false, AuditProcess.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            missing.add(ENVERS_EVICTION + ": no such class (its callbacks would no longer be recognised)");
        }
        return missing;
    }

    /**
     * How much the transaction still holds after {@link #writeAndClear}: entries in the audit process's maps and
     * Envers' after-commit callbacks. For tests: a working {@code writeAndClear} leaves zero of each.
     */
    public static Map<String, Integer> held(EntityManager em) throws ReflectiveOperationException {
        EventSource session = em.unwrap(EventSource.class);
        EnversService envers = session.getFactory().getServiceRegistry().getService(EnversService.class);
        AuditProcess process = envers.getAuditProcessManager().get(session);
        Map<String, Integer> held = new java.util.LinkedHashMap<>();
        for (String map : PROCESS_MAPS) {
            held.put(map, ((Map<?, ?>) field(AuditProcess.class, map).get(process)).size());
        }
        Collection<?> callbacks = afterCompletionCallbacks(session);
        held.put("enversCallbacks", callbacks == null ? 0
                : (int) callbacks.stream().filter(c -> c.getClass().getName().startsWith(ENVERS_EVICTION)).count());
        return held;
    }

    /** Says once per server run that the memory is no longer given back, naming the internal that changed. */
    private static void changed(String what, Exception e) {
        if (WARNED.compareAndSet(false, true)) {
            Logger.getLogger(HistoryQueue.class.getName()).warning(() -> "Hibernate's internals changed (" + what + ": "
                    + e.getClass().getName() + "): long imports keep their history in memory until commit. See HistoryQueueTest.");
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
            changed("AuditProcess." + field, changedInternals);
            // the history is still written; the memory is given back at commit instead
        }
    }
}
