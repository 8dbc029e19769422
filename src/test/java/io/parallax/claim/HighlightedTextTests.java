package io.parallax.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.parallax.analysis.DateValue;

class HighlightedTextTests {

    private static ClaimView claim(long id, int start, int end, String body) {
        return new ClaimView(id, 1, start, end, body.substring(start, end), "", null, null, null, null, null,
                DateValue.of(LocalDate.of(2024, 10, 24)));
    }

    @Test
    void claimsAreCutOutOfTheirParagraphsAndTheRestIsKeptWordForWord() {
        String body = "The Duma voted on Oct. 24.\n\nIt was Thursday.";
        var text = HighlightedText.of(body, "\n\n", List.of(claim(1, 18, 25, body), claim(2, 35, 43, body)));

        assertThat(text.paragraphs()).hasSize(2);
        assertThat(text.paragraphs().get(0).segments()).extracting(HighlightedText.Segment::text)
                .containsExactly("The Duma voted on ", "Oct. 24", ".");
        assertThat(text.paragraphs().get(0).segments().get(1).claim().id()).isEqualTo(1);
        assertThat(text.paragraphs().get(1).segments()).extracting(HighlightedText.Segment::text)
                .containsExactly("It was ", "Thursday", ".");
    }

    @Test
    void overlappingClaimsAreMarkedOnceAndNoTextIsLostOrRepeated() {
        String body = "Up to 10,000 troops arrived.";
        var text = HighlightedText.of(body, "\n\n", List.of(claim(1, 0, 19, body), claim(2, 6, 12, body)));

        String joined = text.paragraphs().get(0).segments().stream().map(HighlightedText.Segment::text).reduce("", String::concat);
        assertThat(joined).isEqualTo(body);
        assertThat(text.paragraphs().get(0).segments()).filteredOn(s -> s.claim() != null).hasSize(1);
    }
}
