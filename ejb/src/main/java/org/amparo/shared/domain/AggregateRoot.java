package org.amparo.shared.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * An entity that is the only way its facts change. Each mutation checks its own rules and raises a
 * {@link DomainEvent}; the events wait here (never stored) until the aggregate's repository saves it.
 * <p>
 * Not a mapped superclass: nothing here is persistent. The methods are not final, so that a Hibernate proxy of the
 * aggregate passes them to the loaded instance.
 */
public abstract class AggregateRoot {

    private transient List<DomainEvent> pendingEvents;

    /** Records that something happened; its consequences follow when the aggregate is saved. */
    protected void raise(DomainEvent event) {
        if (pendingEvents == null) {
            pendingEvents = new ArrayList<>();
        }
        pendingEvents.add(event);
    }

    /** The events raised since the last call, oldest first; the aggregate forgets them. */
    public List<DomainEvent> pullEvents() {
        if (pendingEvents == null || pendingEvents.isEmpty()) {
            return List.of();
        }
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }
}
