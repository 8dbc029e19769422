package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Times the two-article alignment on two 10,000-sentence texts; the figure goes in docs/benchmarks.md. */
@Tag("benchmark")
class SentenceAlignmentBenchmark {

    @Test
    void twoTenThousandSentenceTexts() {
        List<List<String>> texts = SentenceAlignmentTests.longTexts(10_000);
        for (int warm = 0; warm < 3; warm++) {
            SentenceAlignment.align(texts.get(0), texts.get(1), (i, j) -> false);
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long best = Long.MAX_VALUE;
        int size = 0;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            size = SentenceAlignment.align(texts.get(0), texts.get(1), (i, j) -> false).size();
            best = Math.min(best, System.nanoTime() - start);
        }
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("Alignment of 10,000 x 10,000 sentences: best %d ms of 5 runs, %d lines, heap growth %d MB%n",
                best / 1_000_000, size, Math.max(0, heapAfter - heapBefore) / (1024 * 1024));
        assertThat(best / 1_000_000).isLessThan(2_000);
    }
}
