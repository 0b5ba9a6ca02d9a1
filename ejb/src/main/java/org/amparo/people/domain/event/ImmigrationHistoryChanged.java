package org.amparo.people.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** An entry, removal order, application or prior removal was added or removed. */
public record ImmigrationHistoryChanged() implements DomainEvent {
}
