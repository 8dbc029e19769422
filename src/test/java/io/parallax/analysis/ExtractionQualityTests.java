package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Scores the engine against the labelled development set, on the training split and on the held-back test split:
 * precision, recall and F1 per claim type, troop-count attribution accuracy, and subject alignment (whether claims
 * about the same fact in different articles of a story get the same subject key).
 *
 * <p>The targets are F1 >= 0.95 per type on the training split and >= 0.90 on the test split, attribution
 * and alignment >= 0.90. Where the engine does not reach a target yet, the test asserts a regression FLOOR just below
 * the figure last measured, and prints the target beside it, so the build stays green without pretending the target
 * is met. Raise a floor whenever the engine improves; never lower one to let a regression through.
 *
 * <p>For the test split only aggregate figures are printed: its misses would tell the rule authors what it holds.
 */
class ExtractionQualityTests {

    static final double TRAINING_TARGET = 0.95;
    static final double TEST_TARGET = 0.90;
    static final double ATTRIBUTION_TARGET = 0.90;
    static final double ALIGNMENT_TARGET = 0.90;

    /**
     * What is asserted. Where the engine meets a target, the target itself; where it does not, a regression floor
     * just below the figure last measured. Measured on 2026-12-03 (23:15 UTC): training TROOP_COUNT 0.994, VOTE 0.950,
     * troop-count attribution 0.917 (targets met); TARGET NOT YET MET for test VOTE (0.714), test troop-count
     * attribution (0.643) and subject alignment (training 0.660, test 0.240, measured 23:35 UTC with subjects computed
     * from the sentence's event). Raise a floor whenever the engine improves.
     * 2026-12-04 (04:50 UTC), with chambers and sources found through the people gazetteer: training VOTE 0.967,
     * attribution 0.944; test VOTE 0.905 (target met); at 04:58 UTC, with possessive bodies, acting titles and
     * "speaks of" / "put the number of" speakers, test troop-count attribution 1.000 (target met).
     * 2026-12-04 (05:30 UTC), with subjects from the vote's nearest matter, the article's matter, troop projections
     * and more event words: subject alignment training 0.759, test 0.326 (TARGET NOT YET MET on both).
     */
    static final Map<ClaimType, Double> TRAINING_F1_FLOOR = Map.of(
            ClaimType.DATE, TRAINING_TARGET, ClaimType.TROOP_COUNT, TRAINING_TARGET, ClaimType.VOTE, TRAINING_TARGET);
    static final Map<ClaimType, Double> TEST_F1_FLOOR = Map.of(
            ClaimType.DATE, TEST_TARGET, ClaimType.TROOP_COUNT, TEST_TARGET, ClaimType.VOTE, TEST_TARGET);
    static final double TRAINING_ATTRIBUTION_FLOOR = ATTRIBUTION_TARGET;
    static final double TEST_ATTRIBUTION_FLOOR = ATTRIBUTION_TARGET;

    // Subject alignment floors (raised with each subject improvement; measured figures in the comment above and in
    // the printed report).
    static final double TRAINING_ALIGNMENT_FLOOR = 0.75;
    static final double TEST_ALIGNMENT_FLOOR = 0.31;

