package io.parallax.compare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.parallax.analysis.ClaimType;
import io.parallax.compare.Matrix.Entry;
import io.parallax.compare.Matrix.Group;

/**
 * Says in words why a row's outlets agree or differ, from the data alone: the figures follow publication time, they
 * come from different sources, one outlet stands alone, or shared wire copy makes agreement less independent than it looks.
 */
final class Explanations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|last|next|this)\\b");

    private Explanations() {
    }

    static String explain(ClaimType type, List<Group> groups, String consensus, List<Entry> fitEither) {
        if (groups.size() == 1) {
            return agreement(groups.get(0));
        }
        List<Group> byTime = groups.stream()
                .sorted(Comparator.comparing(Group::firstPublished, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        String summary = byTime.stream().map(Explanations::describe).collect(Collectors.joining("; "));
        StringBuilder text = new StringBuilder();
        if (tracksTime(byTime)) {
            text.append("The figures track publication time: ").append(summary).append('.');
            text.append(" Later reports carry a newer figure rather than contradicting the earlier one.");
        }
        else if (differentSources(groups)) {
            text.append("The outlets cite different sources: ").append(summary).append('.');
        }
        else {
            text.append("Outlets report different values: ").append(summary).append('.');
        }
        groups.stream().filter(g -> g.outlets().size() == 1 && groups.size() > 1)
                .filter(g -> consensus == null || !consensus.equals(g.value()))
                .forEach(g -> text.append(' ').append(g.outlets().get(0)).append("'s ").append(g.value())
                        .append(" is not supported by any other outlet."));
        if (!fitEither.isEmpty()) {
            text.append(' ').append(fitEither.stream().map(e -> "“" + e.claim().text() + "” (" + e.article().outlet() + ")")
                    .distinct().collect(Collectors.joining(", "))).append(" fits either figure.");
        }
        if (type == ClaimType.DATE) {
            groups.stream().flatMap(g -> g.entries().stream())
                    .filter(e -> e.article().publishedOnInferred() && RELATIVE.matcher(e.claim().text()).find())
                    .map(e -> e.article().outlet()).distinct()
                    .forEach(outlet -> text.append(' ').append(outlet).append(" gives a relative date, resolved against a publication date that was itself inferred."));
        }
        return text.toString();
    }

    private static String agreement(Group group) {
        String wires = sharedWire(group.entries());
        String base = group.outlets().size() == 1
                ? "Only " + group.outlets().get(0) + " reports this."
                : "All " + group.outlets().size() + " outlets that report this agree on " + group.value() + ".";
        return wires == null ? base : base + " " + wires;
    }

    /** Outlets carrying the same agency's copy agree because they share a text, not because they checked. */
    private static String sharedWire(List<Entry> entries) {
        return entries.stream().filter(e -> e.article().wire() != null)
                .collect(Collectors.groupingBy(e -> e.article().wire(), Collectors.mapping(e -> e.article().outlet(), Collectors.toSet())))
                .entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getValue().stream().sorted().collect(Collectors.joining(" and ")) + " both carry " + e.getKey()
                        + " copy, so their agreement is not independent.")
                .findFirst().orElse(null);
    }

    private static String describe(Group g) {
        String sources = g.sources().isEmpty() ? "no source named" : "citing " + few(g.sources());
        return g.value() + " in " + few(g.outlets()) + " (" + published(g) + ", " + sources + ")";
    }

    /** A list a reader can take in: the first four names and how many more. */
    private static String few(List<String> names) {
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
            return "published " + g.firstPublished().format(DAY);
        }
        return "published " + g.firstPublished().format(DAY) + " to " + g.lastPublished().format(DAY);
    }

    /** Each group's reports all come before the next group's: the figure changed over time. */
    private static boolean tracksTime(List<Group> byTime) {
        for (int i = 1; i < byTime.size(); i++) {
            LocalDate previousLast = byTime.get(i - 1).lastPublished();
            LocalDate first = byTime.get(i).firstPublished();
            if (previousLast == null || first == null || !previousLast.isBefore(first)) {
                return false;
            }
        }
        return true;
    }

    private static boolean differentSources(List<Group> groups) {
        List<List<String>> sources = groups.stream().map(Group::sources).filter(s -> !s.isEmpty()).toList();
        if (sources.size() < 2) {
            return false;
        }
        return sources.stream().flatMap(List::stream).distinct().count()
                == sources.stream().mapToLong(List::size).sum() && sources.stream().allMatch(Objects::nonNull);
    }
}
