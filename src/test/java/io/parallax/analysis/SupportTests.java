package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Number parsing, sentence splitting and attribution display. */
class SupportTests {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            10,000          | 10000
            10 000          | 10000
            12k             | 12000
            1.5 million     | 1500000
            3 thousand      | 3000
            three thousand  | 3000
            ten thousand    | 10000
            a dozen         | 12
            twenty-five     | 25
            two hundred and fifty | 250
            a thousand      | 1000
            """)
    void parsesNumbers(String phrase, long expected) {
        assertThat(NumberParser.parseEnglish(phrase)).isEqualTo(expected);
    }

    @Test
    void splitsSentencesWithOffsetsAndKeepsAbbreviations() {
        String text = "The U.S. confirmed it on Oct. 24. Putin met Kim in Pyongyang.\n\nMOSCOW, November 6. /TASS/. It passed.";
        List<Sentence> sentences = SentenceSplitter.split(text);
        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "The U.S. confirmed it on Oct. 24.", "Putin met Kim in Pyongyang.",
                "MOSCOW, November 6. /TASS/.", "It passed.");
        for (Sentence s : sentences) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void displaysSourceWithPerson() {
        assertThat(new Attribution("U.S. State Department", "Matthew Miller").display())
                .isEqualTo("U.S. State Department (Matthew Miller)");
        assertThat(new Attribution("U.S.", null).display()).isEqualTo("U.S.");
    }
}
