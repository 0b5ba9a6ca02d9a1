package org.amparo.people.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** A hearing in a criminal case was scheduled. */
public record CourtDateScheduled() implements DomainEvent {

    @Override
    public boolean changesScreening() {
        return false;
    }
}