    record Score(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The outcome of one run over a split: scores per type, which claim each label was matched to, a report. */
    record Evaluation(Map<ClaimType, Score> scores, Map<DevSet.Label, Claim> matched, Map<DevSet.Label, DevSet.Item> owner,
                      List<String> report) {
    }

    /** Matches claims to labels (same type, overlapping span, value as expected) and tallies the outcome per type. */
    static Evaluation evaluate(List<DevSet.Item> items, ClaimExtractor extractor) {
        Map<ClaimType, int[]> counts = new java.util.TreeMap<>();
        for (ClaimType t : ClaimType.values()) {
            counts.put(t, new int[3]);
        }
        Map<DevSet.Label, Claim> matched = new IdentityHashMap<>();
        Map<DevSet.Label, DevSet.Item> owner = new IdentityHashMap<>();
        List<String> report = new ArrayList<>();
        for (DevSet.Item item : items) {
            List<Claim> claims = new ArrayList<>(extractor.extract(item.article(), item.published()));
            for (DevSet.Label label : item.labels()) {
                owner.put(label, item);
                Claim hit = null;
                for (Claim c : claims) {
                    if (c.type() == label.type() && c.start() < label.end() && label.start() < c.end()
                            && label.value().matches(c.value())) {
                        hit = c;
                        break;
                    }
                }
                if (hit != null) {
                    claims.remove(hit);
                    matched.put(label, hit);
                    counts.get(label.type())[0]++;
                } else {
                    counts.get(label.type())[2]++;
                    report.add("MISSED   " + item.id() + " " + label.type() + " [" + label.text() + "] " + label.value()
                            + found(item, label));
                }
            }
            for (Claim c : claims) {
                counts.get(c.type())[1]++;
                report.add("SPURIOUS " + item.id() + " " + c.type() + " [" + c.text() + "] " + c.value());
            }
        }
        Map<ClaimType, Score> scores = new java.util.TreeMap<>();
        counts.forEach((t, c) -> scores.put(t, new Score(c[0], c[1], c[2])));
        return new Evaluation(scores, matched, owner, report);
    }

    private static String found(DevSet.Item item, DevSet.Label label) {
        return ClaimExtractor.withDefaultVocabulary().extract(item.article(), item.published()).stream()
                .filter(c -> c.type() == label.type() && c.start() < label.end() && label.start() < c.end())
                .map(c -> "  (engine: " + c.value() + ")").findFirst().orElse("");
    }

    /** Troop counts labelled with a source and found by the engine: the share whose attribution is the labelled one. */
    static Score attribution(Evaluation e, List<String> report) {
        int right = 0;
        int wrong = 0;
        int unfound = 0;
        for (var entry : e.owner().entrySet()) {
            DevSet.Label label = entry.getKey();
            if (label.type() != ClaimType.TROOP_COUNT || label.source() == null) {
                continue;
            }
            Claim claim = e.matched().get(label);
            if (claim == null) {
                unfound++;
            } else if (label.source().matches(claim.attribution())) {
                right++;
            } else {
                wrong++;
                report.add("SOURCE   " + entry.getValue().id() + " [" + label.text() + "] expected " + label.source()
                        + ", engine " + (claim.attribution() == null ? "-" : claim.attribution().display()));
            }
        }
        // truePositives = right, falsePositives = wrong, falseNegatives = labels the engine did not find at all.
        return new Score(right, wrong, unfound);
    }

    static double accuracy(Score s) {
        return s.truePositives() + s.falsePositives() == 0 ? 1.0
                : (double) s.truePositives() / (s.truePositives() + s.falsePositives());
    }

    /**
     * Pairs of labels of one type and story, in different items, with a subject label: a gold pair shares the label,
     * a predicted pair has both claims found with the same non-blank subject key.
     */
    static Score alignment(List<DevSet.Item> items, Evaluation e, List<String> report) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<String, List<DevSet.Item>> stories = items.stream().filter(i -> !i.drill())
                .collect(Collectors.groupingBy(DevSet.Item::story, LinkedHashMap::new, Collectors.toList()));
        for (var story : stories.entrySet()) {
            List<DevSet.Item> articles = story.getValue();
            for (int a = 0; a < articles.size(); a++) {
                for (int b = a + 1; b < articles.size(); b++) {
                    for (DevSet.Label x : articles.get(a).labels()) {
                        for (DevSet.Label y : articles.get(b).labels()) {
                            if (x.type() != y.type() || x.subject().equals("-") || y.subject().equals("-")) {
                                continue;
                            }
                            boolean gold = x.subject().equals(y.subject());
                            String kx = key(e.matched().get(x));
                            String ky = key(e.matched().get(y));
                            boolean predicted = kx != null && kx.equals(ky);
                            if (gold && predicted) {
                                tp++;
                            } else if (predicted) {
                                fp++;
                                report.add("MERGED   " + story.getKey() + " " + x.type() + " " + x.subject() + " / "
                                        + y.subject() + " both keyed " + kx);
                            } else if (gold) {
                                fn++;
                                report.add("SPLIT    " + story.getKey() + " " + x.type() + " " + x.subject() + ": "
                                        + articles.get(a).id() + " " + kx + " vs " + articles.get(b).id() + " " + ky);
                            }
                        }
                    }
                }
            }
        }
        return new Score(tp, fp, fn);
    }

    private static String key(Claim c) {
        if (c == null || c.subject() == null || c.subject().key() == null || c.subject().key().isBlank()) {
            return null;
        }
        return c.subject().key();
    }

