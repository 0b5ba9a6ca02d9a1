package org.amparo.workflows;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.TransactionManager;
import org.amparo.jobs.infrastructure.JobStore;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Starts the embedded Flowable engine on the application's datasource, inside the server's JTA transactions, and
 * deploys the case process. Bean-managed so the engine's schema DDL never runs inside a container transaction;
 * started after the application's own schema migration so Flyway always finds the schema it expects, on the
 * configuration {@link EngineConfiguration} made ready meanwhile.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "EngineConfiguration"})
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineBootstrap {

    static final String CASE_PROCESS_RESOURCE = "processes/case.bpmn20.xml";
    /** The campaign process (one per campaign), deployed on its own so that its versions do not move the case process's. */
    static final String CAMPAIGN_PROCESS_RESOURCE = "processes/campaign.bpmn20.xml";
    /** How long a job or timer stays locked to the node running it (Flowable's default is an hour). */
    static final java.time.Duration JOB_LOCK_TIME = java.time.Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = "java:jboss/datasources/AmparoDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @EJB
    EngineConfiguration configuration;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        JtaProcessEngineConfiguration config = configuration.configuration();
        String owner = configuration.lockOwner();
        engine = config.buildProcessEngine();
        EngineIndexes.ensure(dataSource);
        if (owner != null) {
            releaseLocksOfEarlierRun(owner);
        }
        config.getAsyncExecutor().start();
        var deployment = engine.getRepositoryService().createDeployment()
                .name("amparo-case-process")
                .addClasspathResource(CASE_PROCESS_RESOURCE)
                .enableDuplicateFiltering()
                .deploy();
        var campaignDeployment = engine.getRepositoryService().createDeployment()
                .name("amparo-campaign-process")
                .addClasspathResource(CAMPAIGN_PROCESS_RESOURCE)
                .enableDuplicateFiltering()
                .deploy();
        LOG.info(() -> "Workflow engine started; case process deployment " + deployment.getId() + ", campaign process deployment "
                + campaignDeployment.getId());
    }

    /**
     * The engine's settings besides its datasource and jobs, the same for this server and the tests of the case and
     * campaign processes (so they run the engine as the server does): how it makes ids and writes rows, and the
     * application's own statements.
     */
    static void configure(org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl config) {
        config.setCustomMybatisMappers(java.util.Set.of(FlowableCaseProcess.TaskCounts.class, StaleLocks.class, TaskRows.class));
        // Ids are time-based UUIDs made in memory. Flowable's default takes blocks of numbers from its property table in
        // a transaction of its own, which needs a second connection while the request holds one: with every pooled
        // connection held by requests starting processes at once, none was left to fetch the block, and the pool stood
        // still until its 30 s timeout (found by LoadBench: 41 people opening cases at the same moment).
        config.setIdGenerator(new org.flowable.common.engine.impl.persistence.StrongUuidGenerator());
        // One insert statement per new row, not Flowable's multi-row inserts: MyBatis builds a multi-row insert's text
        // anew for every flush (its dynamic SQL, parsed parameter by parameter), which took half the time of a step
        // (issue 20: the demo data's writing, profiled); a one-row insert is parsed once and then only bound.
        config.setBulkInsertEnabled(false);
        // Those one-row inserts reach the database as one JDBC batch per table at the end of each command: on PostgreSQL
        // a round trip per table written instead of one per row, for the dozens of rows of a step (BatchedInserts).
        BatchedInserts.use(config);
        // No picture of a process drawn at its deployment: the case page draws the diagram from the BPMN itself
        // (CaseProcess#diagram), and the engine's PNG, drawn with Java's AWT at every new deployment, was never read. It took
        // three quarters of a deployment's time at a server's first start (issue 20, profiled).
        config.setCreateDiagramOnDeploy(false);
    }

    /**
     * The engine's lock owner on this node, the same after a restart, so that the locks a killed server left on timers,
     * jobs and process instances are known as its own and released at once instead of holding a hold's expiry alert back
     * until they expire. A single server (the default) is {@code amparo@} and its host's name
     * ({@link JobStore#thisNode()}). Servers sharing the database ({@code amparo.jobs.shared}) must each be named with
     * {@code amparo.jobs.node}: two on one host would otherwise share the host's name and one would release the other's
     * live locks; without it, null: Flowable's new owner each start, and no release.
     */
    static String lockOwner(boolean shared, String explicitNode) {
        boolean named = explicitNode != null && !explicitNode.isBlank();
        if (shared && !named) {
            return null;
        }
        return "amparo@" + (named ? explicitNode.strip() : JobStore.thisNode());
    }

    /**
     * Releases every job, timer and process-instance lock this node's lock owner still holds: this node has just
     * started, so nothing of its own is running; a lock it holds is a crash's leftover. Other nodes' locks are left
     * alone (each node has its own name). One transaction; the figures go to the log, with no personal data.
     */
    private void releaseLocksOfEarlierRun(String owner) {
        try {
            transactionManager.begin();
            int[] released = releaseLocks(engine.getManagementService(), owner);
            transactionManager.commit();
            if (released[0] + released[1] + released[2] > 0) {
                LOG.warning(() -> "Released the locks left by this node's earlier run (" + owner + "): " + released[0] + " jobs, "
                        + released[1] + " timers, " + released[2] + " process instances");
            }
        } catch (Exception e) {
            try {
                transactionManager.rollback();
            } catch (Exception ignored) {
                // nothing begun, or already ended
            }
            throw new IllegalStateException("Could not release the workflow engine's locks left by an earlier run", e);
        }
    }

    /** Releases the owner's job, timer and process-instance locks, in the caller's transaction; how many of each. */
    static int[] releaseLocks(org.flowable.engine.ManagementService management, String owner) {
        return management.executeCustomSql(new org.flowable.engine.impl.cmd.AbstractCustomSqlExecution<StaleLocks, int[]>(StaleLocks.class) {
            @Override
            public int[] execute(StaleLocks mapper) {
                return new int[]{mapper.releaseJobs(owner), mapper.releaseTimers(owner), mapper.releaseProcessInstances(owner)};
            }
        });
    }

    /** The engine's own tables, for the one thing its API cannot do: release a crashed run's locks by owner. */
    public interface StaleLocks {
        @org.apache.ibatis.annotations.Update("update ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null where LOCK_OWNER_ = #{owner}")
        int releaseJobs(@org.apache.ibatis.annotations.Param("owner") String owner);

        @org.apache.ibatis.annotations.Update("update ACT_RU_TIMER_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null where LOCK_OWNER_ = #{owner}")
        int releaseTimers(@org.apache.ibatis.annotations.Param("owner") String owner);

        @org.apache.ibatis.annotations.Update("update ACT_RU_EXECUTION set LOCK_OWNER_ = null, LOCK_TIME_ = null where LOCK_OWNER_ = #{owner}")
        int releaseProcessInstances(@org.apache.ibatis.annotations.Param("owner") String owner);
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    /**
     * The engine, built once at start-up and never replaced: read under the singleton's shared lock, so that concurrent
     * requests do not queue one by one for it (the container's default for a singleton's method is the exclusive lock).
     */
    @jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
    public ProcessEngine engine() {
        return engine;
    }
}
