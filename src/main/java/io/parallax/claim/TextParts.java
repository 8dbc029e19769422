package io.parallax.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * An article body cut into parts small enough for one page: each holds at most a given number of characters and of
 * claims, ends at a paragraph where it can (else at a sentence or a word), and never cuts through a claim.
 */
public record TextParts(List<Part> parts) {

    /** Part {@code number} (from 1) covers the body's characters {@code start} to {@code end}. */
    public record Part(int number, int start, int end) {

        boolean holds(ClaimView claim) {
            return claim.start() >= start && claim.start() < end;
        }
    }

    /** {@code claims} in text order, as they are stored. */
    public static TextParts of(String body, String separator, List<ClaimView> claims, int maxChars, int maxClaims) {
        List<Part> parts = new ArrayList<>();
        int length = body.length();
        int cursor = 0;
        int first = 0;
        do {
            while (first < claims.size() && claims.get(first).start() < cursor) {
                first++;
            }
            int limit = Math.min(length, cursor + maxChars);
            if (first + maxClaims < claims.size() && claims.get(first + maxClaims).start() < limit) {
                limit = Math.max(cursor + 1, claims.get(first + maxClaims).start());
            }
            int cut = limit >= length ? length : cutBefore(body, separator, cursor, limit);
            for (int c = first; c < claims.size() && claims.get(c).start() < cut; c++) {
                ClaimView claim = claims.get(c);
                if (claim.start() >= cursor && claim.end() > cut) {
                    cut = claim.start() > cursor ? claim.start() : Math.min(length, claim.end());
                    break;
                }
            }
            parts.add(new Part(parts.size() + 1, cursor, cut));
            cursor = cut;
        }
        while (cursor < length);
        return new TextParts(parts);
    }

    /** Where to end a part that may not reach past {@code limit}: after a paragraph, else a sentence, else a word. */
    private static int cutBefore(String body, String separator, int from, int limit) {
        int floor = from + (limit - from) / 2;
        for (int i = limit - separator.length(); i > from; i--) {
            if (body.startsWith(separator, i)) {
                return i + separator.length();
            }
        }
        for (int i = limit - 2; i > floor; i--) {
            char c = body.charAt(i - 1);
            // "Oct. 24" is not the end of a sentence: the next one starts with a capital.
            if (Character.isWhitespace(body.charAt(i)) && (c == '.' || c == '!' || c == '?')
                    && Character.isUpperCase(body.charAt(i + 1))) {
                return i + 1;
            }
        }
        for (int i = limit - 1; i > floor; i--) {
            if (Character.isWhitespace(body.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(body.charAt(limit)) ? limit - 1 : limit;
    }

    public int count() {
        return parts.size();
    }

    public Part get(int number) {
        return parts.get(number - 1);
    }

    /** The part the claim stands in, or the first. */
    public Part holding(ClaimView claim) {
        return parts.stream().filter(p -> p.holds(claim)).findFirst().orElse(parts.get(0));
    }

    public List<ClaimView> claimsIn(Part part, List<ClaimView> claims) {
        return claims.stream().filter(part::holds).toList();
    }
}
