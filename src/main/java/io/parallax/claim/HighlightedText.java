package io.parallax.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * An article body cut into paragraphs and each paragraph into plain and claim segments, so the template can mark claims
 * while every piece of article text is still written out escaped.
 */
public record HighlightedText(List<Paragraph> paragraphs) {

    public record Paragraph(String text, List<Segment> segments) {
    }

    public record Segment(String text, ClaimView claim) {
    }

    public static HighlightedText of(String body, String separator, List<ClaimView> claims) {
        List<ClaimView> sorted = claims.stream().sorted(java.util.Comparator.comparingInt(ClaimView::start)
                .thenComparingInt(c -> -c.end())).toList();
        List<Paragraph> paragraphs = new ArrayList<>();
        int offset = 0;
        for (String text : body.split(separator, -1)) {
            int start = offset;
            int end = start + text.length();
            List<Segment> segments = new ArrayList<>();
            int cursor = start;
            for (ClaimView claim : sorted) {
                // Claims that cross a paragraph boundary or overlap one already marked stay in the table only.
                if (claim.start() < cursor || claim.start() >= end || claim.end() > end) {
                    continue;
                }
                if (claim.start() > cursor) {
                    segments.add(new Segment(body.substring(cursor, claim.start()), null));
                }
                segments.add(new Segment(body.substring(claim.start(), claim.end()), claim));
                cursor = claim.end();
            }
            if (cursor < end) {
                segments.add(new Segment(body.substring(cursor, end), null));
            }
            paragraphs.add(new Paragraph(text, segments));
            offset = end + separator.length();
        }
        return new HighlightedText(paragraphs);
    }
}
