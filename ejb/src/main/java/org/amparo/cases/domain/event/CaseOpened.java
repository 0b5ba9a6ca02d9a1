package org.amparo.cases.domain.event;

import org.amparo.shared.domain.DomainEvent;

/** A new case was opened: its process starts and it is screened for the first time. */
public record CaseOpened() implements DomainEvent {
}
