package org.amparo.monitoring.application;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OneRunAtATimeTest {

    @Test
    void requestsDuringARunMakeOneMoreRunAfterItAndTwoRunsOfAKeyNeverOverlap() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger atOnce = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OneRunAtATime runner = new OneRunAtATime(pool, key -> {
            mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            runs.incrementAndGet();
            firstStarted.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            atOnce.decrementAndGet();
        });
        try {
            runner.request(7);
            assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 50; i++) {
                runner.request(7); // fifty screenings of the county committed while its checklist was recomputed
            }
            release.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(runs.get()).as("the run under way and one more for everything asked meanwhile").isEqualTo(2);
            assertThat(mostAtOnce.get()).as("never two runs of one key at once").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRequestAfterTheRunEndedStartsAnotherAndARefusedStartLeavesTheKeyFree() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        OneRunAtATime inline = new OneRunAtATime(Runnable::run, key -> runs.incrementAndGet());
        inline.request(1);
        inline.request(1);
        inline.request(2);
        assertThat(runs.get()).isEqualTo(3);

        boolean[] refuse = {true};
        OneRunAtATime stopping = new OneRunAtATime(task -> {
            if (refuse[0]) {
                throw new RejectedExecutionException("shutting down");
            }
            task.run();
        }, key -> runs.incrementAndGet());
        assertThatThrownBy(() -> stopping.request(3)).isInstanceOf(RejectedExecutionException.class);
        refuse[0] = false;
        stopping.request(3);
        assertThat(runs.get()).as("the refused key was not left marked as running").isEqualTo(4);

        boolean[] fail = {true};
        OneRunAtATime failing = new OneRunAtATime(Runnable::run, key -> {
            runs.incrementAndGet();
            if (fail[0]) {
                throw new StackOverflowError("a run that failed");
            }
        });
        assertThatThrownBy(() -> failing.request(4)).isInstanceOf(StackOverflowError.class);
        fail[0] = false;
        failing.request(4);
        assertThat(runs.get()).as("a failed run left its key free for the next").isEqualTo(6);
    }
}
