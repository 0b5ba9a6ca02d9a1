package org.amparo.workflows;

import org.amparo.cases.application.ProcessCallbacks;
import org.amparo.cases.domain.CaseOutcome;
import org.amparo.demo.DemoDataWriter;
import org.amparo.process.CaseStep;
import org.amparo.process.ProcessFacts;
import org.amparo.process.WorkTask;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

/**
 * The component baseline of issue 20's row "writing the demo data on first start" ({@code DemoDataBench} runs it in a
 * JVM of its own, started as the run command starts the server's): the workflow engine alone doing the demo's process
 * work. The same case process, engine settings ({@link ProcessEngineBootstrap#configure}) and indexes
 * ({@link EngineIndexes}), and engine adapter ({@link FlowableCaseProcess}, each case's opening and steps one unit of the
 * engine's work, as the demo writes them), on a fresh database of the same kind, as many cases written as the demo
 * writes them: by as many threads, each case a transaction of its own (on PostgreSQL not waiting for the disk); the steps
 * completed as the demo's writer completes them ({@link DemoDataWriter#completion}). The draws follow the demo's
 * distributions, not its cases one by one (the demo draws a case's names and records first): none to all seven steps of
 * the main path, evenly; an active ICE detainer in about nine cases of twenty (the demo receives an ICE document in six
 * of ten, some of them no longer active); a few holds still running. What it leaves out is the application's own work:
 * the people, arrests, cases and their history rows, the screening (the process's steps get their facts from memory
 * here), the audit, and the server's transactions and connection pool. In the workflow module's package, to wire the
 * process's own steps and listeners as the server's CDI container does. Prints one line: {@code Case process alone: N
 * cases in T ms (the threads' processor time P ms; allocated B MB); K writers, a case a transaction: ... ms}.
 *
 * <p>Its tables end up with the demo's engine rows to within a few percent (300 cases on PostgreSQL, against one start
 * of the demo: 8,983 activity-history rows against 9,061, 4,663 variable-history rows against 4,679, 124 ICE-hold
 * checks against 118, 32 timers against 34).
 */
public final class CaseProcessAlone {

    private CaseProcessAlone() {
    }

    /**
     * {@code args}: the JDBC URL of a new, empty database; its user and password; the number of cases; how many writers
     * (threads, 1 when not given), as the demo's.
     */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        int cases = Integer.parseInt(args[3]);
        int writers = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        // A connection for each thread, committed here once per case as the demo's writers commit theirs: the engine's
        // commands run in the caller's transaction, as in the server.
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(url, args[1], args[2]);
                c.setAutoCommit(false);
                if (org.amparo.platform.Databases.isPostgres(c)) {
                    try (java.sql.Statement set = c.createStatement()) {
                        set.execute("set synchronous_commit = off"); // as the demo's transactions
                    }
                    c.commit();
                }
                return c;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Map<Long, ProcessFacts> facts = new java.util.concurrent.ConcurrentHashMap<>();
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setDataSource(threadsConnection(connections));
        config.setTransactionsExternallyManaged(true);
        config.setDisableIdmEngine(true);
        config.setDisableEventRegistry(true);
        config.setAsyncExecutorActivate(false);
        config.setDatabaseSchemaUpdate("true");
        ProcessEngineBootstrap.configure(config);
        config.setBeans(steps(facts));
        ProcessEngine engine = config.buildProcessEngine();
        EngineIndexes.ensure(config.getDataSource());
        connections.get().commit();
        engine.getRepositoryService().createDeployment().name("amparo-case-process")
                .addClasspathResource(ProcessEngineBootstrap.CASE_PROCESS_RESOURCE).enableDuplicateFiltering().deploy();
        connections.get().commit();
        FlowableCaseProcess workflow = new FlowableCaseProcess() {
            @Override
            protected ProcessEngine engine() {
                return engine;
            }
        };
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        long started = System.nanoTime();
        List<Callable<long[]>> work = new ArrayList<>();
        for (int k = 0; k < writers; k++) {
            int first = k;
            work.add(() -> {
                var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
                long processorStarted = threads.getCurrentThreadCpuTime();
                long allocatedStarted = threads.getCurrentThreadAllocatedBytes();
                long writerStarted = System.nanoTime();
                try {
                    for (int i = first; i < cases; i += writers) {
                        Random random = new Random(1_000_003L * i);
                        long caseId = i + 1L;
                        boolean detainer = random.nextInt(20) < 9;
                        boolean held = detainer && random.nextInt(8) == 0;
                        Instant expiry = held ? now.plus(1 + random.nextInt(47), ChronoUnit.HOURS) : null;
                        ProcessFacts caseFacts = new ProcessFacts(detainer, held, expiry,
                                expiry == null ? null : expiry.minus(ProcessFacts.warningLeadTime()), random.nextInt(5) == 0, true);
                        facts.put(caseId, caseFacts);
                        int steps = random.nextInt(8);
                        workflow.asOneUnit(() -> advance(workflow, caseId, workflow.start(caseId, caseFacts), steps, random));
                        connections.get().commit();
                    }
                } finally {
                    connections.get().close();
                }
                return new long[]{(System.nanoTime() - writerStarted) / 1_000_000,
                        threads.getCurrentThreadCpuTime() - processorStarted, threads.getCurrentThreadAllocatedBytes() - allocatedStarted};
            });
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        List<long[]> done = new ArrayList<>();
        try {
            for (var f : pool.invokeAll(work)) {
                done.add(f.get());
            }
        } finally {
            pool.shutdownNow(); // a failed writer ends the run, not a JVM left waiting on the pool's threads
        }
        long wall = (System.nanoTime() - started) / 1_000_000;
        long processor = done.stream().mapToLong(d -> d[1]).sum() / 1_000_000;
        long allocated = done.stream().mapToLong(d -> d[2]).sum() / (1024 * 1024);
        System.out.println("Case process alone: " + cases + " cases in " + wall + " ms (the threads' processor time " + processor
                + " ms; allocated " + allocated + " MB); " + writers + " writers, a case a transaction: "
                + done.stream().map(d -> d[0] + " ms").collect(java.util.stream.Collectors.joining(", ")));
        engine.close();
        connections.get().close();
    }

