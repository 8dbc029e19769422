package io.parallax.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Loads the labelled development set: {@code dev-set.txt} (the training split rules may be written against) and
 * {@code dev-set-test.txt} (the held-back split they must never be written against). The format is described at
 * the top of {@code dev-set.txt}.
 */
final class DevSet {

    static final String TRAINING = "dev-set.txt";
    static final String TEST = "dev-set-test.txt";

    /** The story of items that are single-sentence drills of one form rather than articles of a real story. */
    static final String DRILL = "drill";

    /**
     * One labelled claim: where it is, what it should normalise to, which fact of its story it states ({@code subject},
     * "-" when it is not labelled for alignment) and, for troop counts, who the text says gave it ({@code source},
     * null when not labelled).
     */
    record Label(ClaimType type, int start, int end, String text, Expected value, String subject, Source source) {
    }

    /** One article (or drill sentence) with its story, outlet and labels. */
    record Item(String id, LocalDate published, String story, String outlet, ArticleText article,
                List<Label> labels) {

        boolean drill() {
            return story.equals(DRILL) || story.startsWith(DRILL + "-");
        }
    }

    /** What a label expects of the engine's value; votes may name their chamber in several accepted ways. */
    sealed interface Expected permits Exact, Vote {
        boolean matches(ClaimValue value);
    }

    /** A date or troop count that must equal the engine's value. */
    record Exact(ClaimValue value) implements Expected {
        @Override
        public boolean matches(ClaimValue v) {
            return value.equals(v);
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** A vote result: counts must be equal, the chamber must be one of the accepted names (or absent if none). */
    record Vote(List<String> chambers, Integer votesFor, Integer votesAgainst, Integer abstentions, boolean unanimous)
            implements Expected {
        @Override
        public boolean matches(ClaimValue v) {
            if (!(v instanceof VoteValue vote)) {
                return false;
            }
            boolean chamber = chambers.isEmpty() ? vote.chamber() == null
                    : vote.chamber() != null && chambers.stream().anyMatch(c -> norm(c).equals(norm(vote.chamber())));
            return chamber && Objects.equals(votesFor, vote.votesFor())
                    && Objects.equals(votesAgainst, vote.votesAgainst())
                    && Objects.equals(abstentions, vote.abstentions()) && unanimous == vote.unanimous();
        }

        @Override
        public String toString() {
            return "Vote[" + (chambers.isEmpty() ? "-" : String.join("/", chambers)) + ";" + votesFor + ";"
                    + votesAgainst + ";" + abstentions + ";" + unanimous + "]";
        }
    }

    /**
     * The expected source of a troop count: an organisation, given as any of the names or normalised keys (us,
     * us/state-department) it may be reported under, and optionally a person.
     */
    record Source(List<String> organisations, String person) {

        static final Source NONE = new Source(List.of(), null);

        boolean matches(Attribution a) {
            if (organisations.isEmpty()) {
                return a == null || a.source() == null || a.source().isBlank();
            }
            if (a == null || a.source() == null) {
                return false;
            }
            boolean org = organisations.stream().anyMatch(o -> norm(o).equals(norm(a.source()))
                    || (a.key() != null && norm(o).equals(norm(a.key()))));
            return org && (person == null || (a.person() != null && norm(person).equals(norm(a.person()))));
        }

        @Override
        public String toString() {
            return organisations.isEmpty() ? "-" : String.join("/", organisations) + (person == null ? "" : "|" + person);
        }
    }

    private DevSet() {
    }

    /** The training split. */
    static List<Item> load() {
        return load(TRAINING);
    }

    static List<Item> load(String name) {
        String data = resource(name);
        List<Item> items = new ArrayList<>();
        for (String block : data.split("\n\\s*\n")) {
            List<String> lines = block.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (!lines.get(0).startsWith("@")) {
                throw new IllegalArgumentException(name + ": block does not start with a header: " + lines.get(0));
            }
            String[] head = lines.get(0).substring(1).strip().split("\\s+");
            String id = head[0];
            LocalDate published = LocalDate.parse(head[1]);
            String file = null;
            String story = null;
            String outlet = null;
            for (String option : Arrays.asList(head).subList(2, head.length)) {
                if (option.startsWith("file=")) {
                    file = option.substring(5);
                } else if (option.startsWith("story=")) {
                    story = option.substring(6);
                } else if (option.startsWith("outlet=")) {
                    outlet = option.substring(7);
                } else {
                    throw new IllegalArgumentException(id + ": unknown header option " + option);
                }
            }
            if (story == null || story.isBlank()) {
                throw new IllegalArgumentException(id + ": every item needs story=<slug>");
            }
            String title = null;
            List<String> paragraphs = new ArrayList<>();
            List<String[]> raw = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith("title: ")) {
                    title = line.substring(7).strip();
                } else if (line.startsWith("> ")) {
                    paragraphs.add(line.substring(2).strip());
                } else {
                    raw.add(line.split("\t"));
                }
            }
            String body = file != null ? resource(file) : String.join("\n\n", paragraphs);
            List<Label> labels = new ArrayList<>();
            for (String[] f : raw) {
                if (f.length < 4 || f.length > 5) {
                    throw new IllegalArgumentException(id + ": bad label line " + String.join(" | ", f));
                }
                ClaimType type = ClaimType.valueOf(f[0]);
                String text = f[1];
                int occurrence = 1;
                int hash = text.lastIndexOf('#');
                if (hash > 0 && text.substring(hash + 1).matches("\\d+")) {
                    occurrence = Integer.parseInt(text.substring(hash + 1));
                    text = text.substring(0, hash);
                }
                int at = -1;
                for (int k = 0; k < occurrence; k++) {
                    at = body.indexOf(text, at + 1);
                    if (at < 0) {
                        throw new IllegalArgumentException(id + ": label text not found: " + f[1]);
                    }
                }
                String subject = f[3].strip();
                Source source = f.length == 5 ? source(id, f[4].strip()) : null;
                if (source != null && type != ClaimType.TROOP_COUNT) {
                    throw new IllegalArgumentException(id + ": only troop counts carry a source: " + f[1]);
                }
                labels.add(new Label(type, at, at + text.length(), text, expected(type, f[2]), subject, source));
            }
            items.add(new Item(id, published, story, outlet, new ArticleText(title, body), List.copyOf(labels)));
        }
        return List.copyOf(items);
    }

