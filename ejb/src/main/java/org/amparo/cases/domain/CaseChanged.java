package org.amparo.cases.domain;

import java.util.List;

import org.amparo.shared.domain.DomainEvent;

/**
 * What one save of a case changed, as CDI delivers it to the case's consequences (screening, the case process) in the
 * saving transaction. The changes are the case's own events, or those of its person (a charge, a date of birth) when
 * the person is held in this case.
 *
 * @param caseId  the case
 * @param changes what happened, oldest first
 */
public record CaseChanged(long caseId, List<DomainEvent> changes) {

    public CaseChanged {
        changes = List.copyOf(changes);
    }

    /** Whether one of the changes is of this kind. */
    public boolean includes(Class<? extends DomainEvent> kind) {
        return changes.stream().anyMatch(kind::isInstance);
    }

    /** Whether the screening reads something that changed. */
    public boolean changesScreening() {
        return changes.stream().anyMatch(DomainEvent::changesScreening);
    }

    /** Whether something changed that may move a hold's expiry. */
    public boolean movesHold() {
        return changes.stream().anyMatch(DomainEvent::movesHold);
    }
}
