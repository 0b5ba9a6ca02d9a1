package org.amparo.jobs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The last slot of a {@link SharedSchedule} that a server claimed, which server, and when. */
@Entity
@Table(name = "schedule_run")
public class ScheduleRun {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "name", length = 40)
    private SharedSchedule name;

    @Column(name = "last_slot", nullable = false)
    private Instant lastSlot;

    @Column(name = "last_node", length = 100)
    private String lastNode;

    @Column(name = "ran_at")
    private Instant ranAt;

    protected ScheduleRun() {
    }

    public SharedSchedule getName() {
        return name;
    }

    public Instant getLastSlot() {
        return lastSlot;
    }

    public String getLastNode() {
        return lastNode;
    }

    public Instant getRanAt() {
        return ranAt;
    }
}
