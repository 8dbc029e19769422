package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The article's language picks the rules; a language without rules is not read with English ones. */
class LanguageTests {

    private static final ClaimExtractor ENGINE = ClaimExtractor.withDefaultVocabulary();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 25);
    private static final String BODY = "The State Duma on Oct. 24 voted 397-0 to ratify the treaty, and up to 10,000 troops "
            + "were sent to Russia, the U.S. State Department said.";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "en-GB", "EN", "en_US", ""})
    void englishInAnyOfItsTagsIsRead(String language) {
        Extraction read = ENGINE.read(new ArticleText(null, BODY, language), PUBLISHED);
        assertThat(read.status()).isEqualTo(Extraction.Status.EXTRACTED);
        assertThat(read.reason()).isNull();
        assertThat(read.claims()).extracting(Claim::type).contains(ClaimType.DATE, ClaimType.VOTE, ClaimType.TROOP_COUNT);
        assertThat(ENGINE.reads(language)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"de,de", "fr-FR,fr", "ko,ko", "ru,ru"})
    void aLanguageWithoutRulesGivesNoClaimsAndSaysWhy(String language, String code) {
        Extraction read = ENGINE.read(new ArticleText(null, BODY, language), PUBLISHED);
        assertThat(read.status()).isEqualTo(Extraction.Status.SKIPPED);
        assertThat(read.claims()).isEmpty();
        assertThat(read.reason()).isEqualTo("No extraction rules for language \"" + code + "\"");
        assertThat(ENGINE.extract(new ArticleText(null, BODY, language), PUBLISHED)).isEmpty();
        assertThat(ENGINE.reads(language)).isFalse();
    }
}
