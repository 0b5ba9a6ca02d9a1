package org.amparo.workflows;

import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** The engine of these tests, set as the server sets it ({@link ProcessEngineBootstrap#configure}). */
final class TestEngines {

    private TestEngines() {
    }

    /**
     * The server's settings, without what these tests do not run (users, the event registry, the job executor), its
     * tables made on the new database.
     */
    static <C extends ProcessEngineConfigurationImpl> C asTheServerSetsIt(C config) {
        config.setDisableIdmEngine(true);
        config.setDisableEventRegistry(true);
        config.setAsyncExecutorActivate(false);
        config.setDatabaseSchemaUpdate("true");
        ProcessEngineBootstrap.configure(config);
        return config;
    }
}
