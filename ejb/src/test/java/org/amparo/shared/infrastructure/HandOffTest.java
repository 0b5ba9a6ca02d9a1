package org.amparo.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class HandOffTest {

    @Test
    void everyBatchIsConsumedOnceInTheOrderHandedOver() {
        List<Integer> consumed = new CopyOnWriteArrayList<>();
        try (HandOff<List<Integer>> handOff = new HandOff<>(Thread::new, 2, consumed::addAll)) {
            for (int i = 0; i < 1_000; i += 10) {
                handOff.put(java.util.stream.IntStream.range(i, i + 10).boxed().toList());
            }
            handOff.finish();
        }
        assertThat(consumed).hasSize(1_000).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aFailureWhileConsumingReachesTheProducerAndNothingHangs() {
        HandOff<Integer> handOff = new HandOff<>(Thread::new, 1, batch -> {
            if (batch == 3) {
                throw new IllegalArgumentException("cell 3 could not be written");
            }
        });
        assertThatThrownBy(() -> {
            for (int i = 0; i < 100; i++) {
                handOff.put(i);
            }
            handOff.finish();
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cell 3");
        handOff.close();
    }

    @Test
    void aProducerThatFailsStopsTheConsumerWhenClosed() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Thread[] consumerThread = new Thread[1];
        HandOff<Integer> handOff = new HandOff<>(r -> consumerThread[0] = new Thread(r), 1, batch -> started.countDown());
        handOff.put(1);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        handOff.close(); // as a try-with-resources does when reading the rows failed
        assertThat(consumerThread[0].isAlive()).isFalse();
    }
}
