package org.amparo.people.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** A charge recorded by mistake was removed. */
public record ChargeRemoved() implements DomainEvent {
}
