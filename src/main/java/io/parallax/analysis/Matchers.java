package io.parallax.analysis;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reusable matchers over one article body, so the rules do not allocate a matcher per sentence; lives inside one call. */
final class Matchers {

    private final String text;
    private final Map<Pattern, Matcher> cache = new IdentityHashMap<>();

    Matchers(String text) {
        this.text = text;
    }

    /** The matcher of {@code p} over the body; callers always set a region, which also resets it. */
    Matcher get(Pattern p) {
        Matcher m = cache.get(p);
        if (m == null) {
            m = p.matcher(text);
            cache.put(p, m);
        }
        return m;
    }

    /** Like {@link #get} with lookarounds and word boundaries that see past the region. */
    Matcher transparent(Pattern p) {
        return Windows.transparent(get(p));
    }
}
