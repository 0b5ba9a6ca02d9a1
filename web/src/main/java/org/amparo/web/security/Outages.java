package org.amparo.web.security;

import java.sql.SQLException;

/**
 * Tells a database that does not answer from every other failure, so that pages and the API can say "try again in a
 * minute" ({@code 503}) instead of reporting an error: nothing was changed, and the connection pool recovers by itself
 * when the database is back (the datasource validates and replaces broken connections).
 */
public final class Outages {

    /** What the API says while the database is away; pages say it from the bundle ({@code error.unavailable}). */
    public static final String MESSAGE = "The database is not answering. Nothing was changed; try again in a minute.";

    /** How long a client should wait before trying again, in seconds. */
    public static final String RETRY_AFTER = "30";

    private Outages() {
    }

    /** Whether the failure, or one of its causes, is the database (or the sign-in realm reading it) not answering. */
    public static boolean databaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getName();
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || type.equals("org.hibernate.exception.JDBCConnectionException")
                    || type.equals("org.wildfly.security.auth.server.RealmUnavailableException")
                    || type.startsWith("jakarta.resource.") && String.valueOf(t.getMessage()).contains("connection")) {
                return true;
            }
        }
        return false;
    }
}
