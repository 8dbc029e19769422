package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import io.parallax.importer.ArticleImporter;
import io.parallax.importer.ArticleSubmission;

/**
 * How long the claim matrix page takes for a story of 1,000 articles from 40 outlets, built by recombining the seed
 * articles' paragraphs. Run with {@code ./mvnw -Pbenchmark test -Dtest=ComparisonBenchmarkTests}; the result is
 * recorded in docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {"parallax.data-dir=target/benchmark-data", "parallax.seed.enabled=false"})
class ComparisonBenchmarkTests {

    private static final int ARTICLES = 1_000;
    private static final String STORY = "Matrix benchmark story";

    @Autowired
    ArticleImporter importer;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private String page(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Autowired
    ComparisonService comparisons;

    @Autowired
    io.parallax.article.ArticleSearch search;

    @Autowired
    io.parallax.claim.Claims claims;

    @Test
    void theMatrixForAThousandArticlesRendersWellUnderTwoHundredMilliseconds() throws Exception {
        List<String> paragraphs = seedParagraphs();
        Random random = new Random(42);
        long importStart = System.nanoTime();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder body = new StringBuilder("Article " + i + " of the benchmark.\n\n");
            for (int p = 0; p < 12; p++) {
                body.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
            }
            LocalDate published = LocalDate.of(2024, 10, 20).plusDays(random.nextInt(20));
            bodies.add(body.toString());
            importer.importArticle(new ArticleSubmission("Bench Outlet " + (i % 40), null, null, null, null, null,
                    "Benchmark article " + i, null, published.toString(), null, "en", STORY, null, body.toString()));
        }
        double importSeconds = (System.nanoTime() - importStart) / 1e9;
        // The engine's share of an import: the same texts through the engine alone.
        var engine = io.parallax.analysis.ClaimExtractor.withDefaultVocabulary();
        long engineStart = System.nanoTime();
        for (String body : bodies) {
            engine.extract(new io.parallax.analysis.ArticleText(null, body), LocalDate.of(2024, 11, 1));
        }
        double engineSeconds = (System.nanoTime() - engineStart) / 1e9;
        System.out.printf("%nImport: %.1f ms per article in all, of which claim extraction %.2f ms%n",
                importSeconds * 1000 / ARTICLES, engineSeconds * 1000 / ARTICLES);

        String url = "/compare?story=matrix-benchmark-story";
        long coldStart = System.nanoTime();
        page(url);
        long cold = (System.nanoTime() - coldStart) / 1_000_000;
        for (int i = 0; i < 5; i++) {
            page(url);
        }
        int runs = 30;
        long[] millis = new long[runs];
        int length = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            length = page(url).length();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        var criteria = new io.parallax.article.ArticleFilter(List.of(), null, null, null, "matrix-benchmark-story", null, null).validate();
        long[] compute = new long[runs];
        long[] articlesOnly = new long[runs];
        long[] claimsOnly = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            var found = search.all(criteria);
            articlesOnly[i] = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            claims.forArticles(found.stream().map(io.parallax.article.ArticleSummary::id).toList());
            claimsOnly[i] = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            comparisons.compare(criteria, i % 2 == 0);
            compute[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(compute);
        Arrays.sort(articlesOnly);
        Arrays.sort(claimsOnly);
        System.out.printf("%nMatrix (cached after the first call) in median %d ms; uncached: article query %d ms, claim query %d ms;"
                + " first page after the import (nothing cached, JIT cold) %d ms%n",
                compute[runs / 2], articlesOnly[runs / 2], claimsOnly[runs / 2], cold);
        Arrays.sort(millis);
        long median = millis[runs / 2];
        long p90 = millis[(int) (runs * 0.9)];
        System.out.printf("%nMatrix benchmark: %d articles from 40 outlets imported in %.1f s (with claim extraction)%n"
                + "GET %s over HTTP: median %d ms, p90 %d ms, min %d ms, max %d ms over %d runs; page %d KB%n%n",
                ARTICLES, importSeconds, url, median, p90, millis[0], millis[runs - 1], runs, length / 1024);
        assertThat(median).as("median time to render the matrix, ms").isLessThan(200);
    }

    private static List<String> seedParagraphs() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (var files = Files.list(Path.of("db/seed"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String p : Files.readString(file).split("\n")) {
                    if (p.strip().length() > 80) {
                        paragraphs.add(p.strip());
                    }
                }
            }
        }
        return paragraphs;
    }
}
