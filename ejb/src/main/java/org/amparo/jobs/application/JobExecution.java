package org.amparo.jobs.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.amparo.jobs.infrastructure.JobStore;

import java.time.Clock;
import java.util.concurrent.Callable;

/**
 * Runs one job on an executor thread. It is an EJB call, so the security identity the executor carried over from
 * the request that started the job (WildFly's default context service propagates it, as it did for the
 * {@code @Asynchronous} calls this replaces) is checked and used by every service the work calls, and Weld gives the
 * call a request context of its own (the import sets its messages' language in it). Bean-managed, because the work
 * needs one transaction of hours, not the container's default of minutes.
 */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class JobExecution {

    /** The longest a job's transaction may run: a million-row export or a 250,000-row import, with room to spare. */
    public static final int TRANSACTION_SECONDS = 3 * 3600;

    static final String NOT_AS_OWNER = "The job could not run as the person who started it; nothing was done.";

    @EJB
    JobStore store;

    @Resource
    SessionContext session;

    @Resource
    UserTransaction transaction;

    public void execute(String id, JobWork work, JobFailures failures) {
        String caller = session.getCallerPrincipal().getName();
        boolean asOwner = store.find(id).map(j -> j.ownedBy(caller)).orElse(false);
        if (!asOwner) {
            // Never run someone's job as anyone else (say, anonymous if the identity did not travel): fail it loudly.
            store.fail(id, NOT_AS_OWNER);
            work.afterFailure(id);
            return;
        }
        new JobRun(store, this::inLongTransaction, Clock.systemUTC()).run(id, work, failures);
    }

    private <T> T inLongTransaction(Callable<T> work) throws Exception {
        transaction.setTransactionTimeout(TRANSACTION_SECONDS);
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception | Error e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        } finally {
            transaction.setTransactionTimeout(0); // the pooled thread's next transaction gets the default again
        }
    }
}
