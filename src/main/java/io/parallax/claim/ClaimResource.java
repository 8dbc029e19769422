package io.parallax.claim;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A claim in the JSON API; fields of the other claim types are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ClaimResource(long id, String type, String text, int start, int end, String sentence, String subject,
        String subjectLabel, String attribution, String attributionPerson, String value, String date, String precision,
        Integer min, Integer max, String qualifier, String chamber, Integer votesFor, Integer votesAgainst,
        Integer abstentions, Boolean unanimous, Long articleId, String outlet, String outletSlug, LocalDate publishedAt) {

    static ClaimResource of(ClaimView c) {
        return of(c, null, null, null, null);
    }

    static ClaimResource of(ClaimView c, Long articleId, String outlet, String outletSlug, LocalDate publishedAt) {
        return new ClaimResource(c.id(), c.type().name(), c.text(), c.start(), c.end(), c.sentence(), c.subjectKey(),
                c.subjectLabel(), c.attribution(), c.attributionPerson(), c.valueLabel(), c.date(),
                c.precision() == null ? null : c.precision().name(), c.min(), c.max(),
                c.qualifier() == null ? null : c.qualifier().name(), c.chamber(), c.votesFor(), c.votesAgainst(),
                c.abstentions(), c.unanimous(), articleId, outlet, outletSlug, publishedAt);
    }
}
