package org.amparo.shared.infrastructure;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands batches from the thread that reads them to one thread of its own that consumes them, a few batches at most in
 * between: a large export reads rows from the database (and decrypts them) while the rows before are written to the
 * workbook, the two halves of its work side by side. The consumer sees the batches in order. A failure on either side
 * ends both: the consumer's is thrown to the producer at its next hand-off or at {@link #finish()}.
 *
 * @param <B> a batch
 */
public final class HandOff<B> implements AutoCloseable {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread consumer;
    private volatile Throwable failed;

    /** Starts the consumer on a thread from {@code threads} (the server's managed thread factory). */
    public HandOff(ThreadFactory threads, int inBetween, Consumer<B> sink) {
        this.queue = new ArrayBlockingQueue<>(inBetween);
        this.consumer = threads.newThread(() -> consume(sink));
        consumer.start();
    }

    @SuppressWarnings("unchecked")
    private void consume(Consumer<B> sink) {
        try {
            for (Object next = queue.take(); next != END; next = queue.take()) {
                sink.accept((B) next);
            }
        } catch (InterruptedException stopped) {
            failed = stopped;
        } catch (RuntimeException | Error e) {
            failed = e;
        } finally {
            queue.clear(); // a producer waiting for room gets it, and then sees the failure
        }
    }

    /** Hands a batch over, waiting while the consumer is behind. */
    public void put(B batch) {
        offer(batch);
    }

    /** Waits until every batch handed over is consumed. */
    public void finish() {
        offer(END);
        try {
            consumer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the batches were consumed", e);
        }
        check();
    }

    private void offer(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while handing a batch over", e);
        }
        check();
    }

    private void check() {
        Throwable t = failed;
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
        if (t != null) {
            throw new IllegalStateException("The batches were not consumed", t);
        }
    }

    /**
     * Stops the consumer if it still runs (the producer failed), and waits until it has ended, so that nothing it
     * writes to outlives the hand-off (the workbook is disposed of right after).
     */
    @Override
    public void close() {
        boolean interrupted = false;
        while (consumer.isAlive()) {
            consumer.interrupt();
            try {
                consumer.join(1_000);
            } catch (InterruptedException e) {
                interrupted = true; // waited for still; the interrupt is given back below
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
