package org.amparo.cases.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** The case was given to a caseworker. */
public record CaseworkerAssigned() implements DomainEvent {

    @Override
    public boolean changesScreening() {
        return false;
    }
}
