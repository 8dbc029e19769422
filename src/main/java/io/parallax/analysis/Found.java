package io.parallax.analysis;

/** A match inside one sentence, before its subject and attribution are known; offsets are into the sentence. */
record Found(ClaimType type, int start, int end, ClaimValue value) {
}
