package org.amparo.cases.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** ICE sent the jail a document for the person (a detainer, a warrant, a notice...). */
public record IceDocumentReceived(String formCode) implements DomainEvent {

    @Override
    public boolean movesHold() {
        return true;
    }
}
