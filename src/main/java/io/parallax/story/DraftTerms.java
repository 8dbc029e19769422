package io.parallax.story;

import java.util.Objects;

/**
 * An article's draft with its key terms, worked out once and on any thread (a bulk import's workers), so that the
 * thread that assigns and records stories only compares and stores them. Immutable and thread-safe.
 */
public final class DraftTerms {

    private final ArticleDraft draft;
    private final Signature signature;

    private DraftTerms(ArticleDraft draft, Signature signature) {
        this.draft = draft;
        this.signature = signature;
    }

    public static DraftTerms of(ArticleDraft draft) {
        Objects.requireNonNull(draft, "draft");
        return new DraftTerms(draft, Signature.of(draft.title(), draft.body()));
    }

    public ArticleDraft draft() {
        return draft;
    }

    Signature signature() {
        return signature;
    }
}
