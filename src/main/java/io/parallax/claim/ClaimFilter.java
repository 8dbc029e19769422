package io.parallax.claim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.parallax.analysis.ClaimType;
import io.parallax.article.ArticleFilter;
import io.parallax.system.InvalidFilterException;

/** Filters for claims across articles: the article filters plus a claim type and a subject key. */
public record ClaimFilter(String type, String subject, List<String> outlet, String from, String to, String page, String size) {

    public Criteria validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        ClaimType claimType = null;
        if (type != null && !type.isBlank()) {
            try {
                claimType = ClaimType.valueOf(type.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            }
            catch (IllegalArgumentException ex) {
                errors.put("type", type.strip() + " is not a claim type; use one of " + Arrays.toString(ClaimType.values()) + ".");
            }
        }
        ArticleFilter.Criteria articles;
        try {
            articles = new ArticleFilter(outlet, from, to, null, null, page, size).validate();
        }
        catch (InvalidFilterException ex) {
            errors.putAll(ex.errors());
            throw new InvalidFilterException(errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFilterException(errors);
        }
        return new Criteria(claimType, subject == null || subject.isBlank() ? null : subject.strip(), articles);
    }

    public record Criteria(ClaimType type, String subject, ArticleFilter.Criteria articles) {
    }
}
