package org.amparo.hotline.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The enforcement-activity reports. */
public interface ActivityReports {

    void add(ActivityReport report);

    Optional<ActivityReport> find(long id);

    /** Reports of events in [from, to), newest event first. */
    List<ActivityReport> between(Instant from, Instant to, int max);
}
