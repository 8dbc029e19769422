package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Single-threaded throughput of the extractor over 10,000 generated ~4 KB articles; run with
 * {@code ./mvnw -q -B -Pbenchmark test -Dtest=ExtractionBenchmark}.
 */
@Tag("benchmark")
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    static final int ARTICLES = 10_000;
    static final int TARGET_CHARS = 4_096;
    static final long SEED = 20241106L;

    private List<BenchmarkCorpus.Article> corpus;
    private ClaimExtractor extractor;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        corpus = BenchmarkCorpus.generate(ARTICLES, TARGET_CHARS, SEED);
        extractor = ClaimExtractor.withDefaultVocabulary();
    }

    /** One operation = one article, cycling through the corpus. */
    @Benchmark
    public void extractOneArticle(Blackhole bh) {
        BenchmarkCorpus.Article a = corpus.get(next);
        next = next + 1 == corpus.size() ? 0 : next + 1;
        bh.consume(extractor.extract(a.text(), a.published()));
    }

    @Test
    void measureThroughput() throws Exception {
        List<BenchmarkCorpus.Article> articles = BenchmarkCorpus.generate(ARTICLES, TARGET_CHARS, SEED);
        long chars = articles.stream().mapToLong(a -> a.text().body().length()).sum();
        double averageBytes = articles.stream()
                .mapToLong(a -> a.text().body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).average().orElse(0);
        Options options = new OptionsBuilder()
                .include(ExtractionBenchmark.class.getName() + ".extractOneArticle")
                .forks(0)
                .threads(1)
                .warmupIterations(5).warmupTime(TimeValue.seconds(4))
                .measurementIterations(5).measurementTime(TimeValue.seconds(4))
                .shouldDoGC(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        assertThat(results).isNotEmpty();
        RunResult r = results.iterator().next();
        double perSecond = r.getPrimaryResult().getScore();
        double error = r.getPrimaryResult().getScoreError();
        System.out.printf("%nExtraction engine v%s: %,d articles, %,d chars, average %.0f bytes (UTF-8) per article%n",
                ClaimExtractor.VERSION, articles.size(), chars, averageBytes);
        System.out.printf("Single thread: %.0f ± %.0f articles/s, %.2f MB/s%n", perSecond, error,
                perSecond * averageBytes / 1_000_000);
        assertThat(perSecond).isPositive();
        seedThroughput();
    }

    // For contrast: the cleaned seed articles are real news copy, far less dense in claims than the generated corpus.
    private static void seedThroughput() {
        ClaimExtractor extractor = ClaimExtractor.withDefaultVocabulary();
        List<ArticleText> seeds = new java.util.ArrayList<>();
        for (String f : List.of("seed-000.txt", "seed-001.txt", "seed-002.txt", "seed-003.txt", "seed-004.txt")) {
            seeds.add(new ArticleText(null, DevSet.resource(f)));
        }
        double bytes = seeds.stream().mapToInt(a -> a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .average().orElse(0);
        java.time.LocalDate published = java.time.LocalDate.of(2024, 11, 6);
        long sink = 0;
        double rate = 0;
        for (int round = 0; round < 2; round++) {   // the first round is warm-up
            long n = 0;
            long t0 = System.nanoTime();
            while (System.nanoTime() - t0 < 5_000_000_000L) {
                sink += extractor.extract(seeds.get((int) (n % seeds.size())), published).size();
                n++;
            }
            rate = n / ((System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("Seed articles (timed loop, single thread): %.0f articles/s, %.2f MB/s (%.0f bytes each, %d)%n",
                rate, rate * bytes / 1_000_000, bytes, sink % 10);
    }
}
