package io.parallax.system;

/** Where one page of a long list stands in the whole, for a page's "1 to 50 of 70" line and its links. */
public record ListPage(int page, int size, long total) {

    public long first() {
        return Math.min(total, (long) (page - 1) * size + 1);
    }

    public long last() {
        return Math.min(total, (long) page * size);
    }

    public int lastPage() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < lastPage();
    }

    /** More than one page: the list needs links to its other pages. */
    public boolean paged() {
        return total > size;
    }
}
