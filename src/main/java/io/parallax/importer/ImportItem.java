package io.parallax.importer;

/**
 * What became of one item of an import: {@code STORED}, {@code DUPLICATE} (with the article already there),
 * {@code REFUSED} (with the field and the reason) or still {@code PENDING}; {@code title} is its article's.
 */
public record ImportItem(int line, String source, String status, Long articleId, String field, String reason, String title) {

    public boolean refused() {
        return "REFUSED".equals(status);
    }
}
