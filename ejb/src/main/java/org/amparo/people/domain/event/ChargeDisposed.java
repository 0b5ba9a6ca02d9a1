package org.amparo.people.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** A charge got its disposition: a conviction with its sentence, or a dismissal, acquittal or diversion. */
public record ChargeDisposed() implements DomainEvent {
}
