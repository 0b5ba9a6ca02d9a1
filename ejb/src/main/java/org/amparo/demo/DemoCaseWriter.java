package org.amparo.demo;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.amparo.security.domain.Roles;

import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * One of the demo's case writers, each on a thread of its own (the server's asynchronous calls, as the caller, which is
 * the start-up set-up as {@link Roles#SYSTEM}): writer {@code k} of {@code n} writes the cases numbered k, k + n,
 * k + 2n, ..., each case in a transaction of its own. One case a transaction, because a case can lock a row that other
 * cases share (its jurisdiction's, when an escalation starts the jurisdiction's campaign): a writer holding one such
 * lock while it waits for another writer's would deadlock, and a case takes at most one. A writer stops at its next
 * case once the set-up cancels it (another writer failed).
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCaseWriter {

    /** What one writer did: how many cases, in how long, with its thread's processor time and allocation (-1: unknown). */
    public record Written(int cases, long millis, long processorNanos, long allocatedBytes) {
    }

    private static final Logger LOG = Logger.getLogger(DemoCaseWriter.class.getName());

    @Inject
    DemoDataWriter writer;

    @Resource
    SessionContext session;

    @Asynchronous
    public Future<Written> write(int writerIndex, int writers, int cases, DemoDataWriter.Setting setting) {
        long started = System.nanoTime();
        long processor = ThreadFigures.processorTime();
        long allocated = ThreadFigures.allocatedBytes();
        int written = 0;
        for (int i = writerIndex; i < cases && !session.wasCancelCalled(); i += writers) {
            try {
                writer.writeCase(i, setting);
            } catch (EJBException e) {
                // The case's transaction was rolled back whole (say, its wait for another writer's lock on a shared row
                // timed out), and a case is drawn from its number alone: written again, it is the same case. Once.
                LOG.warning("Demo case " + i + " was not written (" + e.getClass().getSimpleName() + "); writing it once more");
                writer.writeCase(i, setting);
            }
            written++;
        }
        long processorEnded = ThreadFigures.processorTime();
        long allocatedEnded = ThreadFigures.allocatedBytes();
        return new AsyncResult<>(new Written(written, (System.nanoTime() - started) / 1_000_000,
                processor < 0 || processorEnded < 0 ? -1 : processorEnded - processor,
                allocated < 0 || allocatedEnded < 0 ? -1 : allocatedEnded - allocated));
    }
}
