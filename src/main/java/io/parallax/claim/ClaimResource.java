package io.parallax.claim;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.parallax.analysis.ClaimValue;

/**
 * A claim in the JSON API: its span, subject and source, the value as a reader would say it ({@code value}) and the
 * value's own fields beside them ({@code date} and {@code precision}, {@code min}, {@code max} and {@code qualifier}, ...).
 * The sentence is quoted in full up to {@link ClaimView#MAX_EXCERPT} characters, and around the claim beyond that.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ClaimResource(long id, String type, String text, int start, int end, String sentence, String subject,
        String subjectLabel, String attribution, String attributionPerson, String sourceKey, String value,
        @JsonUnwrapped ClaimValue normalised, Long articleId, String outlet, String outletSlug, LocalDate publishedAt) {

    static ClaimResource of(ClaimView c) {
        return of(c, null, null, null, null);
    }

    static ClaimResource of(ClaimView c, Long articleId, String outlet, String outletSlug, LocalDate publishedAt) {
        return new ClaimResource(c.id(), c.type().name(), c.text(), c.start(), c.end(), c.sentenceExcerpt(), c.subjectKey(),
                c.subjectLabel(), c.attribution(), c.attributionPerson(), c.sourceKey(), c.valueLabel(), c.value(),
                articleId, outlet, outletSlug, publishedAt);
    }
}
