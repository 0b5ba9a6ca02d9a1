package org.amparo.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.amparo.security.domain.Roles;

import java.util.List;
import java.util.concurrent.Future;

/**
 * One of the demo's case writers, each on a thread of its own (the server's asynchronous calls, as the caller, which is
 * the start-up set-up as {@link Roles#SYSTEM}): writer {@code k} of {@code n} writes the cases numbered k, k + n,
 * k + 2n, ..., each case in a transaction of its own. One case a transaction, because a case can lock a row that other
 * cases share (its jurisdiction's, when an escalation starts the jurisdiction's campaign): a writer holding one such
 * lock while it waits for another writer's would deadlock, and a case takes at most one.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCaseWriter {

    /** What one writer did: how many cases, in how long, with its thread's processor time and allocation (-1: unknown). */
    public record Written(int cases, long millis, long processorNanos, long allocatedBytes) {
    }

    @Inject
    DemoDataWriter writer;

    @Asynchronous
    public Future<Written> write(int writerIndex, int writers, int cases, DemoDataWriter.Setting setting) {
        long started = System.nanoTime();
        long processor = ThreadFigures.processorTime();
        long allocated = ThreadFigures.allocatedBytes();
        int written = 0;
        for (int i = writerIndex; i < cases; i += writers) {
            writer.writeCases(List.of(i), setting);
            written++;
        }
        long processorEnded = ThreadFigures.processorTime();
        long allocatedEnded = ThreadFigures.allocatedBytes();
        return new AsyncResult<>(new Written(written, (System.nanoTime() - started) / 1_000_000,
                processor < 0 || processorEnded < 0 ? -1 : processorEnded - processor,
                allocated < 0 || allocatedEnded < 0 ? -1 : allocatedEnded - allocated));
    }
}
