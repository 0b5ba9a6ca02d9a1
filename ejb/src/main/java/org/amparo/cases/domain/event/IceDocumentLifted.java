package org.amparo.cases.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** ICE withdrew a request: it no longer holds anyone. */
public record IceDocumentLifted() implements DomainEvent {

    @Override
    public boolean movesHold() {
        return true;
    }
}
