package io.parallax.system;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One page of a long list, as a request asks for it: {@code page} counts from 1, {@code size} is capped, and values out
 * of range are refused with a message naming the parameter rather than silently corrected.
 */
public record Paging(int page, int size) {

    /** Reads {@code page} and {@code size}; absent values give the first page of {@code defaultSize}. */
    public static Paging of(String page, String size, int defaultSize, int maxSize) {
        return of("page", page, "size", size, defaultSize, maxSize);
    }

    /** The same, for pages that page several lists and so name their parameters after each list. */
    public static Paging of(String pageName, String page, String sizeName, String size, int defaultSize, int maxSize) {
        Map<String, String> errors = new LinkedHashMap<>();
        int p = number(pageName, page, Integer.MAX_VALUE, 1, errors);
        int s = number(sizeName, size, maxSize, defaultSize, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFilterException(errors);
        }
        return new Paging(p, s);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    public int totalPages(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext(long total) {
        return offset() + size < total;
    }

    private static int number(String name, String value, int max, int fallback, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip();
        try {
            int parsed = Integer.parseInt(v);
            if (parsed >= 1 && parsed <= max) {
                return parsed;
            }
        }
        catch (NumberFormatException ex) {
            // reported below, like a number out of range
        }
        errors.put(name, "The " + name + " must be a whole number from 1" + (max == Integer.MAX_VALUE ? " up" : " to " + max)
                + "; " + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + " is not.");
        return fallback;
    }
}
