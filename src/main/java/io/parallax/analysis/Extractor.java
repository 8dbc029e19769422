package io.parallax.analysis;

import java.util.List;

/**
 * Finds the claims of one type in one sentence. {@link ClaimExtractor} registers one per claim type and language with an
 * explicit precedence, which decides between overlapping claims of different types. Implementations are immutable and
 * thread-safe: everything that belongs to one article lives in the {@link SentenceContext}.
 */
interface Extractor {

    ClaimType type();

    /** The claims of {@link #type()} in the context's sentence, in any order. */
    List<Claim> extract(SentenceContext sentence);
}
