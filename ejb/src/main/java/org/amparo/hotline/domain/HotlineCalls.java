package org.amparo.hotline.domain;

import java.time.Instant;
import java.util.List;

/** The call log. */
public interface HotlineCalls {

    void add(HotlineCall call);

    /** Calls received in [from, to), newest first; only those taken by {@code takenBy} unless it is null. */
    List<HotlineCall> between(Instant from, Instant to, String takenBy, int max);

    /** Every call's time of receipt in [from, to): what volumes are counted from. */
    List<Instant> receivedBetween(Instant from, Instant to);
}
