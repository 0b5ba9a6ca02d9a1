package org.amparo.audit;

import org.amparo.audit.infrastructure.HistoryQueue;
import org.hibernate.Version;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link HistoryQueue} reaches into Hibernate's internals by reflection, and on its own only logs a warning when they
 * are gone (the history is still written; only the memory of a long import is no longer given back). This test is
 * the loud part: a Hibernate upgrade that renames or removes any of them fails the build here, naming what changed.
 * (Whether {@code writeAndClear} really lets go of what it should is {@code PersistenceTest}'s long-import test.)
 */
class HistoryQueueTest {

    @Test
    void theHibernateInternalsHistoryQueueReliesOnAreStillThere() {
        assertThat(HistoryQueue.missingInternals())
                .as("Hibernate " + Version.getVersionString() + " no longer has what HistoryQueue reaches into by reflection."
                        + " A roster import would keep every history row in memory until commit. Fix HistoryQueue for this"
                        + " version (or drop it if Envers can now write and forget its queue itself), then update this test.")
                .isEmpty();
    }
}
