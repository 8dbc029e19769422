package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One shared extractor used from many threads gives exactly the single-threaded results. */
class ThreadSafetyTests {

    @Test
    void concurrentExtractionMatchesSequentialExtraction() throws Exception {
        ClaimExtractor extractor = ClaimExtractor.withDefaultVocabulary();
        List<DevSet.Item> items = DevSet.load();
        List<List<Claim>> expected = new ArrayList<>();
        for (DevSet.Item item : items) {
            expected.add(extractor.extract(item.article(), item.published()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<List<Claim>>>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                tasks.add(() -> {
                    List<List<Claim>> got = new ArrayList<>(java.util.Collections.nCopies(items.size(), null));
                    for (int round = 0; round < 20; round++) {
                        for (int k = 0; k < items.size(); k++) {
                            int i = (k + offset * 7) % items.size();
                            got.set(i, extractor.extract(items.get(i).article(), items.get(i).published()));
                        }
                    }
                    return got;
                });
            }
            for (Future<List<List<Claim>>> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
