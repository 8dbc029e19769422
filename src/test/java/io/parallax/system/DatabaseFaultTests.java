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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.parallax.system.LiveServer.Answer;

/**
 * The embedded database killed, then frozen, under a write load: requests answer 503 (never another 5xx, never
 * hanging), the server is back within 10 seconds without restarting the app, and every write answered 201 is there.
 * Runs on a database of its own so other tests never see the fault, with the durable settings of the default run
 * (the test profile's fast settings acknowledge commits before they reach the log, so a kill may lose them).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"parallax.data-dir=target/fault-test-data",
        "parallax.db.statement-timeout=PT3S", "parallax.embedded.durable=true"})
@ActiveProfiles("test")
class DatabaseFaultTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedPostgresServer postgres;

    @Autowired
    JdbcClient jdbc;

    @Test
    void killedAndFrozenUnderLoadTheDatabaseAnswers503sComesBackAndKeepsEveryAcknowledgedWrite() throws Exception {
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
        running.set(false);
        for (Thread t : writers) {
            t.join(30_000);
        }
        System.out.printf("Fault test: statuses %s, %d acknowledged, recovery after kill %d ms, frozen read answered in %d ms, "
                + "slowest write %d ms%n", statuses, acknowledged.size(), back, waited, slowest.get());
        assertThat(statuses.keySet()).as("answers seen").allMatch(s -> s == 201 || s == 503);
        assertThat(statuses.get(503)).as("some writes met the fault").isNotNull();
        assertThat(acknowledged).hasSizeGreaterThan(5);
        List<String> stored = jdbc.sql("select url from article where url like 'https://fault.example/%'").query(String.class).list();
        assertThat(stored).containsAll(acknowledged);
        assertThat(slowest.get()).as("no write hung").isLessThan(15_000);
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
