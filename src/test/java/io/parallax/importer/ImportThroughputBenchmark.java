package io.parallax.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import throughput: 10,000 articles through {@code POST /api/imports} over HTTP, claims included, timed from the
 * request until the import reports itself done; beside it, a raw PostgreSQL {@code COPY} of the same article and claim
 * rows into tables of the same shape. Run with {@code ./mvnw -Pbenchmark test -Dtest=ImportThroughputBenchmark};
 * the result is recorded in docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {"parallax.data-dir=target/import-benchmark-data", "parallax.seed.enabled=false",
        "parallax.import.max-request-size=200MB", "parallax.import.batch-size=250",
        // The COPY of all rows is one statement; the request-time limit of 10 s is not meant for it on a busy machine.
        "parallax.db.statement-timeout=PT5M",
        "logging.level.io.parallax.importer=DEBUG"})
class ImportThroughputBenchmark {

    private static final int ARTICLES = Integer.getInteger("import.benchmark.articles", 10_000);
    /** Enough for the JIT to have compiled the import path, so the timed run measures the server in its steady state. */
    private static final int WARM_UP = 3_000;
    /** How often progress is asked for: often enough to time to a few hundredths, rarely enough to cost nothing. */
    private static final int POLL_MILLIS = 100;

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tenThousandArticlesImportAtFiveHundredPerSecondOrMore() throws Exception {
        List<String> paragraphs = seedParagraphs();
        importLines(lines("warm-up", WARM_UP, paragraphs, new Random(7)));

        String ndjson = lines("run", ARTICLES, paragraphs, new Random(42));
        String loadBefore = loadAverage();
        double appCpuBefore = appCpuSeconds();
        double databaseCpuBefore = databaseCpuSeconds();
        long start = System.nanoTime();
        JsonNode done = importLines(ndjson);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = ARTICLES / seconds;
        String loadAfter = loadAverage();
        double appCpu = appCpuSeconds() - appCpuBefore;
        double databaseCpu = databaseCpuSeconds() - databaseCpuBefore;

        System.out.printf("%nIMPORT BENCHMARK: bulk import of %,d articles took %.2f s = %.0f articles/s%n", ARTICLES, seconds, rate);
        assertThat(done.path("stored").asInt()).isEqualTo(ARTICLES);
        long id = done.path("id").asLong();
        long claims = jdbc.sql("select count(*) from claim c join import_item i on i.article_id = c.article_id where i.job_id = :id")
                .param("id", id).query(Long.class).single();

        double copyCpuBefore = databaseCpuSeconds();
        double copySeconds = copyTheSameRows(id);
        double copyCpu = databaseCpuSeconds() - copyCpuBefore;
        double copyRate = ARTICLES / copySeconds;
        String loadAfterCopy = loadAverage();
        System.out.printf("%nIMPORT BENCHMARK RESULT: %,d articles (%,d claims, %.1f MB of NDJSON) in %.2f s = %.0f articles/s; "
                + "COPY of the same rows %.2f s = %.0f articles/s; bulk import / COPY = %.2f; load average (1/5/15 min) "
                + "before %s, after the import %s, after the COPY %s%n%n", ARTICLES, claims, ndjson.length() / 1e6, seconds,
                rate, copySeconds, copyRate, rate / copyRate, loadBefore, loadAfter, loadAfterCopy);
        // CPU time does not depend on how busy the shared cores are, so it compares runs taken at different loads.
        System.out.printf("IMPORT BENCHMARK CPU: the import used %.1f CPU-s (application %.1f, PostgreSQL %.1f) = %.2f ms per "
                + "article; the COPY used %.1f CPU-s in PostgreSQL = %.2f ms per article; CPU ratio COPY / import = %.2f%n%n",
                appCpu + databaseCpu, appCpu, databaseCpu, 1000 * (appCpu + databaseCpu) / ARTICLES, copyCpu,
                1000 * copyCpu / ARTICLES, copyCpu / (appCpu + databaseCpu));
        assertThat(claims).isGreaterThan(ARTICLES);
        assertThat(rate).isGreaterThanOrEqualTo(500);
    }

