package io.parallax.story;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

import io.parallax.importer.ArticleImporter;
import io.parallax.importer.ArticleSubmission;

/**
 * The archive at scale: imports generated articles of twelve stories through the importer (so their claims are the
 * engine's), copies them in SQL into an archive of 207 stories and 330 outlets, then measures the pages with 32
 * concurrent connections beside a static file. It measures at each size of {@code parallax.benchmark.sizes} (default
 * 10,000 then 100,000 articles, the second grown from the first in the same run), so that an endpoint whose work grows
 * with the archive rather than its answer shows it. Run with {@code ./mvnw -Pbenchmark test -Dtest=ScaleBenchmark};
 * figures go to docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {"parallax.data-dir=target/scale-benchmark-data", "parallax.seed.enabled=false",
        "parallax.compare.cached-matrices=0"})
class ScaleBenchmark {

    static final int CONNECTIONS = 32;
    static final int STORIES = 207;
    static final int OUTLETS = 330;

    @Autowired
    ArticleImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(CONNECTIONS)).build();

    @Test
    void pagesAnswerInTimeWithTheWholeArchiveLoaded() throws Exception {
        String[] sizes = System.getProperty("parallax.benchmark.sizes", System.getProperty("parallax.benchmark.articles", "10000,100000")).split(",");
        templates();
        int loaded = 0;
        for (String size : sizes) {
            int articles = Integer.parseInt(size.strip());
            long started = System.nanoTime();
            load(loaded + 1, articles);
            loaded = articles;
            long claims = jdbc.sql("select count(*) from claim").query(Long.class).single();
            System.out.printf(Locale.ROOT, "%nLoaded %,d articles, %,d claims, %d stories, %d outlets in %.1f s%n",
                    jdbc.sql("select count(*) from article").query(Long.class).single(), claims,
                    jdbc.sql("select count(*) from story").query(Long.class).single(),
                    jdbc.sql("select count(*) from outlet").query(Long.class).single(), (System.nanoTime() - started) / 1e9);
            measureAll();
        }
    }

    private void measureAll() throws Exception {
        List<String> stories = jdbc.sql("select slug from story where slug like 'bench-story-%' order by id").query(String.class).list();
        List<String> outlets = jdbc.sql("select slug from outlet where slug like 'bench-outlet-%' order by id").query(String.class).list();
        String[] words = {"treaty", "ratify", "troops", "border", "election", "ceasefire", "impeach", "wildfire", "coup", "landing"};
        Map<String, IntFunction<String>> endpoints = new java.util.LinkedHashMap<>();
        endpoints.put("/articles by outlet and date", i -> "/articles?outlet=" + outlets.get(i % outlets.size())
                + "&from=2031-01-01&to=2031-06-30");
        endpoints.put("/articles unfiltered", i -> "/articles?page=" + (1 + i % 5));
        endpoints.put("/articles full-text search", i -> "/articles?q=" + words[i % words.length]);
        endpoints.put("GET /api/articles by outlet", i -> "/api/articles?outlet=" + outlets.get(i % outlets.size()));
        // The matrix cache is off in this run (cached-matrices=0): every matrix request builds its matrix.
        endpoints.put("/compare?story (uncached)", i -> "/compare?story=" + stories.get(i % stories.size()));
        endpoints.put("/timeline?story (uncached)", i -> "/timeline?story=" + stories.get((i + 50) % stories.size()));
        endpoints.put("/api/comparison?story (uncached)", i -> "/api/comparison?story=" + stories.get((i + 150) % stories.size()));
        endpoints.put("/stories", i -> "/stories?page=" + (i % 3));
        // Warm-up (JIT, connection pool, database buffers), not recorded.
        for (var e : endpoints.entrySet()) {
            run(e.getValue(), 40, 8);
        }
        System.out.printf(Locale.ROOT, "%n| Endpoint | Requests | p50 ms | p99 ms | req/s | failed | p50 ms, 1 connection | load average |%n"
                + "|---|---|---|---|---|---|---|---|%n");
        measure("static css", 2000, i -> "/assets/css/parallax.css");
        for (var e : endpoints.entrySet()) {
            measure(e.getKey(), e.getKey().contains("uncached") ? 300 : 600, e.getValue());
        }
        measure("static css", 2000, i -> "/assets/css/parallax.css");
    }

    /**
     * 32 connections, then 40 requests one at a time: the time a request takes without waiting for others, which is
     * what grows with the archive if anything does, apart from the queueing that 32 connections on two cores add.
     */
    private void measure(String name, int requests, IntFunction<String> path) throws Exception {
        Result r = run(path, requests, CONNECTIONS);
        Result alone = run(i -> path.apply(i + 7), 40, 1);
        String load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.0f | %d | %.1f | %s |%n", name, requests,
                r.sorted.get(r.sorted.size() / 2) / 1e6, r.sorted.get((int) (r.sorted.size() * 0.99)) / 1e6, requests / r.seconds,
                r.failed + alone.failed, alone.sorted.get(alone.sorted.size() / 2) / 1e6, load);
    }

    record Result(List<Long> sorted, double seconds, int failed) {
    }

    private Result run(IntFunction<String> path, int requests, int connections) throws Exception {
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(connections)) {
            for (int c = 0; c < connections; c++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        try {
                            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path.apply(i)))
                                    .build(), HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() != 200) {
                                failed.incrementAndGet();
                            }
                        }
                        catch (Exception ex) {
                            failed.incrementAndGet();
                        }
                        times.add(System.nanoTime() - t);
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return new Result(sorted, seconds, failed.get());
    }

    /** The template articles, through the importer so that their claims, lineage and story decisions are the engine's. */
    private void templates() {
        GeneratedStories generator = new GeneratedStories();
        List<GeneratedStories.Generated> templates = generator.generate(4, 42L);
        for (GeneratedStories.Generated g : templates) {
            importer.importArticle(json.convertValue(Map.of("outlet", "Template " + g.outlet(), "title", g.title(),
                    "story", "Template " + g.story(), "publishedAt", g.published().toString(), "body", g.body()), ArticleSubmission.class));
        }
        jdbc.sql("insert into outlet (name, slug, kind) select 'Bench Outlet ' || g, 'bench-outlet-' || g, 'NEWSPAPER' from generate_series(1, :n) g")
                .param("n", OUTLETS).update();
        jdbc.sql("insert into story (name, slug) select 'Bench story ' || g, 'bench-story-' || g from generate_series(1, :n) g")
                .param("n", STORIES).update();
        jdbc.sql("create table bench_template as select row_number() over (order by id) - 1 as n, * from article").update();
    }

    /**
     * Generated articles {@code from} to {@code to}, copies of the templates with their claims and extraction rows, in
     * statements of 5,000 articles (each stays well inside the app's statement time limit).
     */
    private void load(int from, int to) {
        for (int start = from; start <= to; start += 5_000) {
            int end = Math.min(to, start + 4_999);
            long before = jdbc.sql("select coalesce(max(id), 0) from article").query(Long.class).single();
            jdbc.sql("""
                    insert into article (outlet_id, story_id, url, title, title_derived, published_on, published_on_inferred, body,
                                         raw_text, language, content_hash, imported_at)
                    select (select id from outlet where slug = 'bench-outlet-' || (1 + (g * 7) % :outlets)),
                           (select id from story where slug = 'bench-story-' || (1 + g % :stories)),
                           'https://bench.example/' || g, t.title, false, date '2031-01-01' + (g % 365), false, t.body, t.raw_text, 'en',
                           'bench-' || g || '-' || t.id, now()
                    from generate_series(:from, :to) g join bench_template t on t.n = g % (select count(*) from bench_template)""")
                    .param("outlets", OUTLETS).param("stories", STORIES).param("from", start).param("to", end).update();
            jdbc.sql("""
                    insert into claim (article_id, type, start_offset, end_offset, text, sentence, subject_key, subject_label,
                                       attribution, attribution_person, extractor_version, value, source_key)
                    select a.id, c.type, c.start_offset, c.end_offset, c.text, c.sentence, c.subject_key, c.subject_label,
                           c.attribution, c.attribution_person, c.extractor_version, c.value, c.source_key
                    from article a join claim c on c.article_id = split_part(a.content_hash, '-', 3)::bigint
                    where a.id > :before""").param("before", before).update();
            jdbc.sql("""
                    insert into claim_extraction (article_id, extractor_version, extracted_at)
                    select a.id, e.extractor_version, e.extracted_at from article a
                    join claim_extraction e on e.article_id = split_part(a.content_hash, '-', 3)::bigint
                    where a.id > :before""").param("before", before).update();
        }
        jdbc.sql("analyze").update();
    }
}
