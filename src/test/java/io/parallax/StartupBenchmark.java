package io.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up on a large archive, each start a cold JVM of its own as an operator would run the application: builds
 * {@code parallax.benchmark.articles} articles (100,000 by default) with their claims in SQL ({@link StartupArchive}),
 * starts the application on them and times it until it answers, then marks every article as read by an older engine
 * and times the start again: the application must answer as fast, serving the old claims while it reads the archive
 * again in the background, whose rate is measured for {@code parallax.benchmark.reextraction-seconds} (60 by
 * default; 0 waits for the end). Run with {@code ./mvnw -Pbenchmark test -Dtest=StartupBenchmark}; figures go to
 * docs/benchmarks.md.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final Path DATA = Path.of("target/startup-benchmark-data").toAbsolutePath();
    private static final String EDITOR = "Basic " + Base64.getEncoder().encodeToString("editor:bench-editor".getBytes(StandardCharsets.UTF_8));
    private static final Pattern STARTED = Pattern.compile("Started ParallaxApplication in ([0-9.]+) seconds");
    private static final Pattern NUMBER = Pattern.compile("\"(total|done|failed)\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Started(Process process, int port, double secondsToAnswer, double springSeconds, String load) {
    }

    @Test
    void theApplicationStartsInUnderFifteenSecondsOnALargeArchiveAndReadsItAgainInTheBackground() throws Exception {
        int articles = Integer.getInteger("parallax.benchmark.articles", 100_000);
        int watch = Integer.getInteger("parallax.benchmark.reextraction-seconds", 60);
        System.out.printf(Locale.ROOT, "Startup benchmark: %,d articles, %d cores, load before %s%n", articles,
                Runtime.getRuntime().availableProcessors(), load());

        // 0. The seed articles alone: the same start on an archive of five, for comparison in the same run.
        child("seeds", StartupArchive.class.getName(), "generate", DATA.toString(), "0");
        Started seeds = start("seeds-only");
        stop(seeds);
        report("Start-up, seed articles only", 5, seeds);

        long t = System.nanoTime();
        child("generate", StartupArchive.class.getName(), "generate", DATA.toString(), Integer.toString(articles));
        System.out.printf(Locale.ROOT, "Archive built in %.0f s%n", (System.nanoTime() - t) / 1e9);

        // 1. Same engine version: nothing to read again.
        Started same = start("same-version");
        String progress = get(same.port(), "/api/admin/claims/extraction", EDITOR);
        stop(same);
        report("Start-up, archive read by the running engine", articles, same);
        assertThat(progress).contains("\"total\":0");

        // 2. A new engine version: everything is stale, and start-up must not wait for it.
        child("mark-old", StartupArchive.class.getName(), "mark-old", DATA.toString());
        Started stale = start("new-version");
        String atReady = get(stale.port(), "/api/admin/claims/extraction", EDITOR);
        Matcher newest = Pattern.compile("\"id\":(\\d+)").matcher(get(stale.port(), "/api/articles?size=1", null));
        assertThat(newest.find()).isTrue();
        String oldClaims = get(stale.port(), "/api/articles/" + newest.group(1) + "/claims", null);
        long watchStart = System.nanoTime();
        String later = atReady;
        while (watch == 0 ? !later.contains("\"state\":\"DONE\"") : System.nanoTime() - watchStart < watch * 1_000_000_000L) {
            Thread.sleep(1000);
            later = get(stale.port(), "/api/admin/claims/extraction", EDITOR);
            if (later.contains("\"state\":\"DONE\"")) {
                break;
            }
        }
        double watched = (System.nanoTime() - watchStart) / 1e9;
        String loadDuringRun = load();
        stop(stale);
        report("Start-up, new engine version (all stale)", articles, stale);
        long total = number(later, "total");
        long done = number(later, "done") - number(atReady, "done");
        System.out.printf(Locale.ROOT, "First answer after %.1f s on %,d articles, %.1f s on 5 (%.2fx); Spring's own figure %.1f s vs %.1f s%n",
                stale.secondsToAnswer(), articles, seeds.secondsToAnswer(), stale.secondsToAnswer() / seeds.secondsToAnswer(),
                stale.springSeconds(), seeds.springSeconds());
        System.out.printf(Locale.ROOT, "At ready: %s%n", atReady);
        System.out.printf(Locale.ROOT, "Background re-reading: %,d of %,d articles in %.0f s = %.0f articles/s while serving "
                        + "(load %s); the whole archive would take about %.0f s%n", done, total, watched, done / watched,
                loadDuringRun, total / Math.max(1e-9, done / watched));

        assertThat(atReady).doesNotContain("\"state\":\"DONE\"");
        assertThat(number(atReady, "done")).isLessThan(articles);
        assertThat(oldClaims).startsWith("{\"items\":[{");
        assertThat(done).isPositive();
        // Start-up does not grow with the archive: 100,000 articles start about as fast as five, on the same machine now.
        assertThat(stale.secondsToAnswer()).isLessThan(seeds.secondsToAnswer() * 1.5);
        assertThat(same.secondsToAnswer()).isLessThan(seeds.secondsToAnswer() * 1.5);
        // The target itself, which only holds on a machine that is not loaded many times over.
        assertThat(same.secondsToAnswer()).isLessThan(15);
        assertThat(stale.secondsToAnswer()).isLessThan(15);
    }

    /** A row of the table in docs/benchmarks.md: what, articles, seconds to the first answer, Spring's figure, load. */
    private static void report(String what, int articles, Started s) {
        System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %s |%n", what, articles, s.secondsToAnswer(), s.springSeconds(),
                s.load());
    }

    /** Starts the application in a JVM of its own and waits until it answers a request; returns the times. */
    private Started start(String name) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "startup-benchmark-" + name + ".log");
        // The application's own classes and libraries, not the test classes: as it runs in production.
        String classPath = Arrays.stream(classPath().split(File.pathSeparator))
                .filter(p -> !p.replace('\\', '/').endsWith("target/test-classes")).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-cp", classPath, ParallaxApplication.class.getName(),
                "--parallax.data-dir=" + DATA, "--server.port=" + port, "--parallax.admin.password=bench-admin",
                "--parallax.editors=editor:bench-editor"));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        double answered = -1;
        for (int i = 0; i < 1200 && answered < 0; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles?size=1"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    answered = (System.nanoTime() - started) / 1e9;
                }
            }
            catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        String load = load();
        Matcher m = STARTED.matcher(Files.readString(log));
        double spring = m.find() ? Double.parseDouble(m.group(1)) : -1;
        return new Started(process, port, answered, spring, load);
    }

    private static void stop(Started s) throws InterruptedException {
        s.process().destroy();
        if (!s.process().waitFor(120, TimeUnit.SECONDS)) {
            s.process().destroyForcibly().waitFor();
        }
    }

    private static void child(String name, String... args) throws Exception {
        Path log = Path.of("target", "startup-benchmark-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-cp", classPath()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " failed; see " + log);
        }
        Files.readAllLines(log).stream().filter(l -> l.startsWith("Archive:") || l.startsWith("Marked") || l.contains(" took "))
                .forEach(System.out::println);
    }

    private String get(int port, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET %s", path).isEqualTo(200);
        return r.body();
    }

    private static long number(String json, String field) {
        Matcher m = NUMBER.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(field)) {
                return Long.parseLong(m.group(2));
            }
        }
        throw new AssertionError(field + " not in " + json);
    }

    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        }
        catch (IOException ex) {
            return "n/a";
        }
    }
}
