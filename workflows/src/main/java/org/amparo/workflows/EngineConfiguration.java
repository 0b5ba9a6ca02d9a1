package org.amparo.workflows;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import org.flowable.common.engine.impl.javax.el.ELResolver;
import org.flowable.common.engine.impl.persistence.deploy.DefaultDeploymentCache;
import org.flowable.engine.impl.el.ProcessExpressionManager;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;

import javax.sql.DataSource;
import java.util.List;
import java.util.logging.Logger;

/**
 * The workflow engine's configuration, made ready at start-up while the application's schema is still being migrated.
 * Making it ready (Flowable's {@code init()}: reading the engine's SQL mappings, setting up its services, caches and
 * parsers) takes seconds of processor time at every start and reads no table, so it does not wait for the
 * migration; {@link ProcessEngineBootstrap} builds the engine on it (its tables, the deployments) once the migration is
 * done. Before, the engine's whole start followed the migration, and the first users of the engine (the demo data's
 * first cases, issue 20) waited for it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class EngineConfiguration {

    private static final Logger LOG = Logger.getLogger(EngineConfiguration.class.getName());

    @Resource(lookup = "java:jboss/datasources/AmparoDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    /** Engine job threads come from the server, so they carry the application's naming and CDI context. */
    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    ManagedThreadFactory threadFactory;

    @Inject
    BeanManager beanManager;

    private Prepared configuration;
    private String lockOwner;

    @PostConstruct
    void prepare() {
        Prepared config = new Prepared(beanManager);
        config.setDataSource(dataSource);
        config.setTransactionManager(transactionManager);
        config.setTransactionsExternallyManaged(true);
        config.setDatabaseSchemaUpdate("true");
        config.setClassLoader(getClass().getClassLoader());
        config.setDisableIdmEngine(true);
        config.setDisableEventRegistry(true);
        // The job executor starts once this node's locks from before a crash are released (ProcessEngineBootstrap).
        config.setAsyncExecutorActivate(false);
        config.setAsyncExecutorThreadFactory(threadFactory);
        String owner = ProcessEngineBootstrap.lockOwner(Boolean.getBoolean("amparo.jobs.shared"), System.getProperty("amparo.jobs.node"));
        if (owner != null) {
            config.setAsyncExecutorLockOwner(owner);
        } else {
            LOG.warning("Servers share the database (amparo.jobs.shared) but this one has no amparo.jobs.node: the workflow "
                    + "engine's locks get a new owner each start, and locks left by a crash wait until they expire (two minutes)");
        }
        // A lock outlives its holder's crash only by this long (another server, or the node back under another name, then
        // takes the job; the engine looks for expired locks every minute); no job of the case process runs for more than
        // seconds.
        config.setAsyncExecutorAsyncJobLockTimeInMillis((int) ProcessEngineBootstrap.JOB_LOCK_TIME.toMillis());
        config.setAsyncExecutorTimerLockTimeInMillis((int) ProcessEngineBootstrap.JOB_LOCK_TIME.toMillis());
        ProcessEngineBootstrap.configure(config);
        config.setEngineName("amparo");
        long started = System.nanoTime();
        config.init();
        LOG.info(() -> "Workflow engine's configuration ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        this.lockOwner = owner;
        this.configuration = config;
    }

    /** The configuration, ready: {@code buildProcessEngine()} on it makes the engine's tables and the engine. */
    @Lock(LockType.READ)
    public JtaProcessEngineConfiguration configuration() {
        return configuration;
    }

    /** This node's lock owner for the engine's jobs ({@link ProcessEngineBootstrap#lockOwner}), or null: Flowable's own. */
    @Lock(LockType.READ)
    public String lockOwner() {
        return lockOwner;
    }

    /**
     * Flowable's JTA configuration, made ready once: {@code buildProcessEngine()} calls {@code init()} again, which here
     * does nothing the second time. BPMN expressions resolve this module's steps and listeners first
     * ({@link CdiBeanResolver#ownSteps}), then process variables and the configuration's own beans, then any other
     * {@code @Named} CDI bean ({@link CdiBeanResolver}). Its expression manager is Flowable's own, made as Flowable makes
     * it (the expression cache), with the steps' resolver put in front.
     */
    static final class Prepared extends JtaProcessEngineConfiguration {

        private final BeanManager beanManager;
        private boolean initialised;

        Prepared(BeanManager beanManager) {
            this.beanManager = beanManager;
        }

        @Override
        public void init() {
            if (!initialised) {
                super.init();
                initialised = true;
            }
        }

        @Override
        public void initExpressionManager() {
            if (expressionManager == null) {
                CdiBeanResolver steps = CdiBeanResolver.ownSteps(beanManager);
                ProcessExpressionManager manager = new ProcessExpressionManager(delegateInterceptor, beans) {
                    @Override
                    protected List<ELResolver> createDefaultElResolvers() {
                        List<ELResolver> resolvers = super.createDefaultElResolvers();
                        resolvers.add(0, steps);
                        return resolvers;
                    }
                };
                if (isExpressionCacheEnabled) {
                    manager.setExpressionCache(new DefaultDeploymentCache<>(expressionCacheSize));
                    manager.setExpressionTextLengthCacheLimit(expressionTextLengthCacheLimit);
                }
                // What Flowable's own initExpressionManager() adds to the manager it makes, which it skips for one made here.
                if (preDefaultELResolvers != null) {
                    preDefaultELResolvers.forEach(manager::addPreDefaultResolver);
                }
                if (preBeanELResolvers != null) {
                    preBeanELResolvers.forEach(manager::addPreBeanResolver);
                }
                manager.addPreBeanResolver(new CdiBeanResolver(beanManager));
                if (postDefaultELResolvers != null) {
                    postDefaultELResolvers.forEach(manager::addPostDefaultResolver);
                }
                if (expressionManagerConfigurers != null) {
                    expressionManagerConfigurers.forEach(configurer -> configurer.accept(manager));
                }
                expressionManager = manager;
            }
            super.initExpressionManager();
        }
    }
}
