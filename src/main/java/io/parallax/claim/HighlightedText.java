package io.parallax.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.parallax.system.RequestDeadline;

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
        return of(body, separator, claims, 0, body.length());
    }

    /** The paragraphs of the body's characters {@code from} to {@code to} (a part of a long article). */
    public static HighlightedText of(String body, String separator, List<ClaimView> claims, int from, int to) {
        List<ClaimView> sorted = claims.stream().filter(c -> c.start() >= from && c.start() < to)
                .sorted(Comparator.comparingInt(ClaimView::start).thenComparingInt(c -> -c.end())).toList();
        List<Paragraph> paragraphs = new ArrayList<>();
        int next = 0;
        int start = from;
        while (true) {
            RequestDeadline.check();
            int at = body.indexOf(separator, start);
            int end = at < 0 || at >= to ? to : at;
            List<Segment> segments = new ArrayList<>();
            int cursor = start;
            while (next < sorted.size() && sorted.get(next).start() < start) {
                next++;
            }
            for (; next < sorted.size() && sorted.get(next).start() < end; next++) {
                ClaimView claim = sorted.get(next);
                // Claims that cross a paragraph boundary or overlap one already marked stay in the table only.
                if (claim.start() < cursor || claim.end() > end) {
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
            paragraphs.add(new Paragraph(body.substring(start, end), segments));
            if (end >= to) {
                break;
            }
            start = end + separator.length();
            if (start >= to && to < body.length()) {
                // A part that ends with its last paragraph's separator: the next paragraph belongs to the next part.
                break;
            }
        }
        return new HighlightedText(paragraphs);
    }
}
