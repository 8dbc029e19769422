package io.parallax.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parallax.system.InvalidFilterException;

/**
 * The article filters as they arrive in a query string, all text, so that a bad value earns a message that names it
 * ("2024-13-45 is not a date") instead of a binding error. The same filters serve the pages and the API.
 */
public record ArticleFilter(List<String> outlet, String from, String to, String q, String story, String page, String size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final int MAX_QUERY = 200;
    /** Lists page through this many results at most: beyond, readers narrow the filters (and no request reads further). */
    public static final int MAX_RESULTS = 10_000;
    /** The same for a full-text search, whose count visits each matching row. */
    public static final int MAX_SEARCH_RESULTS = 1_000;

    public static ArticleFilter none() {
        return new ArticleFilter(List.of(), null, null, null, null, null, null);
    }

    public ArticleFilter withStory(String slug) {
        return new ArticleFilter(outlet, from, to, q, slug, page, size);
    }

    public Criteria validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.put("to", "The end date " + toDate + " is before the start date " + fromDate + ".");
        }
        String query = blankToNull(q);
        if (query != null && query.length() > MAX_QUERY) {
            errors.put("q", "The search text is longer than " + MAX_QUERY + " characters.");
        }
        // Pages are numbered from 1 in addresses, as readers count them.
        int pageNumber = number("page", page, 1, Integer.MAX_VALUE, 1, errors);
        int pageSize = number("size", size, 1, MAX_SIZE, DEFAULT_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFilterException(errors);
        }
        List<String> outlets = outlet == null ? List.of()
                : outlet.stream().filter(o -> o != null && !o.isBlank()).map(String::strip).distinct().toList();
        return new Criteria(outlets, fromDate, toDate, query, blankToNull(story), pageNumber, pageSize);
    }

    private static LocalDate date(String name, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            // The database keeps dates of years 1 to 9999 here; anything beyond is a typing slip, not a filter.
            if (date.getYear() < 1 || date.getYear() > 9999) {
                errors.put(name, value.strip() + " is outside the years 1 to 9999.");
                return null;
            }
            return date;
        }
        catch (DateTimeParseException ex) {
            errors.put(name, value.strip() + " is not a date; use the form 2024-10-24.");
            return null;
        }
    }

    private static int number(String name, String value, int min, int max, int fallback, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        }
        catch (NumberFormatException ex) {
            // reported below, like a number out of range
        }
        errors.put(name, "The " + name + " must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max)
                + "; " + value.strip() + " is not.");
        return fallback;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Validated filters: outlets by slug or name, an inclusive date range, full-text search, a story, a page. */
    public record Criteria(List<String> outlets, LocalDate from, LocalDate to, String q, String story, int page, int size) {

        public boolean isFiltered() {
            return !outlets.isEmpty() || from != null || to != null || q != null || story != null;
        }

        public Criteria withStory(String slug) {
            return new Criteria(outlets, from, to, q, slug, page, size);
        }

        /** How many results the list counts and pages through; beyond, it says "more than". */
        public int maxResults() {
            return q == null ? MAX_RESULTS : MAX_SEARCH_RESULTS;
        }

        /** Rows before this page; {@code page} counts from 1. */
        public long offset() {
            return (long) (page - 1) * size;
        }
    }
}
