package io.parallax.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server on one data directory, watched: when its postmaster dies, it is started again on
 * the same directory and port (PostgreSQL replays its write-ahead log and clears a stale {@code postmaster.pid}).
 * Durable by default (fsync and synchronous commit on); it needs a password, generated once and kept beside the data.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final Path directory;
    private final boolean durable;
    private final String password;
    private final ScheduledExecutorService watcher;
    private volatile EmbeddedPostgres server;
    private volatile int port;
    private volatile boolean up;
    private volatile long restarts;
    private final Runnable onStop;
    private int users;
    private boolean stopped;

    EmbeddedPostgresServer(Path directory, boolean clean, boolean durable) {
        this(directory, clean, durable, () -> { });
    }

    EmbeddedPostgresServer(Path directory, boolean clean, boolean durable, Runnable onStop) {
        this.directory = directory;
        this.durable = durable;
        this.onStop = onStop;
        try {
            if (clean) {
                delete(directory);
            }
            Files.createDirectories(directory);
            this.password = password(directory.resolveSibling(directory.getFileName() + ".password"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not prepare the embedded PostgreSQL directory " + directory, ex);
        }
        start();
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "embedded-postgres-watch");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(this::check, 500, 500, TimeUnit.MILLISECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-postgres-stop"));
    }

    /** One more application context uses this server. */
    synchronized void acquire() {
        users++;
    }

    /** An application context that used this server closed: the last one stops it (its data stays). */
    void release() {
        boolean last;
        synchronized (this) {
            last = --users <= 0;
        }
        if (last) {
            onStop.run();
            stop();
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    String password() {
        return password;
    }

    boolean isUp() {
        return up && postmaster().map(EmbeddedPostgresServer::running).orElse(false);
    }

    /**
     * Whether a process still runs. A killed postmaster is not the JVM's child, so nobody may reap it at once: it stays a
     * zombie, which {@link ProcessHandle#isAlive()} still counts as alive. On Linux its state in /proc says otherwise.
     */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        try {
            String text = Files.readString(stat, StandardCharsets.UTF_8);
            // "pid (command) state ...": the command may hold spaces and parentheses, the state follows the last ')'.
            int end = text.lastIndexOf(')');
            char state = end >= 0 && end + 2 < text.length() ? text.charAt(end + 2) : 'R';
            return state != 'Z' && state != 'X' && state != 'x';
        }
        catch (IOException | RuntimeException ex) {
            return !Files.isDirectory(stat.getParent().getParent()) || process.isAlive();
        }
    }

    long restarts() {
        return restarts;
    }

    /** The postmaster process, from the pid file it writes in the data directory. */
    Optional<ProcessHandle> postmaster() {
        try {
            Path pid = directory.resolve("postmaster.pid");
            if (!Files.exists(pid)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pid, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            return first.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(first));
        }
        catch (IOException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private synchronized void start() {
        if (stopped) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                clearStaleServer();
                log.info("Starting embedded PostgreSQL with its data in {}", directory);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setConnectConfig("password", password)
                        // Comes after the library's own -F and so wins: every commit answered is on disk.
                        .setServerConfig("fsync", durable ? "on" : "off")
                        .setServerConfig("synchronous_commit", durable ? "on" : "off")
                        .setServerConfig("full_page_writes", durable ? "on" : "off")
                        .setServerConfig("listen_addresses", "localhost");
                if (port != 0) {
                    builder.setPort(port);
                }
                server = builder.start();
                port = server.getPort();
                requirePassword();
                up = true;
                return;
            }
            catch (IOException | RuntimeException ex) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not start embedded PostgreSQL in " + directory, ex);
                }
                log.warn("Embedded PostgreSQL did not start yet ({}); trying again", ex.toString());
                log.debug("Start failed", ex);
                sleep(500);
            }
        }
    }

    /**
     * A server left behind by a crash stops a new one from starting on the same data: its lock file names a process
     * that is gone or not yet reaped (the file is removed), or a server that outlived the application that started it
     * (it is asked to shut down, and killed if it does not within 20 seconds; its log makes the data whole again).
     */
    private void clearStaleServer() throws IOException {
        Path lock = directory.resolve("postmaster.pid");
        Optional<ProcessHandle> owner = postmaster();
        if (owner.isPresent() && running(owner.get()) && servesThisDirectory(owner.get()).orElse(false)) {
            log.warn("An embedded PostgreSQL from an earlier run still holds {} (pid {}); stopping it", directory, owner.get().pid());
            owner.get().destroy();
            try {
                owner.get().onExit().get(20, TimeUnit.SECONDS);
            }
            catch (java.util.concurrent.TimeoutException ex) {
                owner.get().destroyForcibly();
            }
            catch (java.util.concurrent.ExecutionException ex) {
                log.debug("Waiting for the earlier server", ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while stopping the earlier server", ex);
            }
        }
        if (Files.exists(lock) && postmaster().map(p -> !running(p) || !servesThisDirectory(p).orElse(true)).orElse(true)) {
            log.info("Removing the lock file of a server that no longer runs in {}", directory);
            Files.deleteIfExists(lock);
        }
    }

    /** Whether a process is a server on this data directory (by its command line), when the system says. */
    private Optional<Boolean> servesThisDirectory(ProcessHandle process) {
        return process.info().arguments().map(arguments -> java.util.Arrays.stream(arguments)
                .anyMatch(a -> a.equals(directory.toString()) || a.equals(directory.toAbsolutePath().toString())));
    }

    /** Sets the password and lets no one in without it, from now on and at every later start. */
    private void requirePassword() throws IOException {
        try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter user postgres password '" + password.replace("'", "''") + "'");
            Files.writeString(directory.resolve("pg_hba.conf"), """
                    # Written by Parallax: every connection needs the password kept beside this directory.
                    local   all   all                  scram-sha-256
                    host    all   all   127.0.0.1/32   scram-sha-256
                    host    all   all   ::1/128        scram-sha-256
                    """, StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        }
        catch (java.sql.SQLException ex) {
            throw new IOException("Could not set the embedded PostgreSQL password", ex);
        }
    }

    private void check() {
        try {
            if (up && !postmaster().map(EmbeddedPostgresServer::running).orElse(false)) {
                up = false;
                log.warn("Embedded PostgreSQL in {} stopped; starting it again", directory);
                EmbeddedPostgres dead = server;
                try {
                    dead.close();
                }
                catch (IOException | RuntimeException ex) {
                    log.debug("Closing the stopped server", ex);
                }
                start();
                restarts++;
                log.info("Embedded PostgreSQL is back on port {}", port);
            }
        }
        catch (RuntimeException ex) {
            log.error("Embedded PostgreSQL could not be restarted: {}", ex.getMessage());
        }
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        up = false;
        watcher.shutdownNow();
        try {
            if (server != null) {
                server.close();
            }
        }
        catch (IOException ex) {
            log.warn("Embedded PostgreSQL did not stop cleanly", ex);
        }
    }

    private static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        catch (UnsupportedOperationException ex) {
            // not a POSIX file system; the file stays as the platform made it
        }
        return generated;
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
