package org.amparo.cases.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.amparo.cases.domain.CaseChanged;

/**
 * The one consequence of a change on the screening: a case whose screened facts changed is screened again, in the same
 * transaction, before the process hears of it (the process routes on the new results).
 */
@ApplicationScoped
public class ScreeningFollowsFacts {

    /** Before {@link ProcessFollowsFacts}. */
    static final int ORDER = Interceptor.Priority.APPLICATION + 100;

    @Inject
    CaseScreening screening;

    void on(@Observes @Priority(ORDER) CaseChanged changed) {
        if (changed.changesScreening()) {
            screening.rescreen(changed.caseId());
        }
    }
}