    /** Completes the case's first {@code steps} main-path tasks as the demo's writer does ({@link DemoDataWriter#completion}). */
    private static void advance(FlowableCaseProcess workflow, long caseId, String processInstance, int steps, Random random) {
        for (int s = 0; s < steps; s++) {
            WorkTask task = workflow.openTasksOfInstance(caseId, processInstance).stream().filter(t -> t.step().isMainPath())
                    .findFirst().orElse(null);
            if (task == null) {
                return;
            }
            DemoDataWriter.Completion done = DemoDataWriter.completion(task.step(), random);
            workflow.complete(task.id(), done.user(), done.decision());
        }
    }

    /**
     * The process's own steps and listeners, as the server has them, with the application behind them answering from
     * memory: the screening gives the case's drawn facts; entering a step, closing and linking to a campaign do nothing.
     */
    private static Map<Object, Object> steps(Map<Long, ProcessFacts> facts) {
        ProcessCallbacks application = new ProcessCallbacks() {
            @Override
            public ProcessFacts screenAfterIntake(long caseId) {
                return facts.get(caseId);
            }

            @Override
            public ProcessFacts screen(long caseId) {
                return facts.get(caseId);
            }

            @Override
            public ProcessFacts holdExpired(long caseId) {
                return facts.get(caseId);
            }

            @Override
            public ProcessFacts factsOf(long caseId) {
                return facts.get(caseId);
            }

            @Override
            public void linkToCampaign(long caseId) {
                // the application's work
            }

            @Override
            public void enteredStep(long caseId, CaseStep step) {
                // the application's work
            }

            @Override
            public void closed(long caseId, CaseOutcome outcome) {
                // the application's work
            }
        };
        CaseStepListener entered = new CaseStepListener();
        entered.progress = application;
        ScreeningStep screening = new ScreeningStep();
        screening.steps = application;
        HoldExpiryStep expiry = new HoldExpiryStep();
        expiry.steps = application;
        CampaignLinkStep link = new CampaignLinkStep();
        link.steps = application;
        CaseClosedListener closed = new CaseClosedListener();
        closed.progress = application;
        return Map.of("caseStepListener", entered, "screeningStep", screening, "holdExpiryStep", expiry,
                "campaignLinkStep", link, "caseClosedListener", closed);
    }

    /** A data source that hands out the calling thread's connection, whose closing by the engine leaves it open. */
    private static DataSource threadsConnection(ThreadLocal<Connection> connections) {
        Connection kept = (Connection) Proxy.newProxyInstance(CaseProcessAlone.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "close" -> null;
                    case "isClosed" -> false;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> {
                        try {
                            yield method.invoke(connections.get(), arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
        return (DataSource) Proxy.newProxyInstance(CaseProcessAlone.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getConnection" -> kept;
                    case "getLogWriter" -> (PrintWriter) null;
                    case "getParentLogger" -> Logger.getGlobal();
                    case "isWrapperFor" -> false;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    case "toString" -> "each thread's connection";
                    default -> throw new SQLException("not supported here: " + method.getName());
                });
    }
}
