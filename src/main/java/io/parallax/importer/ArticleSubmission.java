package io.parallax.importer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An article as users, the API and the seed files hand it in. Only {@code outlet} and {@code body} are required;
 * the seed files use the same fields, so a seed's metadata is a template for adding one's own articles.
 */
public record ArticleSubmission(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String outlet,
        @Size(max = 40) String outletKind,
        @Size(max = 255) String outletDomain,
        @Size(max = 100) String outletCountry,
        @Size(max = 2048, message = "must be at most 2048 characters")
        @Pattern(regexp = "(?i)https?://[^\\s/$.?#][^\\s]*", message = "must be an http or https URL") String url,
        @Size(max = 200) String publishedVia,
        @Size(max = 1000, message = "must be at most 1000 characters") String title,
        @Size(max = 500, message = "must be at most 500 characters") String byline,
        String publishedAt,
        Boolean publishedAtInferred,
        @Size(max = 20, message = "must be at most 20 characters")
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as en or en-GB") String language,
        @Size(max = 300, message = "must be at most 300 characters") String story,
        @Size(max = 50) String wire,
        @NotBlank(message = "is required") String body) {

    /** The same article with its body text replaced, for seed files whose text lives beside the metadata. */
    public ArticleSubmission withBody(String text) {
        return new ArticleSubmission(outlet, outletKind, outletDomain, outletCountry, url, publishedVia, title, byline,
                publishedAt, publishedAtInferred, language, story, wire, text);
    }
}
