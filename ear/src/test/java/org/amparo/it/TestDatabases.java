package org.amparo.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Other PostgreSQL databases beside the tests' own, on the same PostgreSQL (the PostgreSQL pass): for suites that start
 * servers of their own and must neither see nor disturb what the build's server holds.
 */
final class TestDatabases {

    private TestDatabases() {
    }

    /** The JDBC URL of the database {@code name}, on the PostgreSQL the tests' database is on. */
    static String url(String name) {
        String tests = System.getProperty("amparo.it.dbUrl");
        return tests == null ? null : tests.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    /** Drops the database {@code name} if a run left it, and makes it afresh, empty. */
    static void fresh(String name) throws Exception {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException(name);
        }
        try (Connection admin = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
             Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
    }
}
