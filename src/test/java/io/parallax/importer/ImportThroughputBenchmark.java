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
        "logging.level.io.parallax.importer=DEBUG"})
class ImportThroughputBenchmark {

    private static final int ARTICLES = Integer.getInteger("import.benchmark.articles", 10_000);
    private static final int WARM_UP = 1_000;

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
        long start = System.nanoTime();
        JsonNode done = importLines(ndjson);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = ARTICLES / seconds;

        System.out.printf("%nIMPORT BENCHMARK: bulk import of %,d articles took %.2f s = %.0f articles/s%n", ARTICLES, seconds, rate);
        assertThat(done.path("stored").asInt()).isEqualTo(ARTICLES);
        long id = done.path("id").asLong();
        long claims = jdbc.sql("select count(*) from claim c join import_item i on i.article_id = c.article_id where i.job_id = :id")
                .param("id", id).query(Long.class).single();

        double copySeconds = copyTheSameRows(id);
        double copyRate = ARTICLES / copySeconds;
        System.out.printf("%nIMPORT BENCHMARK RESULT: %,d articles (%,d claims, %.1f MB of NDJSON) in %.2f s = %.0f articles/s; "
                + "COPY of the same rows %.2f s = %.0f articles/s; bulk import / COPY = %.2f%n%n", ARTICLES, claims,
                ndjson.length() / 1e6, seconds, rate, copySeconds, copyRate, rate / copyRate);
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
        for (int i = 0; i < 6_000; i++) {
            HttpResponse<String> progress = http.send(HttpRequest.newBuilder(location).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = json.readTree(progress.body());
            if (body.path("status").asString().equals("DONE")) {
                return body;
            }
            Thread.sleep(50);
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
