package org.amparo.imports.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where one roster import stands, as the person who started it sees it: rows done of the rows read, and when it has
 * finished, what it did (DONE) or why it changed nothing (FAILED).
 */
public record RosterImportJob(String id, State state, int rowsDone, int rowsTotal, RosterReport report, String error,
                              Instant startedAt) implements Serializable {

    public enum State { RUNNING, DONE, FAILED }

    /** Whole percent done, for a progress bar. */
    public int percent() {
        if (state != State.RUNNING) {
            return 100;
        }
        return rowsTotal <= 0 ? 0 : Math.min(99, (int) ((long) rowsDone * 100 / rowsTotal));
    }
}
