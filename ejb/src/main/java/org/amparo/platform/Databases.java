package org.amparo.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which database an installation runs on, as its JDBC driver names itself. Amparo runs on PostgreSQL or on the embedded
 * H2; the few places whose SQL or settings differ between them ask here, on a connection they already hold.
 */
public final class Databases {

    private Databases() {
    }

    /** Whether {@code connection} is to PostgreSQL (otherwise it is H2). */
    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
