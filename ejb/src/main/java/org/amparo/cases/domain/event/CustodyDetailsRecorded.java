package org.amparo.cases.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** Bail, and whether ICE interviewed the person or the jail told them of the hold. */
public record CustodyDetailsRecorded() implements DomainEvent {

    @Override
    public boolean changesScreening() {
        return false;
    }
}
