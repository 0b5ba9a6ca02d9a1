package org.amparo.people.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** Biographical details the screening does not read (address, languages, ties, consent, A-number). */
public record BiographyRecorded() implements DomainEvent {

    @Override
    public boolean changesScreening() {
        return false;
    }
}
