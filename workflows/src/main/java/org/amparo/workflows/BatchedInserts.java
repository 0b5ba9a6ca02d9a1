package org.amparo.workflows;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.defaults.DefaultSqlSession;
import org.apache.ibatis.transaction.Transaction;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.db.DbSqlSession;
import org.flowable.common.engine.impl.db.DbSqlSessionFactory;
import org.flowable.common.engine.impl.persistence.cache.EntityCache;
import org.flowable.common.engine.impl.persistence.entity.Entity;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The engine's new rows written as JDBC batches: at the end of a command, each table's new rows go to the database
 * as one batch of one-row inserts (in Flowable's order of tables), instead of one statement and one round trip each.
 * A step of the case process writes dozens of rows (its activities, the sequence flows between them, variables,
 * history, identity links): on PostgreSQL each was a round trip of its own (issue 20: the demo data's statements,
 * counted in the database's log).
 * <p>
 * Only inserts are batched. Updates and deletes stay one statement each, because the engine reads each one's count of
 * rows to detect another transaction's change of the same row (its optimistic locking), and a batch does not give
 * those counts on every driver. The batch runs on the command's own connection, in its transaction: it neither
 * commits nor closes it.
 */
final class BatchedInserts extends DbSqlSessionFactory {

    BatchedInserts(boolean usePrefixId) {
        super(usePrefixId);
    }

    /** Puts the batching session factory in the engine's configuration, before its {@code init()}. */
    static void use(ProcessEngineConfigurationImpl config) {
        config.setDbSqlSessionFactory(new BatchedInserts(config.isUsePrefixId()));
    }

    @Override
    protected DbSqlSession createDbSqlSession() {
        return new Session(this, Context.getCommandContext().getSession(EntityCache.class));
    }

    /** Flowable's session but for the inserts at a flush, which go through a batching session on the same connection. */
    static final class Session extends DbSqlSession {

        private SqlSession batch;

        Session(DbSqlSessionFactory factory, EntityCache entityCache) {
            super(factory, entityCache);
        }

        @Override
        protected void flushInserts() {
            if (insertedObjects.isEmpty()) {
                return;
            }
            batch = batchOn(sqlSession.getConnection());
            try {
                super.flushInserts();
                batch.flushStatements();
            } catch (RuntimeException e) {
                // The statements not yet run are dropped, not run; the command's transaction is rolled back by its owner.
                batch.rollback(true);
                throw e;
            } finally {
                batch = null;
            }
        }

        /** What Flowable's own does, with the batching session. */
        @Override
        protected void flushRegularInsert(Entity entity, Class<? extends Entity> clazz) {
            String statement = dbSqlSessionFactory.mapStatement(dbSqlSessionFactory.getInsertStatement(entity));
            if (statement == null) {
                throw new FlowableException("no insert statement for " + entity.getClass() + " in the ibatis mapping files");
            }
            batch.insert(statement, entity);
            if (entity instanceof org.flowable.common.engine.impl.db.HasRevision) {
                incrementRevision(entity);
            }
        }

        private SqlSession batchOn(Connection connection) {
            org.apache.ibatis.session.Configuration configuration = sqlSession.getConfiguration();
            Executor executor = configuration.newExecutor(new Borrowed(connection), ExecutorType.BATCH);
            return new DefaultSqlSession(configuration, executor, false);
        }
    }

    /** The command's connection, lent to the batch: its transaction belongs to the command, and so does closing it. */
    private record Borrowed(Connection connection) implements Transaction {

        @Override
        public Connection getConnection() {
            return connection;
        }

        @Override
        public void commit() {
        }

        @Override
        public void rollback() {
        }

        @Override
        public void close() {
        }

        @Override
        public Integer getTimeout() throws SQLException {
            return null;
        }
    }
}
