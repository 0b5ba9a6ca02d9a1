package org.amparo.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.amparo.platform.Installation;
import org.amparo.security.application.UserAccounts;
import org.amparo.security.domain.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * Prepares a new installation at start-up. With {@code amparo.demo=true} (the README's run command and the tests)
 * an empty database gets one demo account per role and a few hundred synthetic cases. Without it, and only while no
 * account exists, the first administrator is created from {@code AMPARO_ADMIN_PASSWORD}; nothing else is invented.
 * It runs as {@link Roles#SYSTEM}, the only role that may create accounts without a signed-in administrator.
 */
@Singleton
@RunAs(Roles.SYSTEM)
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoSetup {

    /** The password of every demo account. Demo installations only; the README says so. */
    public static final String DEMO_PASSWORD = "amparo-demo";
    private static final Logger LOG = Logger.getLogger(DemoSetup.class.getName());

    @Inject
    UserAccounts accounts;

    @Inject
    DemoDataWriter writer;

    @Inject
    DemoCaseWriter caseWriter;

    @PostConstruct
    void prepare() {
        if (DemoDataWriter.demoEnabled()) {
            if (accounts.noneExist()) {
                long started = System.nanoTime();
                for (String role : Roles.ALL) {
                    accounts.createDemoAccount(role, "Demo " + role, DEMO_PASSWORD.toCharArray(), Set.of(role));
                }
                LOG.info("Demo accounts created (one per role, see README) in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
            if (writer.noCasesYet()) {
                writeDemoData();
            }
        } else if (accounts.noneExist()) {
            String password = System.getenv("AMPARO_ADMIN_PASSWORD");
            if (password != null && !password.isBlank()) {
                try {
                    accounts.createFirstAdministrator(password.toCharArray());
                    LOG.info("First administrator account 'admin' created from AMPARO_ADMIN_PASSWORD; it must choose a new password at the first sign-in");
                } catch (org.amparo.shared.domain.InvalidInputException e) {
                    LOG.warning("AMPARO_ADMIN_PASSWORD does not meet the password policy (at least "
                            + org.amparo.security.domain.PasswordPolicy.MIN_LENGTH
                            + " characters, not a commonly used password): no account created; set another and restart");
                }
            } else {
                LOG.warning("No user accounts exist: set AMPARO_ADMIN_PASSWORD and restart to create the first administrator");
            }
        }
    }

    /**
     * The demo's reference data, its cases (by {@link Installation#demoWriters()} writers at once, each on a thread of
     * its own) and its stories, with the figures of how long it took and what it cost in the log.
     */
    private void writeDemoData() {
        long started = System.nanoTime();
        long wholeStarted = ThreadFigures.processProcessorTime();
        int demoCases = Installation.demoCases();
        // A demo made without cases (amparo.demo.cases=0) has none at its next start either: its reference data is
        // written once all the same.
        if (writer.noDemoReferenceDataYet()) {
            writer.writeReferenceData();
        }
        long reference = System.nanoTime();
        DemoDataWriter.Setting setting = writer.setting();
        int writers = Math.max(1, Math.min(Installation.demoWriters(), demoCases));
        List<Future<DemoCaseWriter.Written>> running = new ArrayList<>();
        for (int k = 0; k < writers; k++) {
            running.add(caseWriter.write(k, writers, demoCases, setting));
        }
        List<DemoCaseWriter.Written> written = new ArrayList<>();
        RuntimeException failed = null;
        boolean interrupted = false;
        for (Future<DemoCaseWriter.Written> w : running) {
            // Every writer is waited for, so that none is still writing when a failure ends the start; after the first
            // failure the others are asked to stop at their next case.
            while (true) {
                try {
                    written.add(w.get());
                    break;
                } catch (ExecutionException e) {
                    if (failed == null) {
                        failed = new IllegalStateException("A demo case writer failed", e.getCause());
                        running.forEach(other -> other.cancel(true));
                    }
                    break;
                } catch (java.util.concurrent.CancellationException e) {
                    break; // stopped before it began, after another's failure
                } catch (InterruptedException e) {
                    interrupted = true; // kept for after the wait: the writers are still writing
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failed != null) {
            throw failed;
        }
        long casesDone = System.nanoTime();
        writer.writeStories();
        LOG.info("Demo data's parts: reference data " + (reference - started) / 1_000_000 + " ms, " + writers
                + (writers == 1 ? " case writer " : " case writers ") + written.stream().map(w -> w.cases() + " cases in " + w.millis() + " ms")
                .collect(java.util.stream.Collectors.joining(", ")) + ", stories " + (System.nanoTime() - casesDone) / 1_000_000 + " ms");
        long processor = written.stream().anyMatch(w -> w.processorNanos() < 0) ? -1
                : written.stream().mapToLong(DemoCaseWriter.Written::processorNanos).sum() / 1_000_000;
        long allocated = written.stream().anyMatch(w -> w.allocatedBytes() < 0) ? -1
                : written.stream().mapToLong(DemoCaseWriter.Written::allocatedBytes).sum() / (1024 * 1024);
        long whole = wholeStarted < 0 ? -1 : (ThreadFigures.processProcessorTime() - wholeStarted) / 1_000_000;
        LOG.info(() -> "Demo data: " + demoCases + " synthetic cases in " + (System.nanoTime() - started) / 1_000_000
                + " ms (the writing threads' processor time " + (processor < 0 ? "unknown" : processor + " ms")
                + ", the whole server's " + (whole < 0 ? "unknown" : whole + " ms") + "; the writing threads allocated "
                + (allocated < 0 ? "unknown" : allocated + " MB") + "; " + writers + (writers == 1 ? " writing thread)" : " writing threads)"));
    }
}
