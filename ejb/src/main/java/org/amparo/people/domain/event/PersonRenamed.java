package org.amparo.people.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** The person's name was corrected, or an alias added or removed. */
public record PersonRenamed() implements DomainEvent {

    @Override
    public boolean changesScreening() {
        return false;
    }
}
