package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A fingerprint of every claim the engine finds in the benchmark corpus (span, text, sentence, subject, attribution and
 * value), so a change made for speed can be shown to leave the output alone: run it before and after, and compare the
 * two lines it prints. {@code ./mvnw -q -B -Pbenchmark test -Dtest=ExtractionDigest}
 */
@Tag("benchmark")
class ExtractionDigest {

    @Test
    void printTheDigestOfEveryClaimInTheBenchmarkCorpus() throws Exception {
        List<BenchmarkCorpus.Article> corpus = BenchmarkCorpus.generate(ExtractionBenchmark.ARTICLES,
                ExtractionBenchmark.TARGET_CHARS, ExtractionBenchmark.SEED);
        ClaimExtractor extractor = ClaimExtractor.withDefaultVocabulary();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long claims = 0;
        for (int i = 0; i < corpus.size(); i++) {
            for (Claim c : extractor.extract(corpus.get(i).text(), corpus.get(i).published())) {
                sha.update((i + " " + c + "\n").getBytes(StandardCharsets.UTF_8));
                claims++;
            }
        }
        System.out.printf("%nExtraction engine v%s on %,d benchmark articles: %,d claims, SHA-256 %s%n",
                ClaimExtractor.VERSION, corpus.size(), claims, HexFormat.of().formatHex(sha.digest()));
        assertThat(claims).isPositive();
    }
}
