package org.amparo.monitoring.application;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/**
 * Runs a piece of work per key (a jurisdiction) on an executor, one run at a time per key, coalescing what is asked
 * meanwhile: a request while the key's run is under way makes exactly one more run after it, however many came (a
 * re-screening's hundreds of screened cases of one county are one recomputation, or two). A request never waits.
 */
final class OneRunAtATime {

    private final Executor executor;
    private final LongConsumer work;
    /** The keys whose run is under way or queued; true: asked again since that run began. */
    private final ConcurrentHashMap<Long, Boolean> running = new ConcurrentHashMap<>();

    OneRunAtATime(Executor executor, LongConsumer work) {
        this.executor = executor;
        this.work = work;
    }

    /**
     * Asks for a run for the key: started now on the executor when none is under way, else one more after the current.
     *
     * @throws java.util.concurrent.RejectedExecutionException when the executor takes no more work (nothing is left
     *                                                          marked as running)
     */
    void request(long key) {
        boolean[] start = {false};
        running.compute(key, (k, again) -> {
            if (again == null) {
                start[0] = true;
                return Boolean.FALSE;
            }
            return Boolean.TRUE;
        });
        if (start[0]) {
            try {
                executor.execute(() -> runUntilNoneAsked(key));
            } catch (RuntimeException refused) {
                running.remove(key);
                throw refused;
            }
        }
    }

    private void runUntilNoneAsked(long key) {
        try {
            boolean more;
            do {
                work.accept(key);
                // Atomically with the requests: asked meanwhile, run once more; else the key is free again.
                more = running.compute(key, (k, again) -> Boolean.TRUE.equals(again) ? Boolean.FALSE : null) != null;
            } while (more);
        } catch (RuntimeException | Error failed) {
            // The key is free again, so that the next request starts a run (one asked meanwhile is left to the next).
            running.remove(key);
            throw failed;
        }
    }
}
