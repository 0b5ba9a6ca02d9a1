package org.amparo.people.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** A charge was recorded on an arrest of the person. */
public record ChargeRecorded() implements DomainEvent {
}
