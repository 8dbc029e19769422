package io.parallax.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTests {

    private final TextCleaner cleaner = new TextCleaner();

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of("db/seed"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    @Test
    void leadingDateLineBecomesThePublishedDateAndTheDatelineAndWireAreRead() throws IOException {
        CleanedText text = cleaner.clean(seed("000"), null);

        assertThat(text.statedDate()).isEqualTo(LocalDate.of(2024, 11, 6));
        assertThat(text.dateline()).isEqualTo("MOSCOW");
        assertThat(text.wire()).isEqualTo("AP");
        assertThat(text.headline()).isNull();
        assertThat(text.paragraphs().get(0)).startsWith("MOSCOW — (AP) — The upper house of Russian parliament");
        assertThat(text.body()).doesNotContain("date 2024-11-06");
        assertThat(text.paragraphs()).hasSize(9);
    }

    @Test
    void navigationRepeatedHeadlineAndCommentCounterAreSetAside() throws IOException {
        String headline = "Russia confirms agreement with North Korea following US claims of up to 10,000 North Korean soldiers in Kursk";
        CleanedText text = cleaner.clean(seed("001"), headline);

        assertThat(text.paragraphs().get(0)).startsWith("Moscow’s upper parliamentary chamber approved a treaty");
        assertThat(text.body()).doesNotContain("Home World Live").doesNotContain(headline);
        assertThat(text.paragraphs()).doesNotContain("0");
        assertThat(text.removed()).contains("0", headline);
    }

    @Test
    void headlineRepeatedAtTheTopIsFoundWithoutBeingToldAndKeptOnce() throws IOException {
        CleanedText text = cleaner.clean(seed("002"), null);

        assertThat(text.headline()).isEqualTo("Russian senators ratify North Korean defense pact");
        assertThat(text.dateline()).isEqualTo("MOSCOW");
        assertThat(text.paragraphs().get(0)).startsWith("Russian lawmakers on Wednesday voted unanimously");
        assertThat(text.paragraphs()).contains("'Mutual assistance'", "Missile tests");
    }

    @Test
    void photoCreditAndTrailingLinkListAreSetAside() throws IOException {
        CleanedText text = cleaner.clean(seed("003"), "Russian parliament ratifies defence treaty with North Korea");

        assertThat(text.paragraphs().get(0)).startsWith("The lower house of Russia's parliament ratified");
        assertThat(text.body()).doesNotContain("STR/KCNA VIA KNS/AFP").doesNotContain("More from International news");
        assertThat(text.paragraphs().get(text.paragraphs().size() - 1)).startsWith("The reported deployment of North Korean troops");
        assertThat(text.wire()).as("a photo agency credit is not a wire credit").isNull();
    }

    @Test
    void captionsTheirCreditsAndClosingFurnitureAreSetAsideButSectionHeadingsStay() throws IOException {
        CleanedText text = cleaner.clean(seed("004"), null);

        assertThat(text.body()).doesNotContain("Soldiers march in a parade").doesNotContain("Ng Han Guan/AP Photo")
                .doesNotContain("Gavriil Grigorov/AP Photo").doesNotContain("Comments are closed.")
                .doesNotContain("North Korean troops marching").doesNotContain("Putin and Kim Jong Un in 2024");
        assertThat(text.paragraphs()).doesNotContain("More")
                .contains("U.S. Confirms North Korean Troop Deployment", "This article includes reporting from The Associated Press");
        assertThat(text.wire()).isEqualTo("AP");
        assertThat(text.headline()).isNull();
    }

    @Test
    void aTitleIsDerivedFromTheFirstSentenceWithoutTheDateline() throws IOException {
        assertThat(TextCleaner.deriveTitle(cleaner.clean(seed("000"), null)))
                .isEqualTo("The upper house of Russian parliament on Wednesday ratified a treaty with North Korea envisioning mutual military…");
        assertThat(TextCleaner.deriveTitle(cleaner.clean("Short first sentence. Second one here.", null)))
                .isEqualTo("Short first sentence.");
    }

    @Test
    void htmlIsReadAsParagraphsAndItsScriptsAreDropped() {
        CleanedText text = cleaner.clean("""
                <html><body><nav>Home | World</nav><h1>Big news today</h1>
                <p>First paragraph &amp; more.</p><script>alert(1)</script><p>Second <b>bold</b> paragraph.</p>
                <footer>Copyright</footer></body></html>""", null);

        assertThat(text.headline()).isNull();
        assertThat(text.paragraphs()).containsExactly("Big news today", "First paragraph & more.", "Second bold paragraph.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFEFFText with a byte order mark.", "Text\u0000 with a NUL.", "Text\r\nwith CRLF.", "Text\u00A0with  odd   spaces."})
    void controlCharactersAndOddWhitespaceNeverReachTheBody(String raw) {
        CleanedText text = cleaner.clean(raw, null);

        assertThat(text.body()).doesNotContain("\u0000", "\uFEFF", "\r", "\u00A0", "  ");
        assertThat(text.body()).startsWith("Text");
    }

    @Test
    void aMalformedDateLineIsLeftInTheText() {
        CleanedText text = cleaner.clean("date 2024-13-45 Something happened today in the capital.", null);

        assertThat(text.statedDate()).isNull();
        assertThat(text.body()).startsWith("date 2024-13-45");
    }
}