    private JsonNode importLines(String ndjson) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:test-password".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                .header("Authorization", auth).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(202);
        URI location = URI.create(accepted.headers().firstValue("Location").orElseThrow() + "?limit=1");
        for (int i = 0; i < 300_000 / POLL_MILLIS; i++) {
            HttpResponse<String> progress = http.send(HttpRequest.newBuilder(location).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = json.readTree(progress.body());
            if (body.path("status").asString().equals("DONE")) {
                return body;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new AssertionError("The import did not finish within 5 minutes");
    }

    /** Copies the import's article and claim rows out, then times copying them into empty tables of the same shape. */
    private double copyTheSameRows(long jobId) throws Exception {
        jdbc.sql("drop table if exists copy_claim, copy_article").update();
        jdbc.sql("create table copy_article (like article including defaults including generated including indexes)").update();
        jdbc.sql("create table copy_claim (like claim including defaults including identity including indexes)").update();
        String articleColumns = "id, outlet_id, story_id, url, published_via, title, title_derived, byline, published_on, "
                + "published_at, published_on_inferred, published_on_reason, dateline, body, raw_text, language, wire, "
                + "content_hash, imported_at";
        String claimColumns = "article_id, type, start_offset, end_offset, text, sentence, subject_key, subject_label, "
                + "attribution, attribution_person, source_key, value, extractor_version";
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            ByteArrayOutputStream articles = new ByteArrayOutputStream();
            copy.copyOut("copy (select " + articleColumns + " from article where id in (select article_id from import_item "
                    + "where job_id = " + jobId + ")) to stdout (format binary)", articles);
            ByteArrayOutputStream claims = new ByteArrayOutputStream();
            copy.copyOut("copy (select " + claimColumns + " from claim where article_id in (select article_id from import_item "
                    + "where job_id = " + jobId + ")) to stdout (format binary)", claims);
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            copy.copyIn("copy copy_article (" + articleColumns + ") from stdin (format binary)",
                    new ByteArrayInputStream(articles.toByteArray()));
            copy.copyIn("copy copy_claim (" + claimColumns + ") from stdin (format binary)",
                    new ByteArrayInputStream(claims.toByteArray()));
            connection.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            connection.setAutoCommit(true);
            return seconds;
        }
        finally {
            jdbc.sql("drop table if exists copy_claim, copy_article").update();
        }
    }

    /** The machine's load average, to be recorded beside the figures: the cores may be shared with other work. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + "/" + fields[1] + "/" + fields[2];
        }
        catch (java.io.IOException | RuntimeException ex) {
            return "unknown";
        }
    }

    /** CPU time this JVM has used (the application, its workers and this benchmark's small polling requests). */
    private static double appCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /**
     * CPU time used so far by the benchmark's PostgreSQL server and its live processes (from /proc, Linux only; 0
     * elsewhere). Processes that ended meanwhile (a short-lived autovacuum worker) are missed.
     */
    private static double databaseCpuSeconds() {
        try (var procs = Files.list(Path.of("/proc"))) {
            List<long[]> stats = new ArrayList<>();
            Long postmaster = null;
            for (Path proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String cmdline = Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
                    String stat = Files.readString(proc.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(proc.getFileName().toString());
                    stats.add(new long[] {pid, Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12])});
                    if (cmdline.contains("postgres") && cmdline.contains("import-benchmark-data")) {
                        postmaster = pid;
                    }
                }
                catch (java.io.IOException | RuntimeException gone) {
                    // the process ended while we read it
                }
            }
            long ticks = 0;
            for (long[] s : stats) {
                if (postmaster != null && (s[0] == postmaster || s[1] == postmaster)) {
                    ticks += s[2];
                }
            }
            return ticks / 100.0;
        }
        catch (java.io.IOException ex) {
            return 0;
        }
    }

    private static String lines(String run, int count, List<String> paragraphs, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder("Report " + run + "-" + i + " from the benchmark desk.\n\n");
            for (int p = 0; p < 5; p++) {
                body.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
            }
            out.append(BulkImportApiTests.line("Benchmark Outlet " + (i % 50), "https://bench.example/" + run + "/" + i,
                    body.toString()).replace("Bulk import test story", "Benchmark story " + (i % 10))).append('\n');
        }
        return out.toString();
    }

    private static List<String> seedParagraphs() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        try (var files = Files.list(Path.of("db/seed"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String paragraph : Files.readString(file).split("\\n\\s*\\n")) {
                    if (paragraph.strip().length() > 80) {
                        paragraphs.add(paragraph.strip());
                    }
                }
            }
        }
        return paragraphs;
    }
}
