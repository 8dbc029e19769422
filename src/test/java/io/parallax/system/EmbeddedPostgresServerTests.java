package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** The embedded server starts on the data a crashed run left behind, whatever state that run left it in. */
class EmbeddedPostgresServerTests {

    private static final Path DATA = Path.of("target/embedded-server-test-data/postgres");

    private static Connection connect(EmbeddedPostgresServer server) throws Exception {
        return DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
    }

    @Test
    void theDurableServerSyncsEveryCommitLetsNoOneInWithoutItsPasswordAndStopsWithItsLastUser() throws Exception {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(DATA, true, true);
        long pid = server.postmaster().orElseThrow().pid();
        try (Connection c = connect(server); Statement s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = s.executeQuery("show " + setting)) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
        assertThat(server.password()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(Files.readString(DATA.resolveSibling("postgres.password"), StandardCharsets.UTF_8).strip()).isEqualTo(server.password());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "guess"))
                .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("password authentication failed");
        server.release();
        assertThat(ProcessHandle.of(pid).map(EmbeddedPostgresServer::running).orElse(false)).as("stopped with its last user").isFalse();
    }

    @Test
    void aLockFileNamingAProcessThatIsGoneDoesNotStopTheNextStart() throws Exception {
        EmbeddedPostgresServer first = new EmbeddedPostgresServer(DATA, true, true);
        try (Connection c = connect(first); Statement s = c.createStatement()) {
            s.execute("create table kept (n int); insert into kept values (42)");
        }
        first.release();
        // A crashed server's lock file, naming a process that has since ended.
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(DATA.resolve("postmaster.pid"), gone.pid() + "\n" + DATA.toAbsolutePath() + "\n", StandardCharsets.UTF_8);

        EmbeddedPostgresServer next = new EmbeddedPostgresServer(DATA, false, true);
        try (Connection c = connect(next); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select n from kept")) {
            assertThat(next.isUp()).isTrue();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
        finally {
            next.release();
        }
    }

    @Test
    void aServerThatOutlivedItsCrashedApplicationIsStoppedAndItsDataServedAgain() throws Exception {
        // An application (its own JVM) starts the server and stores a row, then dies at once, leaving the server running.
        String java = ProcessHandle.current().info().command().orElse("java");
        Process application = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Orphaning.class.getName(),
                DATA.toString()).redirectErrorStream(true).start();
        var out = new java.io.BufferedReader(new java.io.InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8));
        String line;
        long orphanPid = -1;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("ready ")) {
                orphanPid = Long.parseLong(line.substring("ready ".length()).strip());
                break;
            }
        }
        assertThat(orphanPid).as("the first application started its server").isPositive();
        application.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(orphanPid).map(EmbeddedPostgresServer::running).orElse(false)).as("the server outlived it").isTrue();

        EmbeddedPostgresServer next = new EmbeddedPostgresServer(DATA, false, true);
        try (Connection c = connect(next); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select n from kept")) {
            assertThat(next.postmaster().orElseThrow().pid()).isNotEqualTo(orphanPid);
            assertThat(ProcessHandle.of(orphanPid).map(EmbeddedPostgresServer::running).orElse(false)).isFalse();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(7);
        }
        finally {
            next.release();
        }
    }

    /** The application that crashes: starts the server on a clean directory, stores a row, and waits to be killed. */
    static final class Orphaning {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(Path.of(args[0]), true, true);
            try (Connection c = connect(server); Statement s = c.createStatement()) {
                s.execute("create table kept (n int); insert into kept values (7)");
            }
            System.out.println("ready " + server.postmaster().orElseThrow().pid());
            System.out.flush();
            Thread.sleep(600_000);
        }
    }
}
