package org.amparo.workflows;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.executor.BatchExecutor;
import org.apache.ibatis.executor.BatchExecutorException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.defaults.DefaultSqlSession;
import org.apache.ibatis.transaction.Transaction;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.db.DbSqlSession;
import org.flowable.common.engine.impl.db.DbSqlSessionFactory;
import org.flowable.common.engine.impl.db.HasRevision;
import org.flowable.common.engine.impl.persistence.cache.EntityCache;
import org.flowable.common.engine.impl.persistence.entity.Entity;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The engine's new rows written as JDBC batches: at the end of a command, each table's new rows go to the database
 * as one batch of one-row inserts (in Flowable's order of tables), instead of one statement each. A step of the case
 * process writes dozens of rows (its activities, the sequence flows between them, variables, history, identity links):
 * on PostgreSQL each was a round trip of its own, now each table's rows are one (issue 20: the demo data's statements,
 * counted in the database's log).
 * <p>
 * Only inserts are batched. Updates and deletes stay one statement each, because the engine reads each one's count of
 * rows to detect another transaction's change of the same row (its optimistic locking), and a batch does not give
 * those counts on every driver. The batch runs on the command's own connection, in its transaction, which it neither
 * commits nor closes. When a batch fails, the rows not yet written are dropped from their statements before those go
 * back to the server's statement cache (or they would be written with the next insert on that connection), and the
 * failure reaches the engine as before: a MyBatis {@link PersistenceException} caused by the database's own error.
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
            Lent connection = new Lent(sqlSession.getConnection());
            batch = batchOn(connection);
            boolean written = false;
            try {
                super.flushInserts();
                batch.flushStatements();
                written = true;
            } catch (PersistenceException e) {
                throw withDatabaseCause(e);
            } finally {
                if (!written) {
                    // Statements not run yet are closed without running them; the command's owner rolls back the rest.
                    batch.rollback(true);
                }
                connection.closeAll();
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
            if (entity instanceof HasRevision) {
                incrementRevision(entity);
            }
        }

        /** Multi-row inserts are off ({@code setBulkInsertEnabled(false)}); one would overtake the rows batched before it. */
        @Override
        protected void flushBulkInsert(Collection<Entity> entities, Class<? extends Entity> clazz) {
            throw new IllegalStateException("The engine's multi-row inserts are off where its inserts are batched");
        }

        /*
         * Flowable's session commits and rolls back only where it wrote itself (MyBatis's "dirty" session), and its
         * inserts now go through the batch: the engine's own transactions (its tests; on the server the JTA transaction
         * decides, and these do nothing) are committed and rolled back whatever was written.
         */
        @Override
        public void commit() {
            sqlSession.commit(true);
        }

        @Override
        public void rollback() {
            sqlSession.rollback(true);
        }

        /** The engine's mappings define no cache and it adds no MyBatis plugin: the bare batch executor is all there is. */
        private SqlSession batchOn(Lent connection) {
            org.apache.ibatis.session.Configuration configuration = sqlSession.getConfiguration();
            return new DefaultSqlSession(configuration, new Clearing(configuration, connection), false);
        }

        /**
         * The batch's failure as the engine met a failed insert before: a persistence exception caused by the
         * database's error for the row that failed (a JDBC batch wraps it in a {@link BatchUpdateException}, as its
         * cause on PostgreSQL and as its next exception on H2), its SQL state the same either way. The message names
         * the statement and gives the database's own message, as before; not the batch's, which on PostgreSQL lists
         * every value of the row (the names and notes of the people in the case) and would reach the server's log.
         */
        private static PersistenceException withDatabaseCause(PersistenceException e) {
            String statement = null;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BatchExecutorException b) {
                    statement = b.getFailingStatementId();
                }
                if (t instanceof BatchUpdateException b) {
                    SQLException first = b.getCause() instanceof SQLException c ? c : b.getNextException();
                    if (first == null) {
                        first = new SQLException("(the driver gave no error of the row)", b.getSQLState(), b.getErrorCode());
                    }
                    return new PersistenceException("The workflow engine's insert " + statement + " failed: " + first.getMessage(), first);
                }
            }
            return e;
        }
    }

    /**
     * MyBatis's batch executor, but a statement's rows not yet written are dropped before the statement is closed: a
     * statement "closed" goes back to the server's statement cache as it is, batch and all. After a batch ran, its
     * statement has nothing left to drop.
     */
    private static final class Clearing extends BatchExecutor {

        Clearing(org.apache.ibatis.session.Configuration configuration, Transaction transaction) {
            super(configuration, transaction);
        }

        @Override
        protected void closeStatement(Statement statement) {
            Lent.clear(statement);
            super.closeStatement(statement);
        }
    }

    /**
     * The command's connection, lent to the batch: its transaction belongs to the command, and so does closing it. It
     * keeps the statements the batch prepares, to close (cleared) any that MyBatis could not: one whose first row
     * failed to bind is not in MyBatis's list yet.
     */
    private static final class Lent implements Transaction {

        private final Connection lent;
        private final List<Statement> prepared = new ArrayList<>();

        Lent(Connection connection) {
            this.lent = (Connection) Proxy.newProxyInstance(Lent.class.getClassLoader(), new Class<?>[]{Connection.class},
                    (proxy, method, args) -> {
                        Object result;
                        try {
                            result = method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (result instanceof Statement statement) {
                            prepared.add(statement);
                        }
                        return result;
                    });
        }

        static void clear(Statement statement) {
            try {
                if (statement != null && !statement.isClosed()) {
                    statement.clearBatch();
                }
            } catch (SQLException | RuntimeException ignored) {
                // The connection itself failed: closing the statement is all that is left, and the command fails anyway.
            }
        }

        /** Closes, cleared, every statement the batch prepared that is still open. */
        void closeAll() {
            for (Statement statement : prepared) {
                clear(statement);
                try {
                    statement.close();
                } catch (SQLException | RuntimeException ignored) {
                    // As above.
                }
            }
        }

        @Override
        public Connection getConnection() {
            return lent;
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
        public Integer getTimeout() {
            return null;
        }
    }
}
