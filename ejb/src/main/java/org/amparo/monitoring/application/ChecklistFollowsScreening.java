package org.amparo.monitoring.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.amparo.cases.application.CaseScreened;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the monitoring checklist current with the screenings: when a transaction that stored screening results
 * commits, the checklist of each jurisdiction whose cases were screened in it is recomputed once
 * ({@link MonitoringChecklist#followCases}), however many of its cases were screened (a re-screening of every case is
 * one transaction).
 * <p>
 * After the commit, not inside it: a checklist that fails to follow (two screenings of one jurisdiction racing to
 * write its first entry) must not undo a case's save. Such a failure is logged with the jurisdiction's id and repaired
 * by the next run, here or of {@link ChecklistRefresh}; the recomputation starts from the stored findings, so running it
 * again is harmless.
 */
@ApplicationScoped
public class ChecklistFollowsScreening {

    private static final Logger LOG = Logger.getLogger(ChecklistFollowsScreening.class.getName());
    private static final Object PENDING = ChecklistFollowsScreening.class.getName() + ".pending";

    @Resource
    TransactionSynchronizationRegistry registry;

    @Inject
    MonitoringChecklist checklist;

    void on(@Observes CaseScreened screened) {
        if (screened.jurisdictionId() == null) {
            return;
        }
        if (registry.getTransactionKey() == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            follow(Set.of(screened.jurisdictionId()));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) registry.getResource(PENDING);
        if (pending == null) {
            Set<Long> ids = new LinkedHashSet<>();
            registry.putResource(PENDING, ids);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to add to the screening's own transaction
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        follow(ids);
                    }
                }
            });
            pending = ids;
        }
        pending.add(screened.jurisdictionId());
    }

    private void follow(Set<Long> jurisdictionIds) {
        for (long id : jurisdictionIds) {
            try {
                checklist.followCases(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Checklist of jurisdiction " + id + " not brought up to date now (the hourly refresh will): "
                        + e.getClass().getSimpleName());
            }
        }
    }
}
