package org.amparo.exports.application;

import java.io.Serializable;
import java.time.Instant;

/** Where one background export stands, as its owner sees it. */
public record ExportJob(String id, String fileName, State state, long rowsWritten, long rowsExpected, String error,
                        Instant startedAt) implements Serializable {

    public enum State { RUNNING, READY, FAILED }

    /** Whole percent done, for a progress bar. */
    public int percent() {
        if (state == State.READY) {
            return 100;
        }
        return rowsExpected <= 0 ? 0 : (int) Math.min(99, rowsWritten * 100 / rowsExpected);
    }
}
