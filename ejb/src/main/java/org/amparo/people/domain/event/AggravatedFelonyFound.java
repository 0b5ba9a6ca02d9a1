package org.amparo.people.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** An attorney recorded whether a conviction is an aggravated felony. */
public record AggravatedFelonyFound() implements DomainEvent {
}
