package io.parallax.analysis;

import java.util.Locale;

/**
 * An article as the engine sees it: an optional headline used as context, the cleaned body, and the language it is
 * written in (an IETF tag such as {@code en} or {@code en-GB}), which picks the rules that read it.
 */
public record ArticleText(String title, String body, String language) {

    public static final String ENGLISH = "en";

    /** An article in English. */
    public ArticleText(String title, String body) {
        this(title, body, ENGLISH);
    }

    /** The primary language subtag in lower case ("en" for "en-GB" or "EN"); English when none is given. */
    public String languageCode() {
        if (language == null || language.isBlank()) {
            return ENGLISH;
        }
        String code = Locale.forLanguageTag(language.strip().replace('_', '-')).getLanguage();
        return code.isEmpty() ? language.strip().toLowerCase(Locale.ROOT) : code;
    }
}
