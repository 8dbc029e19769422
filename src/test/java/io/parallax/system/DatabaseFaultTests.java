package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.parallax.ParallaxApplication;
import io.parallax.system.LiveServer.Answer;

/**
 * The embedded database killed, then frozen, under a write load: requests answer 503 (never another 5xx, never
 * hanging), the server is back within 10 seconds without restarting the app; then killed together with the app, and a
 * new app on the same data directory holds every write that was ever answered 201.
 * Runs on a database of its own so other tests never see the fault, with the durable settings of the default run
 * (the test profile's fast settings acknowledge commits before they reach the log, so a kill may lose them).
 */
class DatabaseFaultTests {

    private static final String DATA = "target/fault-test-data";

    /** The application, on a database of its own with the durable settings and a 3 s statement timeout. */
    private static ConfigurableApplicationContext start(boolean clean) {
        // Arguments, as on a command line, so that they win over the test profile's own data directory.
        return new SpringApplicationBuilder(ParallaxApplication.class).profiles("test").run("--parallax.data-dir=" + DATA,
                "--parallax.embedded.clean=" + clean, "--parallax.embedded.durable=true", "--parallax.db.statement-timeout=PT3S",
                "--server.port=0");
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @Test
    void killedAndFrozenUnderLoadTheDatabaseAnswers503sComesBackAndKeepsEveryAcknowledgedWrite() throws Exception {
        try (ConfigurableApplicationContext context = start(true)) {
            killFreezeAndCrash(context);
        }
    }

    private static void killFreezeAndCrash(ConfigurableApplicationContext context) throws Exception {
        EmbeddedPostgresServer postgres = context.getBean(EmbeddedPostgresServer.class);
        int port = port(context);
        LiveServer server = new LiveServer(port);
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger slowest = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        Runnable writer = () -> {
            for (int n = 0; running.get(); n++) {
                String url = "https://fault.example/" + Thread.currentThread().getName() + "/" + n;
                long start = System.nanoTime();
                Answer answer;
                try {
                    answer = server.send("POST", "/api/articles", "application/json", "{\"outlet\":\"Fault Test\",\"url\":\"" + url
                            + "\",\"body\":\"Article " + url + " written while the database fails.\"}", "Authorization", LiveServer.ADMIN);
                }
                catch (RuntimeException ex) {
                    statuses.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                    continue;
                }
                slowest.accumulateAndGet((int) ((System.nanoTime() - start) / 1_000_000), Math::max);
                statuses.computeIfAbsent(answer.status(), k -> new AtomicInteger()).incrementAndGet();
                if (answer.status() == 201) {
                    acknowledged.add(url);
                }
                else if (answer.status() == 503) {
                    assertThat(answer.header("Retry-After")).isNotBlank();
                }
            }
        };
        List<Thread> writers = List.of(new Thread(writer, "w1"), new Thread(writer, "w2"));
        writers.forEach(Thread::start);
        Thread.sleep(2_000);

        // Killed: health says so at once, and the server is back within 10 seconds.
        long pid = postgres.postmaster().orElseThrow().pid();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        long killed = System.nanoTime();
        Thread.sleep(200);
        Answer health = server.get("/actuator/health");
        boolean sawDown = health.status() == 503 || postgres.restarts() > 0;
        long back = waitUntilReadsWork(server, killed);
        assertThat(sawDown).as("health went DOWN").isTrue();
        assertThat(back).as("ms until reads work again").isLessThan(10_000);
        assertThat(postgres.postmaster().orElseThrow().pid()).isNotEqualTo(pid);

        // Frozen: requests fail fast with 503 while it is stopped, and work again once it runs.
        List<ProcessHandle> frozen = freeze(postgres.postmaster().orElseThrow());
        long paused = System.nanoTime();
        Answer whileFrozen = server.get("/api/articles?q=fault");
        long waited = (System.nanoTime() - paused) / 1_000_000;
        Thread.sleep(4_000);
        thaw(frozen);
        assertThat(whileFrozen.status()).isEqualTo(503);
        assertThat(waited).as("ms a read waited on a frozen database").isLessThan(10_000);
        assertThat(waitUntilReadsWork(server, System.nanoTime())).isLessThan(10_000);

        Thread.sleep(1_000);
        Map<Integer, Integer> beforeRestart = new java.util.TreeMap<>();
        statuses.forEach((status, n) -> beforeRestart.put(status, n.get()));
        List<String> acknowledgedWhileRunning = List.copyOf(acknowledged);
        int acknowledgedBeforeRestart = acknowledgedWhileRunning.size();
        List<String> storedWhileRunning = context.getBean(JdbcClient.class)
                .sql("select url from article where url like 'https://fault.example/%'").query(String.class).list();
        assertThat(storedWhileRunning).as("acknowledged articles stored after the kill and the freeze")
                .containsAll(acknowledgedWhileRunning);

        // Crashed with the application: the database killed and the application closed at once, under the same load;
        // a new application on the same data directory starts the server again (replaying its log) and holds every
        // article that was ever answered 201.
        ProcessHandle.of(postgres.postmaster().orElseThrow().pid()).orElseThrow().destroyForcibly();
        context.close();
        running.set(false);
        for (Thread t : writers) {
            t.join(30_000);
        }
        long restart = System.nanoTime();
        List<String> missing;
        long storedAfterRestart;
        try (ConfigurableApplicationContext again = start(false)) {
            long restartMillis = (System.nanoTime() - restart) / 1_000_000;
            LiveServer restarted = new LiveServer(port(again));
            assertThat(restarted.get("/api/articles?size=1").status()).as("the restarted application serves").isEqualTo(200);
            JdbcClient data = again.getBean(JdbcClient.class);
            Map<String, Long> stored = new java.util.HashMap<>();
            data.sql("select url, id from article where url like 'https://fault.example/%'")
                    .query((rs, n) -> stored.put(rs.getString(1), rs.getLong(2))).list();
            storedAfterRestart = stored.size();
            missing = acknowledged.stream().filter(url -> !stored.containsKey(url)).toList();
            // And through the API, as a reader would: the last acknowledged articles, each by its address.
            for (String url : acknowledged.subList(Math.max(0, acknowledged.size() - 50), acknowledged.size())) {
                if (stored.containsKey(url)) {
                    Answer found = restarted.get("/api/articles/" + stored.get(url));
                    assertThat(found.status()).isEqualTo(200);
                    assertThat(found.body()).contains(url);
                }
            }
            System.out.printf("Fault test: statuses before the crash %s, %d acknowledged before it, %d in all; recovery after kill %d ms, "
                    + "frozen read answered in %d ms, slowest write %d ms; application restarted on the same data in %d ms with %d "
                    + "fault-test articles stored, %d acknowledged missing%n", beforeRestart, acknowledgedBeforeRestart,
                    acknowledged.size(), back, waited, slowest.get(), restartMillis, storedAfterRestart, missing.size());
        }
        assertThat(beforeRestart.keySet()).as("answers seen while the application ran").allMatch(s -> s == 201 || s == 503);
        assertThat(beforeRestart.get(503)).as("some writes met the fault").isNotNull();
        assertThat(acknowledgedBeforeRestart).isGreaterThan(5);
        assertThat(slowest.get()).as("no write hung").isLessThan(15_000);
        assertThat(missing).as("acknowledged articles missing after the database was killed and the application restarted").isEmpty();
    }

    private static long waitUntilReadsWork(LiveServer server, long since) throws InterruptedException {
        while (true) {
            long elapsed = (System.nanoTime() - since) / 1_000_000;
            if (server.get("/api/articles?size=1").status() == 200 || elapsed > 30_000) {
                return elapsed;
            }
            Thread.sleep(100);
        }
    }

    private static List<ProcessHandle> freeze(ProcessHandle postmaster) throws IOException, InterruptedException {
        List<ProcessHandle> all = new java.util.ArrayList<>();
        all.add(postmaster);
        postmaster.descendants().forEach(all::add);
        signal("STOP", all);
        return all;
    }

    private static void thaw(List<ProcessHandle> processes) throws IOException, InterruptedException {
        signal("CONT", processes);
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(p -> command.add(Long.toString(p.pid())));
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