    static Expected expected(ClaimType type, String v) {
        switch (type.name()) {
            case "DATE" -> {
                String[] p = v.strip().split("\\s+");
                return new Exact(new DateValue(p[0], DatePrecision.valueOf(p[1])));
            }
            case "TROOP_COUNT" -> {
                String[] p = v.strip().split("\\s+");
                return new Exact(new TroopCountValue(integer(p[0]), integer(p[1]), Qualifier.valueOf(p[2])));
            }
            default -> {
                String[] p = v.split(";");
                List<String> chambers = p[0].strip().equals("-") ? List.of()
                        : Arrays.stream(p[0].split("/")).map(String::strip).toList();
                return new Vote(chambers, integer(p[1]), integer(p[2]), integer(p[3]), Boolean.parseBoolean(p[4].strip()));
            }
        }
    }

    private static Source source(String id, String column) {
        if (!column.startsWith("by=")) {
            throw new IllegalArgumentException(id + ": the fifth column must be by=<source>: " + column);
        }
        String v = column.substring(3).strip();
        if (v.equals("-")) {
            return Source.NONE;
        }
        int bar = v.indexOf('|');
        String orgs = bar < 0 ? v : v.substring(0, bar);
        String person = bar < 0 ? null : v.substring(bar + 1).strip();
        return new Source(Arrays.stream(orgs.split("/")).map(String::strip).toList(), person);
    }

    /** Case, dots, a leading "the" and spacing do not distinguish two names. */
    static String norm(String s) {
        String n = s.toLowerCase(Locale.ROOT).replace(".", "").replace("’", "'").replaceAll("\\s+", " ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    private static Integer integer(String s) {
        return s.strip().equals("-") ? null : Integer.valueOf(s.strip());
    }

    static String resource(String name) {
        try (InputStream in = DevSet.class.getResourceAsStream("/analysis/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
