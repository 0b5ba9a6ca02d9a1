package org.amparo.workflows;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import org.flowable.common.engine.impl.el.DefaultExpressionManager;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Starts the embedded Flowable engine on the application's datasource, inside the server's JTA transactions, and
 * deploys the case process. Bean-managed so the engine's schema DDL never runs inside a container transaction;
 * started after the application's own schema migration so Flyway always finds the schema it expects.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineBootstrap {

    static final String CASE_PROCESS_RESOURCE = "processes/case.bpmn20.xml";
    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = "java:jboss/datasources/AmparoDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    /** Engine job threads come from the server, so they carry the application's naming and CDI context. */
    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    ManagedThreadFactory threadFactory;

    @Inject
    BeanManager beanManager;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        JtaProcessEngineConfiguration config = new JtaProcessEngineConfiguration() {
            @Override
            public void initExpressionManager() {
                super.initExpressionManager();
                ((DefaultExpressionManager) expressionManager).addPreBeanResolver(new CdiBeanResolver(beanManager));
            }
        };
        config.setDataSource(dataSource);
        config.setTransactionManager(transactionManager);
        config.setTransactionsExternallyManaged(true);
        config.setDatabaseSchemaUpdate("true");
        config.setClassLoader(getClass().getClassLoader());
        config.setDisableIdmEngine(true);
        config.setDisableEventRegistry(true);
        config.setAsyncExecutorActivate(true);
        config.setAsyncExecutorThreadFactory(threadFactory);
        config.setEngineName("amparo");
        config.setCustomMybatisMappers(java.util.Set.of(FlowableCaseProcess.TaskCounts.class));
        engine = config.buildProcessEngine();
        var deployment = engine.getRepositoryService().createDeployment()
                .name("amparo-case-process")
                .addClasspathResource(CASE_PROCESS_RESOURCE)
                .enableDuplicateFiltering()
                .deploy();
        LOG.info(() -> "Workflow engine started; case process deployment " + deployment.getId());
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    public ProcessEngine engine() {
        return engine;
    }
}