    static String table(Map<ClaimType, Score> scores, Map<ClaimType, Double> floors, double target) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-12s %5s %5s %5s %9s %9s %9s %7s %7s%n", "type", "TP", "FP", "FN", "precision",
                "recall", "F1", "floor", "target"));
        scores.forEach((t, s) -> sb.append(String.format("%-12s %5d %5d %5d %9.3f %9.3f %9.3f %7.3f %7.3f%s%n", t,
                s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1(),
                floors.get(t), target, s.f1() < target ? "  target not yet met" : "")));
        return sb.toString();
    }

    /** Runs one split, prints its figures and asserts the floors; returns nothing so each split is its own test. */
    private static void scoreSplit(String file, boolean printDetails, Map<ClaimType, Double> f1Floors, double f1Target,
                                   double attributionFloor, double alignmentFloor) {
        List<DevSet.Item> items = DevSet.load(file);
        Evaluation e = evaluate(items, ClaimExtractor.withDefaultVocabulary());
        List<String> details = new ArrayList<>(e.report());
        Score attribution = attribution(e, details);
        Score alignment = alignment(items, e, details);
        long labels = items.stream().mapToLong(i -> i.labels().size()).sum();
        Set<String> stories = items.stream().filter(i -> !i.drill()).map(DevSet.Item::story)
                .collect(Collectors.toCollection(HashSet::new));
        System.out.printf("Extraction quality on %s: %d items, %d labelled claims, %d stories%n", file, items.size(),
                labels, stories.size());
        System.out.print(table(e.scores(), f1Floors, f1Target));
        System.out.printf("troop-count attribution accuracy %.3f (%d right, %d wrong, %d counts not found)"
                        + " floor %.3f target %.3f%s%n", accuracy(attribution), attribution.truePositives(),
                attribution.falsePositives(), attribution.falseNegatives(), attributionFloor, ATTRIBUTION_TARGET,
                accuracy(attribution) < ATTRIBUTION_TARGET ? "  target not yet met" : "");
        System.out.printf("subject alignment P %.3f R %.3f F1 %.3f (%d pairs right, %d merged wrongly, %d split)"
                        + " floor %.3f target %.3f%s%n", alignment.precision(), alignment.recall(), alignment.f1(),
                alignment.truePositives(), alignment.falsePositives(), alignment.falseNegatives(), alignmentFloor,
                ALIGNMENT_TARGET, alignment.f1() < ALIGNMENT_TARGET ? "  target not yet met" : "");
        if (printDetails) {
            details.forEach(System.out::println);
        }
        e.scores().forEach((type, s) -> assertThat(s.f1()).as("F1 of %s on %s (floor; target %.2f)", type, file,
                f1Target).isGreaterThanOrEqualTo(f1Floors.get(type)));
        assertThat(accuracy(attribution)).as("troop-count attribution on %s (floor; target %.2f)", file,
                ATTRIBUTION_TARGET).isGreaterThanOrEqualTo(attributionFloor);
        assertThat(alignment.f1()).as("subject alignment F1 on %s (floor; target %.2f)", file, ALIGNMENT_TARGET)
                .isGreaterThanOrEqualTo(alignmentFloor);
    }

    @Test
    void trainingSplitStaysAboveItsFloors() {
        scoreSplit(DevSet.TRAINING, true, TRAINING_F1_FLOOR, TRAINING_TARGET, TRAINING_ATTRIBUTION_FLOOR,
                TRAINING_ALIGNMENT_FLOOR);
    }

    @Test
    void testSplitStaysAboveItsFloors() {
        scoreSplit(DevSet.TEST, false, TEST_F1_FLOOR, TEST_TARGET, TEST_ATTRIBUTION_FLOOR, TEST_ALIGNMENT_FLOOR);
    }

    @Test
    void theSplitsShareNoStoryAndHoldEnoughLabels() {
        List<DevSet.Item> training = DevSet.load(DevSet.TRAINING);
        List<DevSet.Item> test = DevSet.load(DevSet.TEST);
        Set<String> trainingStories = training.stream().filter(i -> !i.drill()).map(DevSet.Item::story)
                .collect(Collectors.toSet());
        Set<String> testStories = test.stream().filter(i -> !i.drill()).map(DevSet.Item::story)
                .collect(Collectors.toSet());
        assertThat(testStories).doesNotContainAnyElementsOf(trainingStories);
        assertThat(test).noneMatch(DevSet.Item::drill);
        long labels = training.stream().mapToLong(i -> i.labels().size()).sum()
                + test.stream().mapToLong(i -> i.labels().size()).sum();
        assertThat(labels).isGreaterThanOrEqualTo(MIN_LABELS);
        assertThat(trainingStories.size() + testStories.size()).isGreaterThanOrEqualTo(MIN_STORIES);
        Set<String> ids = new HashSet<>();
        for (DevSet.Item item : training) {
            assertThat(ids.add(item.id())).as("duplicate id %s", item.id()).isTrue();
        }
        for (DevSet.Item item : test) {
            assertThat(ids.add(item.id())).as("duplicate id %s", item.id()).isTrue();
        }
    }

    static final long MIN_LABELS = 800;
    static final int MIN_STORIES = 30;
}
