package io.parallax.analysis;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reusable matchers over one article body, so the rules do not allocate a matcher per sentence; lives inside one call.
 * The matchers themselves are kept per thread and handed to the next article reset, because a matcher's group arrays
 * cost more to allocate than most matches cost to run.
 */
final class Matchers {

    private static final ThreadLocal<Map<Pattern, Slot>> POOL = ThreadLocal.withInitial(IdentityHashMap::new);

    /** A pooled matcher and the article reading that last reset it. */
    private static final class Slot {
        private Matcher matcher;
        private Matchers owner;
    }

    private final String text;
    private final Map<Pattern, Slot> pool = POOL.get();
    private final AttributionFinder.Memo sources = new AttributionFinder.Memo();

    Matchers(String text) {
        this.text = text;
    }

    /** The matcher of {@code p} over the body; callers always set a region, which also resets it. */
    Matcher get(Pattern p) {
        Slot s = pool.get(p);
        if (s == null) {
            s = new Slot();
            s.matcher = p.matcher(text);
            s.owner = this;
            pool.put(p, s);
        } else if (s.owner != this) {
            // as fresh as a new matcher: opaque, anchoring bounds, over this body
            s.matcher.reset(text).useTransparentBounds(false).useAnchoringBounds(true);
            s.owner = this;
        }
        return s.matcher;
    }

    /**
     * What the attribution finder worked out about this body's sentences, shared by every caller that reads the same
     * article (the extractors through the reading, the subject resolver through these matchers).
     */
    AttributionFinder.Memo sources() {
        return sources;
    }

    /** Like {@link #get} with lookarounds and word boundaries that see past the region. */
    Matcher transparent(Pattern p) {
        return Windows.transparent(get(p));
    }
}
