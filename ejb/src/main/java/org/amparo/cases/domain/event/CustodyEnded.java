package org.amparo.cases.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** The person left the facility's custody: released, or transferred to ICE or elsewhere. */
public record CustodyEnded(org.amparo.cases.domain.CustodyEnd how) implements DomainEvent {

    @Override
    public boolean movesHold() {
        return true;
    }
}
