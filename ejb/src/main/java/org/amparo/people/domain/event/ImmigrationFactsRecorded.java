package org.amparo.people.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** Immigration status, education, residence, and the security questions the screening reads. */
public record ImmigrationFactsRecorded() implements DomainEvent {
}
