package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.parallax.compare.SentenceAlignment.Kind;
import io.parallax.compare.SentenceAlignment.Pair;

class SentenceAlignmentTests {

    @Test
    void identicalRewordedAndOneSidedSentencesAreToldApart() {
        List<String> left = List.of(
                "The upper house of Russian parliament on Wednesday ratified a treaty with North Korea.",
                "It marked the strongest link between Moscow and Pyongyang since the end of the Cold War.",
                "South Korean and Western officials voiced concerns about technology transfers.");
        List<String> right = List.of(
                "Moscow's upper parliamentary chamber approved a treaty with North Korea on Wednesday.",
                "It marked the strongest link between Moscow and Pyongyang since the end of the Cold War.",
                "In a show of force, North Korea launched several missiles.");
        boolean[][] shared = new boolean[3][3];
        shared[0][0] = true;

        List<Pair> pairs = SentenceAlignment.align(left, right, shared);

        assertThat(pairs).extracting(Pair::kind)
                .containsExactly(Kind.REWORDED, Kind.SAME, Kind.ONLY_LEFT, Kind.ONLY_RIGHT);
        assertThat(pairs.get(0).right()).startsWith("Moscow's upper");
        assertThat(pairs.get(2).right()).isNull();
        assertThat(pairs.get(3).left()).isNull();
    }

    @Test
    void theAlignmentKeepsBothTextsInOrderAndLosesNoSentence() {
        List<String> left = List.of("A one two three.", "B four five six.", "C seven eight nine.");
        List<String> right = List.of("C seven eight nine.", "A one two three.");

        List<Pair> pairs = SentenceAlignment.align(left, right, new boolean[3][2]);

        assertThat(pairs.stream().filter(p -> p.left() != null).map(Pair::left)).containsExactlyElementsOf(left);
        assertThat(pairs.stream().filter(p -> p.right() != null).map(Pair::right)).containsExactlyElementsOf(right);
    }

    @Test
    void similarityIgnoresStopWordsAndWordEndings() {
        double s = SentenceAlignment.similarity(SentenceAlignment.words("The Duma ratified the treaty"),
                SentenceAlignment.words("Duma ratification of a treaty"));
        assertThat(s).isEqualTo(1.0);
    }
}
