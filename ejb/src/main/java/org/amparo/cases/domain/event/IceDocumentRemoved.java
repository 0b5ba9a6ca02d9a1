package org.amparo.cases.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** An ICE document recorded by mistake was taken off the case. */
public record IceDocumentRemoved() implements DomainEvent {

    @Override
    public boolean movesHold() {
        return true;
    }
}
