package org.amparo.cases.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** The person is now held at another facility (a transfer or a correction): its jurisdiction and clock apply. */
public record MovedToFacility() implements DomainEvent {

    @Override
    public boolean movesHold() {
        return true;
    }
}
