package org.amparo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database must outlive a thread interrupted while it reads. The transaction manager interrupts a thread
 * whose transaction ran past its timeout; when that thread was reading H2's file, Java closed the file under H2, and H2
 * closed the database for every user until the server was restarted (seen in a benchmark at a million cases: every
 * request then failed with "The database has been closed"). H2's {@code retry:} file system opens the file again and
 * repeats the read. The URLs checked are the ones shipped: the server's default (datasource-h2.cli) and the run
 * command's (pom.xml).
 */
class EmbeddedDatabaseInterruptTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void theServersDefaultDatabaseAnswersAfterAReaderIsInterrupted() throws Exception {
        String cli = Files.readString(Path.of("../config/src/main/cli/datasource-h2.cli"));
        String url = shipped(cli, "env\\.AMPARO_DB_URL:(jdbc:h2:.*?)\\}\"").replace("${jboss.server.data.dir}", dir.toString());
        assertSurvivesAnInterruptedRead(url);
    }

    @Test
    void theRunCommandsDatabaseAnswersAfterAReaderIsInterrupted() throws Exception {
        String pom = Files.readString(Path.of("../pom.xml"));
        String url = shipped(pom, "<amparo\\.db\\.url>(.*?)</amparo\\.db\\.url>").replace("${amparo.data}", dir.toString());
        assertSurvivesAnInterruptedRead(url);
    }

    /** Why: with H2's plain file system the same read closes the database for good. */
    @Test
    void withThePlainFileSystemAnInterruptedReadClosesTheDatabase() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("plain");
        fill(url);
        try (Connection c = DriverManager.getConnection(url + ";CACHE_SIZE=1024", "sa", "sa")) {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> sum(c)).isInstanceOf(SQLException.class);
            Thread.interrupted();
            assertThatThrownBy(() -> sum(c)).as("closed for the next statement too").isInstanceOf(SQLException.class);
        }
    }

    private static String shipped(String file, String regex) {
        Matcher m = Pattern.compile(regex).matcher(file);
        assertThat(m.find()).as("the shipped URL in " + regex).isTrue();
        return m.group(1);
    }

    private void assertSurvivesAnInterruptedRead(String url) throws Exception {
        assertThat(url).startsWith("jdbc:h2:retry:");
        fill(url);
        // A small page cache, so that the sums read pages from the file.
        try (Connection c = DriverManager.getConnection(url + ";CACHE_SIZE=1024", "sa", "sa")) {
            long expected = sum(c);
            Thread.currentThread().interrupt();
            assertThat(sum(c)).as("the interrupted thread's read").isEqualTo(expected);
            Thread.interrupted();
            assertThat(sum(c)).as("the next read").isEqualTo(expected);
        }
    }

    private static void fill(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "sa"); Statement s = c.createStatement()) {
            s.execute("create table filler (id bigint primary key, words varchar(100))");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into filler values (?, ?)")) {
                for (int i = 0; i < 200_000; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, "some words to fill a page of the file " + i);
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                    }
                }
            }
            c.commit();
            s.execute("shutdown"); // the pages are on disk and none is cached when the test opens it again
        }
    }

    private static long sum(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select sum(length(words)) from filler")) {
            r.next();
            return r.getLong(1);
        }
    }
}
