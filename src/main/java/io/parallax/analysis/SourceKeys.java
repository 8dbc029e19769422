package io.parallax.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every spelling of one source the same key: "U.S.", "United States" and "Washington" are {@code us}; "the US
 * State Department" is {@code us/state-department}, a part of {@code us}. Countries come from the vocabulary's
 * gazetteer and the ISO country list; bodies, roles and pronouns from the language's {@code sources.txt}.
 */
final class SourceKeys {

    /** A government body: its key slug, the country it belongs to when only one country has it, and a name. */
    record Body(String slug, String country, String name) {
    }

    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Vocabulary vocabulary;
    private final Set<String> roles;
    private final Set<String> pronouns;
    private final Set<String> genericBodies;
    private final List<Body> bodies;            // longest name first
    private final Pattern bodyNames;
    private final Set<String> bodyWords;        // lower-case words of body names ("defense", "ministry")
    private final Map<String, String> isoByName; // lower-cased country name -> ISO code in lower case
    private final Pattern countryNames;

    SourceKeys(Vocabulary vocabulary, String data) {
        this.vocabulary = vocabulary;
        Map<String, List<String>> sections = sections(data);
        this.roles = Set.copyOf(lower(sections.getOrDefault("role", List.of())));
        this.pronouns = Set.copyOf(lower(sections.getOrDefault("pronoun", List.of())));
        this.genericBodies = Set.copyOf(lower(sections.getOrDefault("genericBody", List.of())));
        List<Body> b = new ArrayList<>();
        for (String line : sections.getOrDefault("body", List.of())) {
            int eq = line.indexOf('=');
            String key = line.substring(0, eq).strip();
            int slash = key.indexOf('/');
            for (String name : line.substring(eq + 1).split(",")) {
                b.add(new Body(slash < 0 ? key : key.substring(slash + 1), slash < 0 ? null : key.substring(0, slash), name.strip()));
            }
        }
        b.sort(Comparator.comparingInt((Body x) -> -x.name().length()));
        this.bodies = List.copyOf(b);
        this.bodyNames = wholeWords(b.stream().map(Body::name).distinct().toList());
        Set<String> words = new HashSet<>();
        for (Body body : b) {
            for (String w : body.name().split("\\s+")) {
                if (w.length() > 2 && !w.equalsIgnoreCase("of") && !w.equalsIgnoreCase("the")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        this.bodyWords = Set.copyOf(words);
        Map<String, String> iso = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            iso.put(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code.toLowerCase(Locale.ROOT));
        }
        this.isoByName = Map.copyOf(iso);
        this.countryNames = Pattern.compile("\\b(" + String.join("|", iso.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static SourceKeys load(Vocabulary vocabulary, String language) {
        String path = "rules/" + language + "/sources.txt";
        try (InputStream in = SourceKeys.class.getResourceAsStream(path)) {
            return new SourceKeys(vocabulary, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isRole(String word) {
        return roles.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isPronoun(String word) {
        return pronouns.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isGenericBody(String word) {
        return genericBodies.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a lower-case word belongs to the name of a body ("defense" in "the defense ministry said"). */
    boolean isBodyWord(String word) {
        return bodyWords.contains(word.toLowerCase(Locale.ROOT));
    }

    Set<String> roles() {
        return roles;
    }

    Set<String> pronouns() {
        return pronouns;
    }

    Set<String> genericBodies() {
        return genericBodies;
    }

    /** The ISO code (lower case) of the country a source names, by name, demonym or metonym, or null. */
    String country(String source) {
        for (Vocabulary.Mention m : vocabulary.places(source, 0, source.length())) {
            Vocabulary.Country c = vocabulary.country(m.ids().get(0));
            if (c != null) {
                return isoByName.getOrDefault(c.name().toLowerCase(Locale.ROOT), c.slug());
            }
        }
        Matcher m = countryNames.matcher(source);
        return m.find() ? isoByName.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    /** The government body a source names, preferring the body of the source's own country, or null. */
    Body body(String source, String country) {
        Matcher m = bodyNames.matcher(source);
        String found = null;
        while (m.find()) {
            if (found == null || m.group().length() > found.length()) {
                found = m.group();
            }
        }
        if (found == null) {
            return null;
        }
        Body generic = null;
        for (Body b : bodies) {
            if (!b.name().equalsIgnoreCase(found)) {
                continue;
            }
            if (b.country() != null && (country == null || country.equals(b.country()))) {
                return b;
            }
            if (b.country() == null && generic == null) {
                generic = b;
            }
        }
        return generic;
    }

    /** Whether a source names something: not only roles, pronouns and small words. */
    boolean names(String source) {
        for (String word : source.split("\\s+")) {
            String w = word.replaceAll("[^\\p{L}.]", "");
            if (!w.isEmpty() && !isRole(w) && !isPronoun(w) && !w.equalsIgnoreCase("the") && !w.equalsIgnoreCase("a")
                    && !w.equalsIgnoreCase("an") && !w.equalsIgnoreCase("of") && !w.equalsIgnoreCase("for")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the source says which country or body it is: what makes trailing role words droppable. */
    boolean identifies(String source) {
        String country = country(source);
        return country != null || body(source, null) != null;
    }

    /** The key of a source as named in the text. */
    String key(String source) {
        return key(source, null);
    }

    /** The key of a source; a body named without its country ("the defence ministry") belongs to {@code context}. */
    String key(String source, String context) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String named = country(source);
        String country = named != null ? named : context;
        Body body = body(source, country);
        if (body != null) {
            if (body.country() != null) {
                return body.country() + "/" + body.slug();
            }
            return country == null ? body.slug() : country + "/" + body.slug();
        }
        if (named != null) {
            return named;
        }
        return slug(source);
    }

    static String slug(String s) {
        String t = NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT).replace(".", "")).replaceAll("-");
        int a = 0;
        int b = t.length();
        while (a < b && t.charAt(a) == '-') {
            a++;
        }
        while (b > a && t.charAt(b - 1) == '-') {
            b--;
        }
        String slug = t.substring(a, b);
        return slug.startsWith("the-") ? slug.substring(4) : slug;
    }

    private static Pattern wholeWords(List<String> names) {
        if (names.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static Map<String, List<String>> sections(String data) {
        Map<String, List<String>> out = new HashMap<>();
        List<String> current = null;
        Set<String> seen = new HashSet<>();
        for (String raw : data.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1);
                if (!seen.add(name)) {
                    throw new IllegalArgumentException("section [" + name + "] appears twice in sources.txt");
                }
                current = out.computeIfAbsent(name, k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        return out;
    }
}
