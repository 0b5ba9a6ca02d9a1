package org.amparo.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.amparo.security.application.UserAccounts;
import org.amparo.security.domain.Roles;

import java.util.Set;
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
    static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(DemoSetup.class.getName());

    @Inject
    UserAccounts accounts;

    @Inject
    DemoDataWriter writer;

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
                long started = System.nanoTime();
                long processorStarted = threadProcessorTime();
                long allocatedStarted = threadAllocatedBytes();
                long wholeStarted = processProcessorTime();
                int demoCases = org.amparo.platform.Installation.demoCases();
                // A demo made without cases (amparo.demo.cases=0) has none at its next start either: its reference data is
                // written once all the same.
                if (writer.noDemoReferenceDataYet()) {
                    writer.writeReferenceData();
                }
                long reference = System.nanoTime();
                StringBuilder batches = new StringBuilder();
                for (int from = 0; from < demoCases; from += BATCH) {
                    long b = System.nanoTime();
                    writer.writeCases(from, Math.min(BATCH, demoCases - from));
                    batches.append((System.nanoTime() - b) / 1_000_000).append(' ');
                }
                long casesDone = System.nanoTime();
                writer.writeStories();
                LOG.info("Demo data's parts: reference data " + (reference - started) / 1_000_000 + " ms, batches of " + BATCH
                        + " cases " + batches + "ms, stories " + (System.nanoTime() - casesDone) / 1_000_000 + " ms");
                long processor = (threadProcessorTime() - processorStarted) / 1_000_000;
                long whole = (processProcessorTime() - wholeStarted) / 1_000_000;
                long allocatedEnded = threadAllocatedBytes();
                long allocated = (allocatedEnded - allocatedStarted) / (1024 * 1024);
                LOG.info(() -> "Demo data: " + demoCases + " synthetic cases in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms (the writing thread's processor time "
                        + (processorStarted < 0 ? "unknown" : processor + " ms") + ", the whole server's "
                        + (wholeStarted < 0 ? "unknown" : whole + " ms") + "; the writing thread allocated "
                        + (allocatedStarted < 0 || allocatedEnded < 0 ? "unknown" : allocated + " MB") + ")");
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
     * The whole server's processor time in nanoseconds (every thread of the JVM, the JIT's compilers and the garbage
     * collector among them), or -1 where it is not measured: beside the writing thread's, what the writer shared the
     * processors with.
     */
    private static long processProcessorTime() {
        return platformFigure(java.lang.management.ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, "ProcessCpuTime");
    }

    /**
     * The bytes this thread has allocated, or -1 where the JVM does not count them: a measure of the writing thread's work
     * that the machine's load hardly moves (README, Benchmarks, session 42).
     */
    private static long threadAllocatedBytes() {
        return platformFigure(java.lang.management.ManagementFactory.THREAD_MXBEAN_NAME, "CurrentThreadAllocatedBytes");
    }

    /**
     * A figure of the JVM's own management beans, read by name (both figures are extensions of the JDK's, outside
     * Java's standard API), or -1 where this JVM does not give it.
     */
    private static long platformFigure(String bean, String attribute) {
        try {
            return (Long) java.lang.management.ManagementFactory.getPlatformMBeanServer().getAttribute(
                    new javax.management.ObjectName(bean), attribute);
        } catch (Exception | LinkageError e) {
            return -1;
        }
    }

    /**
     * This thread's processor time in nanoseconds, or -1 where the JVM does not measure it: beside the wall-clock time of
     * the demo data, the work it took, which other programs on the machine lengthen less than the wall clock, though not
     * by nothing (the same work took 3.8-6.2 s of it in one session).
     */
    private static long threadProcessorTime() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }
}
