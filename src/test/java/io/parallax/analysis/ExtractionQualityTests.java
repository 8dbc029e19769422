package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scores the engine against the labelled development set and fails if any claim type's F1 drops below 0.95. */
class ExtractionQualityTests {

    private static final double MIN_F1 = 0.95;

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

    /** Matches claims to labels (same type, overlapping span, equal value) and tallies the outcome per type. */
    static Map<ClaimType, Score> score(List<DevSet.Item> items, ClaimExtractor extractor, List<String> report) {
        Map<ClaimType, int[]> counts = new EnumMap<>(ClaimType.class);
        for (ClaimType t : ClaimType.values()) {
            counts.put(t, new int[3]);
        }
        for (DevSet.Item item : items) {
            List<Claim> claims = new ArrayList<>(extractor.extract(item.article(), item.published()));
            for (DevSet.Label label : item.labels()) {
                Claim hit = null;
                for (Claim c : claims) {
                    if (c.type() == label.type() && c.start() < label.end() && label.start() < c.end()
                            && c.value().equals(label.value())) {
                        hit = c;
                        break;
                    }
                }
                if (hit != null) {
                    claims.remove(hit);
                    counts.get(label.type())[0]++;
                } else {
                    counts.get(label.type())[2]++;
                    report.add("MISSED  " + item.id() + " " + label.type() + " [" + label.text() + "] " + label.value());
                }
            }
            for (Claim c : claims) {
                counts.get(c.type())[1]++;
                report.add("SPURIOUS " + item.id() + " " + c.type() + " [" + c.text() + "] " + c.value());
            }
        }
        Map<ClaimType, Score> scores = new EnumMap<>(ClaimType.class);
        counts.forEach((t, c) -> scores.put(t, new Score(c[0], c[1], c[2])));
        return scores;
    }

    static String table(Map<ClaimType, Score> scores) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-12s %5s %5s %5s %9s %9s %9s%n", "type", "TP", "FP", "FN", "precision", "recall", "F1"));
        scores.forEach((t, s) -> sb.append(String.format("%-12s %5d %5d %5d %9.3f %9.3f %9.3f%n", t, s.truePositives(),
                s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1())));
        return sb.toString();
    }

    @Test
    void everyClaimTypeReachesTheF1Bar() {
        List<DevSet.Item> items = DevSet.load();
        List<String> report = new ArrayList<>();
        Map<ClaimType, Score> scores = score(items, ClaimExtractor.withDefaultVocabulary(), report);
        long labels = items.stream().mapToLong(i -> i.labels().size()).sum();
        System.out.println("Extraction quality over " + items.size() + " items, " + labels + " labelled claims");
        System.out.print(table(scores));
        report.forEach(System.out::println);
        assertThat(labels).isGreaterThanOrEqualTo(200);
        scores.forEach((type, s) -> assertThat(s.f1()).as("F1 of %s", type).isGreaterThanOrEqualTo(MIN_F1));
    }
}
