package org.amparo.cases.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** Who called the hotline about the person. */
public record CallerRecorded() implements DomainEvent {

    @Override
    public boolean changesScreening() {
        return false;
    }
}
