package org.amparo.monitoring.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.amparo.cases.application.CaseScreened;
import org.amparo.hotline.application.ReportVerified;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the monitoring checklist current with the screenings and the hotline reports' verification: when a transaction
 * that stored screening results or a report's verification commits, the checklist of each jurisdiction concerned is
 * recomputed once
 * ({@link MonitoringChecklist#followEvidence}), however many of its cases were screened (a re-screening of every case is
 * one transaction).
 * <p>
 * After the commit, not inside it: a checklist that fails to follow must not undo a case's save. A jurisdiction's
 * recomputations run one at a time on a server, and what is asked while one runs is one more run after it
 * ({@link OneRunAtATime}: the demo's start screened 300 cases in six transactions, and two recomputations of a county at
 * once both wrote its first entries); across servers they take turns on the jurisdiction's locked row. A failure (the
 * database away a moment) is tried once more at once (the recomputation starts from the stored findings, so running it
 * again is harmless); a second failure is logged with the jurisdiction's id and repaired by the next run, here or of
 * {@link ChecklistRefresh}.
 * <p>
 * And off the request's thread, on the server's managed executor: at the commit the request still holds its pooled
 * connection, and a recomputation there took a second one. With as many requests at once as the pool has connections
 * (many people opening cases at the same moment), every connection was held by a request waiting for another, and the
 * pool stood still for its 30-second timeout (found by {@code LoadBench}). The checklist is current a moment after
 * the save instead of at its answer.
 */
@ApplicationScoped
public class ChecklistFollowsEvidence {

    private static final Logger LOG = Logger.getLogger(ChecklistFollowsEvidence.class.getName());
    private static final Object PENDING = ChecklistFollowsEvidence.class.getName() + ".pending";

    @Resource
    TransactionSynchronizationRegistry registry;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    MonitoringChecklist checklist;

    void on(@Observes CaseScreened screened) {
        if (screened.jurisdictionId() != null) {
            followAfterCommit(screened.jurisdictionId());
        }
    }

    void on(@Observes ReportVerified verified) {
        followAfterCommit(verified.jurisdictionId());
    }

    /** Brings the jurisdiction's checklist up to date when the current transaction commits (at once without one). */
    private void followAfterCommit(long jurisdictionId) {
        if (registry.getTransactionKey() == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            followNow(Set.of(jurisdictionId));
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
                        for (long id : ids) {
                            try {
                                runs.request(id);
                            } catch (RuntimeException refused) {
                                // the executor is shutting down or full: the hourly refresh brings the checklist up to date
                                LOG.log(Level.WARNING, "Checklist of jurisdiction " + id + " left to the hourly refresh: "
                                        + refused.getClass().getSimpleName());
                            }
                        }
                    }
                }
            });
            pending = ids;
        }
        pending.add(jurisdictionId);
    }

    /** The recomputations on this server: one at a time per jurisdiction, what is asked meanwhile coalesced. */
    private OneRunAtATime runs;

    @PostConstruct
    void start() {
        runs = new OneRunAtATime(executor, this::follow);
    }

    private void followNow(Set<Long> jurisdictionIds) {
        for (long id : jurisdictionIds) {
            follow(id);
        }
    }

    private void follow(long id) {
        try {
            checklist.followEvidence(id);
        } catch (RuntimeException first) {
            // Once more, from what is stored now, brings it up to date rather than leaving it for an hour.
            try {
                checklist.followEvidence(id);
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Checklist of jurisdiction " + id + " not brought up to date now (the hourly refresh will): "
                        + again.getClass().getSimpleName());
            }
        }
    }
}
