package io.parallax.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of one language, read from its resource folder {@code rules/<language>/}: word lists that double as
 * normalisation tables ({@code words.txt}), and rule files where one line is one named rule. Patterns are built from
 * macros ({@code %month}, {@code %hedge}) and compiled once; the book is immutable and shared by every extraction.
 */
final class RuleBook {

    /** The rule files of a language, in the order they are read; DEFINE lines of earlier files serve later ones. */
    static final List<String> RULE_FILES = List.of("common.rules", "date.rules", "troop.rules", "vote.rules",
            "source.rules");

    /**
     * One named rule: its compiled pattern, the normaliser that turns a match into a value, and its options (anchor,
     * look-back, filters). Rules of one file are kept in file order: an earlier rule's span wins over a later one's.
     */
    record Rule(String name, String file, Pattern pattern, String norm, Map<String, String> options) {

        String option(String key) {
            return options.get(key);
        }

        int intOption(String key, int fallback) {
            String v = options.get(key);
            return v == null ? fallback : Integer.parseInt(v);
        }
    }

    private static final Pattern MACRO = Pattern.compile("%([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern FIELD = Pattern.compile("([A-Z_]+)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<String, Optional<RuleBook>> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Locale locale;
    private final Map<String, List<String>> words;              // section -> phrases as written
    private final Map<String, Map<String, String>> tables;      // section -> folded phrase -> value
    private final Map<String, String> defines;                  // DEFINE name -> raw pattern
    private final Map<String, String> expanded = new HashMap<>();
    private final Map<String, Rule> rules;
    private final Map<String, List<Rule>> byFile;
    private final Map<String, String> resources;

    private RuleBook(String language, Map<String, String> resources) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.resources = resources;
        Map<String, List<String>> w = new LinkedHashMap<>();
        Map<String, Map<String, String>> t = new LinkedHashMap<>();
        calendarWords(w, t);
        readWords(resources.get("words.txt"), w, t);
        if (resources.containsKey("events.txt")) {
            readWords(resources.get("events.txt"), w, t);
        }
        // extra month spellings ("Sept") join the calendar's names
        for (String extra : w.getOrDefault("monthExtra", List.of())) {
            w.get("month").add(extra);
            t.get("month").put(fold(extra), t.get("monthExtra").get(fold(extra)));
        }
        this.words = freeze(w);
        Map<String, Map<String, String>> ft = new HashMap<>();
        t.forEach((k, v) -> ft.put(k, Map.copyOf(v)));
        this.tables = Map.copyOf(ft);
        Map<String, String> d = new LinkedHashMap<>();
        Map<String, Rule> r = new LinkedHashMap<>();
        Map<String, List<Rule>> f = new LinkedHashMap<>();
        List<String[]> pending = new ArrayList<>();
        for (String file : RULE_FILES) {
            String data = resources.get(file);
            if (data == null) {
                continue;
            }
            f.put(file, new ArrayList<>());
            for (String raw : data.split("\r?\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Map<String, String> fields = fields(file, line);
                if (fields.containsKey("DEFINE")) {
                    d.put(fields.get("DEFINE"), require(file, fields, "PATTERN"));
                } else if (fields.containsKey("RULE")) {
                    pending.add(new String[] {file, line});
                } else {
                    throw new IllegalArgumentException(language + "/" + file + ": a line needs RULE= or DEFINE=: " + line);
                }
            }
        }
        this.defines = Map.copyOf(d);
        for (String[] p : pending) {
            Map<String, String> fields = fields(p[0], p[1]);
            String name = fields.remove("RULE");
            String pattern = expand(require(p[0], fields, "PATTERN"));
            fields.remove("PATTERN");
            String norm = fields.remove("NORM");
            Map<String, String> options = new HashMap<>(fields);
            // filters are patterns too, compiled here once like the rule itself
            options.replaceAll((k, v) -> k.startsWith("UNLESS") || k.startsWith("IF_") ? expand(v) : v);
            Rule rule = new Rule(name, p[0], Pattern.compile(pattern), norm, Map.copyOf(options));
            if (r.put(name, rule) != null) {
                throw new IllegalArgumentException(language + "/" + p[0] + ": duplicate rule " + name);
            }
            f.get(p[0]).add(rule);
        }
        this.rules = Map.copyOf(r);
        Map<String, List<Rule>> ff = new HashMap<>();
        f.forEach((k, v) -> ff.put(k, List.copyOf(v)));
        this.byFile = Map.copyOf(ff);
    }

    /** The English rules bundled with the engine. */
    static RuleBook english() {
        return forLanguage("en").orElseThrow();
    }

    /** The rules of a language (a BCP 47 tag such as "en"), or empty when the engine has no folder for it. */
    static Optional<RuleBook> forLanguage(String language) {
        String tag = language == null ? "" : Locale.forLanguageTag(language).getLanguage();
        return LOADED.computeIfAbsent(tag, RuleBook::load);
    }

    private static Optional<RuleBook> load(String tag) {
        if (tag.isEmpty() || read("rules/" + tag + "/words.txt") == null) {
            return Optional.empty();
        }
        Map<String, String> res = new HashMap<>();
        res.put("words.txt", read("rules/" + tag + "/words.txt"));
        String events = read("rules/" + tag + "/events.txt");
        if (events != null) {
            res.put("events.txt", events);
        }
        for (String f : RULE_FILES) {
            String data = read("rules/" + tag + "/" + f);
            if (data != null) {
                res.put(f, data);
            }
        }
        for (String f : List.of("countries.txt", "legislatures.txt", "bodies.txt", "regions.txt", "parties.txt", "people.txt")) {
            String data = read("rules/" + tag + "/gazetteer/" + f);
            if (data != null) {
                res.put("gazetteer/" + f, data);
            }
        }
        return Optional.of(new RuleBook(tag, Map.copyOf(res)));
    }

    private static String read(String path) {
        return read(RuleBook.class.getClassLoader(), path);
    }

    /** A resource of this package's {@code rules/} folder as seen by {@code loader}, or null. */
    static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream("io/parallax/analysis/" + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String language() {
        return language;
    }

    Locale locale() {
        return locale;
    }

    /** A gazetteer file of this language ("countries.txt"), or an empty string. */
    String gazetteer(String name) {
        return resources.getOrDefault("gazetteer/" + name, "");
    }

    /**
     * The rows of a gazetteer file: each line's fields, split at {@code |} and stripped; blank lines and {@code #}
     * comments are skipped, and a row with fewer than {@code minFields} fields is an error in the data.
     */
    List<String[]> gazetteerRows(String name, int minFields) {
        List<String[]> out = new ArrayList<>();
        for (String raw : gazetteer(name).split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length < minFields) {
                throw new IllegalArgumentException(name + ": expected " + minFields + " fields: " + line);
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            out.add(f);
        }
        return out;
    }

    /** The phrases of a word section as written. */
    List<String> words(String section) {
        List<String> w = words.get(section);
        if (w == null) {
            throw new IllegalArgumentException("no word list [" + section + "] in rules/" + language);
        }
        return w;
    }

    /** Sections whose names start with {@code prefix} ("event."). */
    List<String> sections(String prefix) {
        List<String> out = new ArrayList<>();
        for (String k : words.keySet()) {
            if (k.startsWith(prefix)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The normalised value a table gives a phrase (case and spacing ignored), or null. */
    String value(String section, String phrase) {
        Map<String, String> t = tables.get(section);
        return t == null || phrase == null ? null : t.get(fold(phrase));
    }

    /** A whole normalisation table, keyed by folded phrase. */
    Map<String, String> table(String section) {
        return tables.getOrDefault(section, Map.of());
    }

    Rule rule(String name) {
        Rule r = rules.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no rule " + name + " in rules/" + language);
        }
        return r;
    }

    /** The rules of one file in file order. */
    List<Rule> rules(String file) {
        return byFile.getOrDefault(file, List.of());
    }

    /**
     * The rules of a file that is not one of {@link #RULE_FILES} (a discovered claim type's), in file order. Its patterns
     * use this book's word lists and DEFINEs, and DEFINE lines of its own.
     */
    synchronized List<Rule> rules(String file, String data) {
        Map<String, String> local = new HashMap<>();
        List<Rule> out = new ArrayList<>();
        for (String raw : data.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Map<String, String> fields = fields(file, line);
            if (fields.containsKey("DEFINE")) {
                local.put(fields.get("DEFINE"), "(?:" + expandWith(require(file, fields, "PATTERN"), local) + ")");
            } else if (fields.containsKey("RULE")) {
                String name = fields.remove("RULE");
                String pattern = expandWith(require(file, fields, "PATTERN"), local);
                fields.remove("PATTERN");
                String norm = fields.remove("NORM");
                out.add(new Rule(name, file, Pattern.compile(pattern), norm, Map.copyOf(fields)));
            } else {
                throw new IllegalArgumentException(language + "/" + file + ": a line needs RULE= or DEFINE=: " + line);
            }
        }
        return List.copyOf(out);
    }

    private String expandWith(String pattern, Map<String, String> local) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String v = local.containsKey(name) ? local.get(name) : macro(name, new HashSet<>());
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The compiled pattern of a rule, or of a DEFINE macro. */
    Pattern pattern(String name) {
        Rule r = rules.get(name);
        if (r != null) {
            return r.pattern();
        }
        return compiled.computeIfAbsent(name, n -> Pattern.compile(expand("%" + n)));
    }

    private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();

    /** Expands every macro in a pattern (word lists and DEFINEs, recursively). */
    synchronized String expand(String pattern) {
        return expand(pattern, new HashSet<>());
    }

    private String expand(String pattern, Set<String> visiting) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(sb, Matcher.quoteReplacement(macro(name, visiting)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String macro(String name, Set<String> visiting) {
        String done = expanded.get(name);
        if (done != null) {
            return done;
        }
        String out;
        if (defines.containsKey(name)) {
            if (!visiting.add(name)) {
                throw new IllegalArgumentException("macro %" + name + " refers to itself");
            }
            out = "(?:" + expand(defines.get(name), visiting) + ")";
            visiting.remove(name);
        } else if (words.containsKey(name)) {
            out = alternation(words.get(name));
        } else {
            throw new IllegalArgumentException("unknown macro %" + name + " in rules/" + language);
        }
        expanded.put(name, out);
        return out;
    }

    /**
     * An alternation of phrases, longest first, each space matching any whitespace. It opens with a lookahead for the
     * phrases' first characters: the regex engine tries the branches of an alternation one by one, so a list of fifty
     * words would otherwise cost fifty failed comparisons at every position where none of them starts.
     */
    static String alternation(List<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort((a, b) -> b.length() - a.length());
        StringBuilder sb = new StringBuilder(firstCharacters(sorted)).append("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            String[] tokens = WHITESPACE.split(sorted.get(i).strip());
            for (int k = 0; k < tokens.length; k++) {
                if (k > 0) {
                    sb.append("\\s+");
                }
                sb.append(escape(tokens[k]));
            }
        }
        return sb.append(')').toString();
    }

    // A lookahead for the characters the phrases start with (in the flags of the context, like the phrases themselves);
    // empty when a phrase is empty or starts with a surrogate pair.
    static String firstCharacters(List<String> phrases) {
        StringBuilder cls = new StringBuilder();
        Set<Character> seen = new HashSet<>();
        for (String p : phrases) {
            String t = p.strip();
            if (t.isEmpty() || Character.isSurrogate(t.charAt(0))) {
                return "";
            }
            char c = t.charAt(0);
            if (seen.add(c)) {
                if (!Character.isLetterOrDigit(c)) {
                    cls.append('\\');
                }
                cls.append(c);
            }
        }
        return cls.isEmpty() ? "" : "(?=[" + cls + "])";
    }

    private static String escape(String token) {
        StringBuilder sb = new StringBuilder();
        for (char c : token.toCharArray()) {
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static String fold(String phrase) {
        // most phrases are single words or singly spaced: skip the regex for them
        boolean plain = true;
        for (int i = 0; i < phrase.length() && plain; i++) {
            char c = phrase.charAt(i);
            plain = c != '\t' && c != '\n' && c != '\r' && c != '\u00a0' && !(c == ' ' && (i == 0 || i == phrase.length() - 1
                    || phrase.charAt(i + 1) == ' '));
        }
        return (plain ? phrase : WHITESPACE.matcher(phrase.strip()).replaceAll(" ")).toLowerCase(Locale.ROOT);
    }

    // Month and weekday names come from the calendar of the folder's language, so no rule file lists them.
    private void calendarWords(Map<String, List<String>> w, Map<String, Map<String, String>> t) {
        List<String> months = new ArrayList<>();
        Map<String, String> monthTable = new HashMap<>();
        for (Month mo : Month.values()) {
            for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                String name = mo.getDisplayName(style, locale).replace(".", "");
                if (!months.contains(name)) {
                    months.add(name);
                }
                monthTable.put(fold(name), Integer.toString(mo.getValue()));
            }
        }
        w.put("month", months);
        t.put("month", monthTable);
        List<String> days = new ArrayList<>();
        Map<String, String> dayTable = new HashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.getDisplayName(TextStyle.FULL, locale);
            days.add(name);
            dayTable.put(fold(name), Integer.toString(d.getValue()));
        }
        w.put("weekday", days);
        t.put("weekday", dayTable);
    }

    private void readWords(String data, Map<String, List<String>> w, Map<String, Map<String, String>> t) {
        if (data == null) {
            throw new IllegalArgumentException("rules/" + language + " has no words.txt");
        }
        String section = null;
        for (String raw : data.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                w.putIfAbsent(section, new ArrayList<>());
                continue;
            }
            if (section == null) {
                throw new IllegalArgumentException("rules/" + language + "/words.txt: a word before any [section]: " + line);
            }
            int eq = line.indexOf(" = ");
            String phrase = eq < 0 ? line : line.substring(0, eq).strip();
            if (!w.get(section).contains(phrase)) {
                w.get(section).add(phrase);
            }
            if (eq >= 0) {
                t.computeIfAbsent(section, k -> new HashMap<>()).put(fold(phrase), line.substring(eq + 3).strip());
            }
        }
    }

    private Map<String, String> fields(String file, String line) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(line);
        int at = 0;
        while (m.find()) {
            if (!line.substring(at, m.start()).isBlank()) {
                throw new IllegalArgumentException(language + "/" + file + ": cannot read rule line near: "
                        + line.substring(at));
            }
            out.put(m.group(1), m.group(2).replace("\\\"", "\""));
            at = m.end();
        }
        if (!line.substring(at).isBlank()) {
            throw new IllegalArgumentException(language + "/" + file + ": cannot read rule line near: " + line.substring(at));
        }
        return out;
    }

    private String require(String file, Map<String, String> fields, String key) {
        String v = fields.get(key);
        if (v == null) {
            throw new IllegalArgumentException(language + "/" + file + ": missing " + key + " in " + fields);
        }
        return v;
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> w) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        w.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }
}
