package io.parallax.analysis;

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
 * State Department" is {@code us/state-department}, a part of {@code us}. Countries come from the gazetteer of
 * countries (keyed by their ISO 3166 code in lower case), bodies from the gazetteer of bodies ({@code bodies.txt}),
 * and the words for roles, pronouns and generic nouns from the language's {@code words.txt}.
 */
final class SourceKeys {

    /**
     * A government body: its key slug, the ISO code of the country it belongs to when only one country has it, a name
     * it goes by, its first (shown) name, and whether it is an organisation of its own ("nato"), part of no country.
     */
    record Body(String slug, String country, String name, String canonical, boolean topLevel) {
    }

    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_NAME_CHAR = Pattern.compile("[^\\p{L}.]");
    private static final String ANY_COUNTRY = "any";

    private final Vocabulary vocabulary;
    private final Set<String> roles;
    private final Set<String> pronouns;
    private final Set<String> genericBodies;
    private final Set<String> genericOrganisations;
    private final Set<String> smallWords;
    private final List<Body> bodies;            // longest name first
    private final Pattern bodyNames;
    private final Set<String> bodyWords;        // lower-case words of body names ("defense", "ministry")
    private final Map<String, String> isoByName; // lower-cased country name -> ISO code in lower case
    private final Pattern countryNames;

    SourceKeys(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        RuleBook rules = vocabulary.rules();
        this.roles = lower(rules.words("sourceRole"));
        this.pronouns = lower(rules.words("sourcePronoun"));
        this.genericBodies = lower(rules.words("genericBody"));
        this.genericOrganisations = lower(rules.words("genericOrganisation"));
        Set<String> small = new HashSet<>(lower(rules.words("speakerConnector")));
        small.addAll(lower(rules.words("article")));
        this.smallWords = Set.copyOf(small);
        Map<String, String> iso = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            iso.put(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code.toLowerCase(Locale.ROOT));
        }
        this.isoByName = Map.copyOf(iso);
        List<Body> b = new ArrayList<>();
        for (String[] f : rules.gazetteerRows("bodies.txt", 3)) {
            String owner = f[0].strip();
            String slug = f[1].strip();
            boolean topLevel = owner.equals(slug);
            String country = topLevel || owner.equals(ANY_COUNTRY) ? null : isoOf(owner);
            String canonical = null;
            for (String name : f[2].split(",")) {
                if (!name.isBlank()) {
                    canonical = canonical == null ? name.strip() : canonical;
                    b.add(new Body(slug, country, name.strip(), canonical, topLevel));
                }
            }
        }
        b.sort(Comparator.comparingInt((Body x) -> -x.name().length()));
        this.bodies = List.copyOf(b);
        this.bodyNames = wholeWords(b.stream().map(Body::name).distinct().toList());
        Set<String> words = new HashSet<>();
        for (Body body : b) {
            for (String w : body.name().split("\\s+")) {
                if (w.length() > 2 && !smallWords.contains(w.toLowerCase(Locale.ROOT))) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        this.bodyWords = Set.copyOf(words);
        this.countryNames = Pattern.compile("\\b" + RuleBook.firstCharacters(List.copyOf(iso.keySet())) + "(" + String.join("|", iso.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The ISO code (lower case) of a gazetteer country, or its slug when it has none. */
    String isoOf(String countrySlug) {
        Vocabulary.Country c = vocabulary.country(countrySlug);
        return c == null ? countrySlug : isoByName.getOrDefault(c.name().toLowerCase(Locale.ROOT), countrySlug);
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

    /** Whether a generic noun may stand for an organisation of any kind ("the alliance"), not only a government body. */
    boolean isGenericOrganisation(String word) {
        return genericOrganisations.contains(word.toLowerCase(Locale.ROOT));
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

    /** The name of the government body a source names, longest first, or null. */
    String bodyName(String source) {
        Matcher m = bodyNames.matcher(source);
        String found = null;
        while (m.find()) {
            if (found == null || m.group().length() > found.length()) {
                found = m.group();
            }
        }
        return found;
    }

    /** The name of the first government body or organisation named in {@code text[from, to)}, or null. */
    String firstBodyName(String text, int from, int to) {
        Matcher m = bodyNames.matcher(text).region(from, to);
        while (m.find()) {
            // a generic noun ("government", "military") names no body by itself
            if (Character.isUpperCase(m.group().charAt(0))) {
                return m.group();
            }
        }
        return null;
    }

    /** The government body a source names, preferring the body of the source's own country, or null. */
    Body body(String source, String country) {
        String found = bodyName(source);
        if (found == null) {
            return null;
        }
        Body generic = null;
        Body other = null;
        for (Body b : bodies) {
            if (!b.name().equalsIgnoreCase(found)) {
                continue;
            }
            if (b.topLevel() || (b.country() != null && (country == null || country.equals(b.country())))) {
                return b;
            }
            if (b.country() == null && generic == null) {
                generic = b;
            }
            if (b.country() != null && other == null) {
                other = b;
            }
        }
        return generic != null ? generic : other;
    }

    /** Whether a source names something: not only roles, pronouns and small words. */
    boolean names(String source) {
        for (String word : WHITESPACE.split(source)) {
            String w = NOT_NAME_CHAR.matcher(word).replaceAll("");
            if (!w.isEmpty() && !isRole(w) && !isPronoun(w) && !smallWords.contains(w.toLowerCase(Locale.ROOT))) {
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
            if (body.topLevel()) {
                return body.slug();
            }
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

    /** The name shown for a body of {@code country} (ISO code) with this key slug ("Polish Defence Ministry"), or null. */
    /**
     * The name shown for an owner of the people gazetteer: a country's name ("France"), or an organisation's first
     * name ("NATO"); null for neither.
     */
    String ownerName(String owner) {
        Vocabulary.Country c = vocabulary.country(owner);
        if (c != null) {
            return c.name();
        }
        for (Body b : bodies) {
            if (b.topLevel() && b.slug().equals(owner)) {
                return b.canonical();
            }
        }
        return null;
    }

    String canonical(String country, String slug) {
        for (Body b : bodies) {
            if (country.equals(b.country()) && b.slug().equals(slug)) {
                return b.canonical();
            }
        }
        return null;
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
        return t.substring(a, b);
    }

    private static Pattern wholeWords(List<String> names) {
        if (names.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        // the lookahead for the names' first characters spares the regex a try of every name at every position
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + RuleBook.firstCharacters(names) + "(" + String.join("|", names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
