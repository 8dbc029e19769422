package io.parallax.article;

import java.util.List;

/**
 * One page of a filtered article list (pages count from 1) and the size of the whole result, counted up to a cap:
 * {@code more} says there are more than {@code total}.
 */
public record ArticlePage(List<ArticleSummary> items, int page, int size, long total, boolean more) {

    public ArticlePage(List<ArticleSummary> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    /** The size of the result as a reader sees it: "1,234" or "more than 10,000". */
    public String totalLabel() {
        return (more ? "more than " : "") + String.format(java.util.Locale.ROOT, "%,d", total);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public boolean isBeyondEnd() {
        return items.isEmpty() && total > 0;
    }

    public long firstShown() {
        return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastShown() {
        return (long) (page - 1) * size + items.size();
    }
}
