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

    /** Two long texts: the right one rewords every seventh sentence, drops every 50th and adds one after every 40th it keeps. */
    static List<List<String>> longTexts(int sentences) {
        java.util.Random random = new java.util.Random(42);
        List<String> left = new java.util.ArrayList<>();
        List<String> right = new java.util.ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            String sentence = "Sentence " + i + " says " + word(random) + " " + word(random) + " " + word(random) + " near "
                    + word(random) + " on day " + (i % 31) + ".";
            left.add(sentence);
            if (i % 50 == 49) {
                continue;
            }
            right.add(i % 7 == 3 ? sentence.replace(" says ", " reports that ").replace(" near ", " close to ") : sentence);
            if (i % 40 == 39) {
                right.add("An added line " + i + " about " + word(random) + " " + word(random) + ".");
            }
        }
        return List.of(left, right);
    }

    private static String word(java.util.Random random) {
        StringBuilder w = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    @Test
    void tenThousandSentencesASideAlignInOrderWithEveryPairFound() {
        List<List<String>> texts = longTexts(10_000);
        List<String> left = texts.get(0);
        List<String> right = texts.get(1);
        java.util.concurrent.atomic.AtomicLong asked = new java.util.concurrent.atomic.AtomicLong();

        List<Pair> pairs = SentenceAlignment.align(left, right, (i, j) -> {
            asked.incrementAndGet();
            return false;
        });

        assertThat(pairs.stream().filter(p -> p.left() != null).map(Pair::left)).containsExactlyElementsOf(left);
        assertThat(pairs.stream().filter(p -> p.right() != null).map(Pair::right)).containsExactlyElementsOf(right);
        assertThat(pairs.stream().filter(p -> p.kind() == Kind.SAME || p.kind() == Kind.REWORDED).count()).isEqualTo(9_800);
        assertThat(pairs.stream().filter(p -> p.left() != null && p.right() != null && !p.left().equals(p.right())).count())
                .as("the reworded sentences are paired").isEqualTo(1_400);
        assertThat(pairs.stream().filter(p -> p.kind() == Kind.ONLY_LEFT).count()).isEqualTo(200);
        assertThat(pairs.stream().filter(p -> p.kind() == Kind.ONLY_RIGHT).count()).isEqualTo(200);
        // Claims are consulted only for pairs within the band, never for all 10^8 pairs.
        assertThat(asked.get()).isLessThan(10_000L * (2 * SentenceAlignment.BAND + 1));
    }

    @Test
    void textsWithNoSentenceInCommonStillAlignWithinTheBand() {
        List<String> left = new java.util.ArrayList<>();
        List<String> right = new java.util.ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            left.add("Left line " + i + " alpha beta.");
            right.add("Right row " + i + " gamma delta.");
        }
        List<Pair> pairs = SentenceAlignment.align(left, right, (i, j) -> false);
        assertThat(pairs).hasSize(6_000);
        assertThat(pairs.stream().filter(p -> p.left() != null).map(Pair::left)).containsExactlyElementsOf(left);
    }

    @Test
    void anAlignmentStopsWhenItsRequestIsOutOfTime() {
        List<String> left = java.util.stream.IntStream.range(0, 500).mapToObj(i -> "Left line " + i + " about the vote.").toList();
        List<String> right = java.util.stream.IntStream.range(0, 500).mapToObj(i -> "Right text " + i + " on troops.").toList();

        try (var deadline = io.parallax.system.RequestDeadline.start(java.time.Duration.ZERO, () -> false)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SentenceAlignment.align(left, right, (i, j) -> false))
                    .isInstanceOf(io.parallax.system.RequestStopped.class)
                    .extracting(e -> ((io.parallax.system.RequestStopped) e).reason())
                    .isEqualTo(io.parallax.system.RequestStopped.Reason.TIME_LIMIT);
        }
        assertThat(SentenceAlignment.align(left, right, (i, j) -> false)).hasSize(1_000);
    }
}
