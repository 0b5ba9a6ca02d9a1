package org.amparo.cases.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.amparo.cases.domain.CaseChanged;
import org.amparo.cases.domain.DetentionCases;
import org.amparo.people.domain.PersonChanged;
import org.amparo.shared.domain.DomainEvent;

/**
 * A person's facts are facts of every case they are held in: a change to the person (a date of birth, a charge) is a
 * change to each of their open cases, which then follows as any case change does.
 */
@ApplicationScoped
public class PersonFactsReachCases {

    @Inject
    DetentionCases cases;

    @Inject
    Event<CaseChanged> caseChanged;

    void on(@Observes @Priority(Interceptor.Priority.APPLICATION) PersonChanged changed) {
        if (changed.changes().stream().noneMatch(DomainEvent::changesScreening)) {
            return;
        }
        for (long caseId : cases.openCaseIdsOf(changed.personId())) {
            caseChanged.fire(new CaseChanged(caseId, changed.changes()));
        }
    }
}
