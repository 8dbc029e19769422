package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd input never throws, and every claim keeps the span invariants. */
class RobustnessTests {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaultVocabulary();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 6);

    private static void checkInvariants(ArticleText article) {
        List<Claim> claims = EXTRACTOR.extract(article, PUBLISHED);
        int previous = -1;
        for (Claim c : claims) {
            assertThat(article.body().substring(c.start(), c.end())).isEqualTo(c.text());
            assertThat(c.sentence()).contains(c.text());
            assertThat(article.body()).contains(c.sentence());
            assertThat(c.start()).isGreaterThanOrEqualTo(previous);
            assertThat(c.value()).isNotNull();
            previous = c.start();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", ".", "1", "397-0", "On", "Monday", "June 31, 2024.", "2024-13-45",
            "on the 0th", "99999999999999999999 troops", "between 5 and 3 troops", "All 0 deputies voted in favor.",
            "The Duma voted 999-999.", "Up to troops.", "“”‘’—–…", "U.S. U.S. U.S.", "\u00a0\u202f10\u00a0000 soldiers"})
    void oddInputDoesNotThrow(String body) {
        checkInvariants(new ArticleText(null, body));
        checkInvariants(new ArticleText(body, body));
    }

    @Test
    void rawSeedsWithBoilerplateDoNotThrow() throws IOException {
        Path dir = Path.of("db/seed");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                checkInvariants(new ArticleText(null, Files.readString(f)));
            }
        }
    }

    @Test
    void shuffledFragmentsDoNotThrow() {
        String all = String.join(" ", DevSet.load().stream().map(i -> i.article().body()).toList());
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 2_000; k++) {
            int a = random.nextInt(all.length());
            int b = Math.min(all.length(), a + random.nextInt(400));
            checkInvariants(new ArticleText(null, all.substring(a, b)));
        }
    }
}
