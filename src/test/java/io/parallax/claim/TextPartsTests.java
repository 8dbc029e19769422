package io.parallax.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.parallax.analysis.DateValue;

class TextPartsTests {

    private static ClaimView claim(long id, int start, int end, String body) {
        return new ClaimView(id, 1, start, end, body.substring(start, end), "", null, null, null, null, null,
                DateValue.of(LocalDate.of(2024, 10, 24)));
    }

    private static void assertCoversTheBodyInOrder(TextParts parts, String body) {
        int at = 0;
        for (TextParts.Part part : parts.parts()) {
            assertThat(part.start()).isEqualTo(at);
            assertThat(part.end()).isGreaterThan(part.start());
            at = part.end();
        }
        assertThat(at).isEqualTo(body.length());
    }

    @Test
    void partsEndAtParagraphsAndHoldNoMoreThanTheirShare() {
        String paragraph = "On Oct. 24 the Duma voted. ".repeat(4).strip();
        String body = String.join("\n\n", java.util.Collections.nCopies(40, paragraph));

        TextParts parts = TextParts.of(body, "\n\n", List.of(), 500, 100);

        assertCoversTheBodyInOrder(parts, body);
        assertThat(parts.count()).isGreaterThan(1);
        for (TextParts.Part part : parts.parts()) {
            assertThat(part.end() - part.start()).isLessThanOrEqualTo(500);
            assertThat(body.substring(part.start()).startsWith(paragraph)).isTrue();
        }
    }

    @Test
    void aParagraphLongerThanAPartIsCutAtASentenceAndNeverInsideAClaim() {
        String body = "The troops moved on Oct. 24 and stayed. ".repeat(100);
        List<ClaimView> claims = new ArrayList<>();
        for (int at = body.indexOf("Oct. 24"), id = 1; at >= 0; at = body.indexOf("Oct. 24", at + 1), id++) {
            claims.add(claim(id, at, at + 7, body));
        }

        TextParts parts = TextParts.of(body, "\n\n", claims, 300, 1000);

        assertCoversTheBodyInOrder(parts, body);
        for (TextParts.Part part : parts.parts()) {
            assertThat(part.end() - part.start()).isLessThanOrEqualTo(300);
            assertThat(claims).noneMatch(c -> c.start() < part.end() && c.end() > part.end());
            if (part.end() < body.length()) {
                assertThat(body.substring(part.start(), part.end())).endsWith("stayed. ");
            }
        }
        assertThat(parts.parts().stream().mapToLong(p -> parts.claimsIn(p, claims).size()).sum()).isEqualTo(claims.size());
    }

    @Test
    void aPartHoldsNoMoreClaimsThanItsShareAndAClaimFindsItsPart() {
        String body = "397-0 ".repeat(1_000);
        List<ClaimView> claims = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            claims.add(claim(i + 1, i * 6, i * 6 + 5, body));
        }

        TextParts parts = TextParts.of(body, "\n\n", claims, 100_000, 150);

        assertCoversTheBodyInOrder(parts, body);
        assertThat(parts.count()).isEqualTo(7);
        assertThat(parts.parts()).allSatisfy(p -> assertThat(parts.claimsIn(p, claims)).hasSizeLessThanOrEqualTo(150));
        assertThat(parts.holding(claims.get(999)).number()).isEqualTo(7);
        assertThat(parts.holding(claims.get(0)).number()).isEqualTo(1);
    }

    @Test
    void anEmptyOrShortBodyIsOnePart() {
        assertThat(TextParts.of("", "\n\n", List.of(), 100, 10).count()).isEqualTo(1);
        assertThat(TextParts.of("Short.", "\n\n", List.of(), 100, 10).get(1)).isEqualTo(new TextParts.Part(1, 0, 6));
    }
}
