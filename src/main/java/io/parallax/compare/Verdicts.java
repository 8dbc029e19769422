package io.parallax.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.parallax.analysis.ClaimType;
import io.parallax.compare.Matrix.Entry;
import io.parallax.compare.Matrix.Group;

/**
 * Reaches a row's verdict from its groups of compatible values, counting each independent source once (a wire story
 * and its copies are one source): agree, single source, updated over time, sources differ or outlier; with a one-sentence
 * reason and the reasoning behind it.
 */
final class Verdicts {

    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|last|next|this)\\b");

    private Verdicts() {
    }

    /** The verdict, the group that stands for the consensus (null when none does), and the words that explain it. */
    record Decision(Verdict verdict, Group consensus, String reason, List<String> reasoning, String change, int sources,
            List<Group> groups) {
    }

    static Decision decide(ClaimType type, List<Group> groups, List<Entry> fitEither) {
        List<Entry> all = new ArrayList<>();
        groups.forEach(g -> all.addAll(g.entries()));
        all.addAll(fitEither);
        List<String> sources = all.stream().map(e -> e.article().sourceKey()).distinct().toList();
        List<Group> byTime = groups.stream()
                .sorted(Comparator.comparing(Group::firstPublished, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<String> reasoning = new ArrayList<>();
        byTime.forEach(g -> reasoning.add(describe(g, groups.size() > 1)));
        Verdict verdict;
        Group consensus;
        String reason;
        String change = null;
        if (groups.size() == 1) {
            consensus = groups.get(0);
            String copies = copies(all);
            if (sources.size() == 1) {
                verdict = Verdict.SINGLE_SOURCE;
                String name = all.get(0).article().sourceName();
                List<String> outlets = all.stream().map(e -> e.article().outlet()).distinct().toList();
                reason = "Only " + name + " reports this"
                        + (outlets.equals(List.of(name)) ? "" : ", in " + few(outlets))
                        + (copies == null ? "" : " (" + copies + ", counted once)") + ".";
            }
            else {
                verdict = Verdict.AGREE;
                reason = sources.size() + " independent sources agree on " + consensus.value()
                        + (copies == null ? "" : " (" + copies + ", counted once)") + ".";
            }
            reasoning.add("Values that can both be true count as agreement.");
        }
        else if (tracksTime(byTime) || revisedBySource(byTime) != null) {
            verdict = Verdict.UPDATED;
            consensus = byTime.get(byTime.size() - 1);
            Map<String, String> names = sourceNames(byTime);
            change = byTime.stream().map(g -> step(g, names)).collect(Collectors.joining(" → "));
            reason = "Updated over time: " + change + ".";
            String reviser = revisedBySource(byTime);
            reasoning.add(tracksTime(byTime)
                    ? "Every report of a later figure was published after every report of an earlier one, so the figure changed rather than being contradicted."
                    : reviser + " revised its own figure.");
        }
        else {
            Map<Group, Integer> weight = new LinkedHashMap<>();
            groups.forEach(g -> weight.put(g, g.independent().size()));
            List<Group> ranked = groups.stream().sorted(Comparator.comparing(weight::get).reversed()).toList();
            boolean clear = weight.get(ranked.get(0)) > weight.get(ranked.get(1));
            consensus = clear ? ranked.get(0) : null;
            if (clear && groups.size() == 2 && weight.get(ranked.get(1)) == 1 && weight.get(ranked.get(0)) >= 2) {
                verdict = Verdict.OUTLIER;
                Group alone = ranked.get(1);
                reason = alone.independent().get(0) + " alone gives " + alone.value() + "; "
                        + Numbers.count(weight.get(ranked.get(0)), "other source says ", "other sources say ") + ranked.get(0).value() + ".";
                reasoning.add("One source stands against the others, and the reports overlap in time, so the difference is not a figure that changed.");
            }
            else {
                verdict = Verdict.SOURCES_DIFFER;
                reason = "Sources differ at the same time: " + byTime.stream()
                        .map(g -> few(g.independent()) + (g.independent().size() == 1 ? " says " : " say ") + g.value())
                        .collect(Collectors.joining("; ")) + ".";
                reasoning.add(differentCitations(groups)
                        ? "The outlets cite different sources for their values."
                        : "The reports overlap in time, so the difference is not a figure that changed.");
            }
        }
        if (!fitEither.isEmpty()) {
            reasoning.add(fitEither.stream().map(e -> "“" + e.claim().text() + "” (" + e.article().outlet() + ")")
                    .distinct().collect(Collectors.joining(", ")) + " fits more than one of these values and is counted with none.");
        }
        if (type == ClaimType.DATE) {
            all.stream().filter(e -> e.article().publishedOnInferred() && RELATIVE.matcher(e.claim().text()).find())
                    .map(e -> e.article().outlet()).distinct()
                    .forEach(outlet -> reasoning.add(outlet + " gives a relative date, resolved against a publication date that was itself inferred."));
        }
        return new Decision(verdict, consensus, reason, reasoning, change, sources.size(), groups);
    }

    /** "3,000 (US, 24 Oct)": a value with who said it first and when. */
    private static String step(Group g, Map<String, String> names) {
        Entry first = earliestFirst(g.entries().stream()).findFirst().orElseThrow();
        String who = first.claim().attributionLabel() != null ? names.get(speaker(first)) : first.article().sourceName();
        return g.value() + " (" + who + ", " + Numbers.shortDay(g.firstPublished()) + ")";
    }

    /**
     * One name per source across a row's steps: the words of its earliest report, so "US" and "U.S." (one source key)
     * never read as two sources in the same sentence.
     */
    private static Map<String, String> sourceNames(List<Group> groups) {
        Map<String, String> names = new LinkedHashMap<>();
        earliestFirst(groups.stream().flatMap(g -> g.entries().stream()))
                .filter(e -> e.claim().attributionLabel() != null)
                .forEach(e -> names.putIfAbsent(speaker(e), e.claim().attributionLabel()));
        return names;
    }

    private static String speaker(Entry e) {
        return e.claim().sourceKey() != null ? e.claim().sourceKey() : e.claim().attributionLabel();
    }

    private static Stream<Entry> earliestFirst(Stream<Entry> entries) {
        return entries.sorted(Comparator.comparing((Entry e) -> e.article().publishedOn(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.claim().attributionLabel() == null));
    }

    /** "3 copies of one AP story": the articles one independent source stands for, where there is more than one. */
    static String copies(List<Entry> entries) {
        Map<String, List<Entry>> bySource = entries.stream()
                .collect(Collectors.groupingBy(e -> e.article().sourceKey(), LinkedHashMap::new, Collectors.toList()));
        List<String> notes = new ArrayList<>();
        bySource.values().forEach(list -> {
            List<Long> articles = list.stream().map(e -> e.article().id()).distinct().toList();
            if (articles.size() < 2) {
                return;
            }
            String name = list.get(0).article().sourceName();
            long roots = list.stream().map(e -> e.article().lineage() == null ? e.article().id() : e.article().lineage().rootId())
                    .distinct().count();
            notes.add(roots == 1 ? articles.size() + " copies of one " + name + " story"
                    : articles.size() + " articles carrying " + name + "’s reporting");
        });
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    private static String describe(Group g, boolean several) {
        String cited = g.sources().isEmpty() ? "no source named" : "citing " + few(g.sources());
        String copies = copies(g.entries());
        String counted = Numbers.count(g.independent().size(), "independent source", "independent sources")
                + (copies == null ? "" : " (" + copies + ")");
        return (several ? g.value() + ": " : "") + "reported by " + few(g.outlets()) + ", " + published(g) + ", " + cited
                + "; " + counted + ".";
    }

    /** A list a reader can take in: the first four names and how many more. */
    static String few(List<String> names) {
        if (names.size() <= 4) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 4)) + " and " + (names.size() - 4) + " more";
    }

    private static String published(Group g) {
        if (g.firstPublished() == null) {
            return "publication date unknown";
        }
        if (g.firstPublished().equals(g.lastPublished())) {
            return "published " + Numbers.day(g.firstPublished());
        }
        return "published " + Numbers.day(g.firstPublished()) + " to " + Numbers.day(g.lastPublished());
    }

    /** Each group's reports all come before the next group's: the figure changed over time. */
    static boolean tracksTime(List<Group> byTime) {
        for (int i = 1; i < byTime.size(); i++) {
            LocalDate previousLast = byTime.get(i - 1).lastPublished();
            LocalDate first = byTime.get(i).firstPublished();
            if (previousLast == null || first == null || !previousLast.isBefore(first)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The source that gave every value in turn, each later value only in later reports: it revised its own figure.
     * Null when no source did.
     */
    static String revisedBySource(List<Group> byTime) {
        Map<String, String> names = new LinkedHashMap<>();
        byTime.forEach(g -> g.entries().forEach(e -> names.putIfAbsent(e.article().sourceKey(), e.article().sourceName())));
        for (Map.Entry<String, String> source : names.entrySet()) {
            LocalDate previousLast = null;
            boolean ordered = true;
            for (Group g : byTime) {
                List<LocalDate> dates = g.entries().stream().filter(e -> e.article().sourceKey().equals(source.getKey()))
                        .map(e -> e.article().publishedOn()).toList();
                if (dates.isEmpty() || dates.contains(null)) {
                    ordered = false;
                    break;
                }
                LocalDate first = dates.stream().min(Comparator.naturalOrder()).orElseThrow();
                if (previousLast != null && !previousLast.isBefore(first)) {
                    ordered = false;
                    break;
                }
                previousLast = dates.stream().max(Comparator.naturalOrder()).orElseThrow();
            }
            if (ordered) {
                return source.getValue();
            }
        }
        return null;
    }

    private static boolean differentCitations(List<Group> groups) {
        List<List<String>> cited = groups.stream().map(Group::sources).filter(s -> !s.isEmpty()).toList();
        if (cited.size() < 2) {
            return false;
        }
        return cited.stream().flatMap(List::stream).map(Sources::key).distinct().count()
                == cited.stream().mapToLong(List::size).sum();
    }
}
