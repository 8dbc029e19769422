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
 * engine's), copies them in SQL into {@code parallax.benchmark.articles} articles with their claims, spread over 207
 * stories and 330 outlets, then measures the pages with 32 concurrent connections beside a static file. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=ScaleBenchmark -Dparallax.benchmark.articles=10000}; figures go to
 * docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {"parallax.data-dir=target/scale-benchmark-data", "parallax.seed.enabled=false"})
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

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CONNECTIONS)).build();

    @Test
    void pagesAnswerInTimeWithTheWholeArchiveLoaded() throws Exception {
        int articles = Integer.getInteger("parallax.benchmark.articles", 10_000);
        long started = System.nanoTime();
        load(articles);
        long claims = jdbc.sql("select count(*) from claim").query(Long.class).single();
        System.out.printf(Locale.ROOT, "Loaded %,d articles, %,d claims, %d stories, %d outlets in %.1f s%n",
                jdbc.sql("select count(*) from article").query(Long.class).single(), claims,
                jdbc.sql("select count(*) from story").query(Long.class).single(),
                jdbc.sql("select count(*) from outlet").query(Long.class).single(), (System.nanoTime() - started) / 1e9);

        List<String> stories = jdbc.sql("select slug from story where slug like 'bench-story-%' order by id").query(String.class).list();
        List<String> outlets = jdbc.sql("select slug from outlet where slug like 'bench-outlet-%' order by id").query(String.class).list();
        String[] words = {"treaty", "ratify", "troops", "border", "election", "ceasefire", "impeach", "wildfire", "coup", "landing"};

        measure("static css", 2000, i -> "/assets/css/parallax.css");
        measure("/articles by outlet and date", 600, i -> "/articles?outlet=" + outlets.get(i % outlets.size())
                + "&from=2031-01-01&to=2031-06-30");
        measure("/articles full-text search", 600, i -> "/articles?q=" + words[i % words.length]);
        measure("GET /api/articles by outlet", 600, i -> "/api/articles?outlet=" + outlets.get(i % outlets.size()));
        // Rotating over all stories keeps the recent-matrix cache (8 entries) from answering: these are uncached.
        measure("/compare?story (uncached)", 300, i -> "/compare?story=" + stories.get(i % stories.size()));
        measure("/timeline?story (uncached)", 300, i -> "/timeline?story=" + stories.get((i + 50) % stories.size()));
        measure("/api/comparison?story (uncached)", 300, i -> "/api/comparison?story=" + stories.get((i + 100) % stories.size()));
        measure("static css", 2000, i -> "/assets/css/parallax.css");
    }

    private void measure(String name, int requests, IntFunction<String> path) throws Exception {
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS)) {
            for (int c = 0; c < CONNECTIONS; c++) {
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
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.0f | %d |%n", name, requests,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6, requests / seconds, failed.get());
    }

    private void load(int articles) {
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
        jdbc.sql("create temporary table template as select row_number() over (order by id) - 1 as n, * from article")
                .update();
        jdbc.sql("""
                insert into article (outlet_id, story_id, url, title, title_derived, published_on, published_on_inferred, body,
                                     raw_text, language, content_hash, imported_at)
                select (select id from outlet where slug = 'bench-outlet-' || (1 + (g * 7) % :outlets)),
                       (select id from story where slug = 'bench-story-' || (1 + g % :stories)),
                       'https://bench.example/' || g, t.title, false, date '2031-01-01' + (g % 365), false, t.body, t.raw_text, 'en',
                       'bench-' || g || '-' || t.id, now()
                from generate_series(1, :articles) g join template t on t.n = g % (select count(*) from template)""")
                .param("outlets", OUTLETS).param("stories", STORIES).param("articles", articles).update();
        jdbc.sql("""
                insert into claim (article_id, type, start_offset, end_offset, text, sentence, subject_key, subject_label,
                                   attribution, attribution_person, extractor_version, value, source_key)
                select a.id, c.type, c.start_offset, c.end_offset, c.text, c.sentence, c.subject_key, c.subject_label,
                       c.attribution, c.attribution_person, c.extractor_version, c.value, c.source_key
                from article a join claim c on c.article_id = split_part(a.content_hash, '-', 3)::bigint
                where a.content_hash like 'bench-%'""").update();
        jdbc.sql("""
                insert into claim_extraction (article_id, extractor_version, extracted_at)
                select a.id, e.extractor_version, e.extracted_at from article a
                join claim_extraction e on e.article_id = split_part(a.content_hash, '-', 3)::bigint
                where a.content_hash like 'bench-%'""").update();
        jdbc.sql("analyze").update();
    }
}
