package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.parallax.outlet.PublisherName;

/** The measures behind wire lineage and the two-article view: word-pair similarity, MinHash, word differences, names. */
class LineageMeasuresTests {

    private static String seed(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("db/seed"))) {
            return Files.readString(files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow());
        }
    }

    @Test
    void theRewriteOfTheApStoryIsAboveTheRewriteThresholdAndOtherReportsBelowIt() throws IOException {
        var ap = Shingles.of(seed("000"));
        var rewrite = Shingles.of(seed("001"));
        var hurriyet = Shingles.of(seed("002"));
        var shoma = Shingles.of(seed("003"));
        var aggregator = Shingles.of(seed("004"));

        assertThat(Shingles.jaccard(ap, rewrite)).isBetween(Lineage.REWRITE, Lineage.COPY);
        assertThat(Shingles.jaccard(ap, hurriyet)).isLessThan(Lineage.REWRITE);
        assertThat(Shingles.jaccard(ap, shoma)).isLessThan(Lineage.REWRITE);
        assertThat(Shingles.jaccard(ap, aggregator)).isLessThan(Lineage.REWRITE);
    }

    @Test
    void minHashEstimatesTheSimilarityAndTheBandsMakeTheRewriteACandidate() throws IOException {
        var ap = Shingles.of(seed("000"));
        var copy = Shingles.of(seed("000") + "\nCopyright 2024 The Associated Press. All rights reserved.");
        int[] a = Shingles.signature(ap);
        int[] c = Shingles.signature(copy);
        int[] r = Shingles.signature(Shingles.of(seed("001")));

        assertThat(Shingles.estimate(a, c)).isGreaterThan(0.9);
        assertThat(Shingles.jaccard(ap, copy)).isGreaterThan(Lineage.COPY);
        assertThat(java.util.Arrays.stream(Shingles.bands(a)).anyMatch(b -> java.util.Arrays.stream(Shingles.bands(r)).anyMatch(x -> x == b)))
                .isTrue();
    }

    @Test
    void aChangedFigureIsMarkedWholeOnBothSides() {
        WordDiff.Result diff = WordDiff.of("Up to 10,000 North Korean soldiers were in Kursk.",
                "Up to 12,000 North Korean soldiers were in Kursk.");

        assertThat(diff.left()).filteredOn(WordDiff.Segment::changed).extracting(WordDiff.Segment::text).containsExactly("10,000");
        assertThat(diff.right()).filteredOn(WordDiff.Segment::changed).extracting(WordDiff.Segment::text).containsExactly("12,000");
        assertThat(diff.right()).filteredOn(WordDiff.Segment::changed).allMatch(WordDiff.Segment::figure);
        assertThat(String.join("", diff.left().stream().map(WordDiff.Segment::text).toList()))
                .isEqualTo("Up to 10,000 North Korean soldiers were in Kursk.");
    }

    @Test
    void rewordingIsMarkedAsChangedWordsThatAreNotFigures() {
        WordDiff.Result diff = WordDiff.of("Miller told reporters on Monday.", "Miller revealed to journalists on Monday.");

        assertThat(diff.left()).filteredOn(WordDiff.Segment::changed).extracting(WordDiff.Segment::text).containsExactly("told reporters");
        assertThat(diff.right()).filteredOn(WordDiff.Segment::changed).extracting(WordDiff.Segment::text)
                .containsExactly("revealed to journalists");
        assertThat(diff.right()).noneMatch(WordDiff.Segment::figure);
    }

    @Test
    void anOutletNameSplitsIntoPublisherAndCarrier() {
        assertThat(PublisherName.parse("Associated Press via Local News 8"))
                .isEqualTo(new PublisherName("Associated Press", "Local News 8"));
        assertThat(PublisherName.parse("Associated Press (hosted.ap.org for The Example Post)"))
                .isEqualTo(new PublisherName("Associated Press", "hosted.ap.org for The Example Post"));
        assertThat(PublisherName.parse("Radio Shoma 93.4")).isEqualTo(new PublisherName("Radio Shoma 93.4", null));
    }

    @Test
    void wireCreditsHaveOneNameAndSourcesOneGroup() {
        assertThat(Wires.name("Associated Press")).isEqualTo("AP");
        assertThat(Wires.name("Agence France-Presse")).isEqualTo("AFP");
        assertThat(SourceGroups.of("US")).isEqualTo("U.S. government");
        assertThat(SourceGroups.of("the U.S.")).isEqualTo("U.S. government");
        assertThat(SourceGroups.of("U.S. State Department")).isEqualTo("U.S. government");
        assertThat(SourceGroups.of("US Secretary of Defence")).isEqualTo("U.S. government");
        assertThat(SourceGroups.of("South Korean Defense Ministry")).isEqualTo("South Korean government");
        assertThat(SourceGroups.of(null)).isEqualTo("no source given");
    }
}
