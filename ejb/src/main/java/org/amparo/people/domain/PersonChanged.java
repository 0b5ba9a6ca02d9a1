package org.amparo.people.domain;

import java.util.List;

import org.amparo.shared.domain.DomainEvent;

/**
 * What one save of a person (or of one of their arrests) changed. A person may be held in several cases; each open one
 * hears of it as a {@link org.amparo.cases.domain.CaseChanged}.
 *
 * @param personId the person
 * @param changes  what happened, oldest first
 */
public record PersonChanged(long personId, List<DomainEvent> changes) {

    public PersonChanged {
        changes = List.copyOf(changes);
    }
}
