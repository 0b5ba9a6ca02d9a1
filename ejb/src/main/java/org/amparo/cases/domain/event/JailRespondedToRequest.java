package org.amparo.cases.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** What the jail said it did or will do with an ICE request, whether the person got a copy, and how ICE interfered with the criminal case. */
public record JailRespondedToRequest() implements DomainEvent {

    @Override
    public boolean movesHold() {
        return true;
    }
}
