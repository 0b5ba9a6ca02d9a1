package org.amparo.people.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** A family member was added or removed. */
public record FamilyChanged() implements DomainEvent {

    @Override
    public boolean changesScreening() {
        return false;
    }
}
