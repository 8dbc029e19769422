package io.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gazetteers of a language (countries, legislatures and their chambers, government bodies, regions) and its event
 * words, read from the rule book's {@code gazetteer/} folder and {@code words.txt}.
 */
public final class Vocabulary {

    /** A legislative chamber with its canonical name, its country and its role (lower, upper or unicameral). */
    public record Chamber(String slug, String name, String country, String role) {
    }

    /** A country with the adjective used for its people and forces. */
    public record Country(String slug, String name, String demonym) {
    }

    /** A government body that acts as a source, keyed under its country ("us/state-department"). */
    public record Body(String key, String country) {
    }

    /**
     * Where a vocabulary term occurs in a text; {@code ids} lists what it may refer to, {@code role} the kind of
     * chamber a legislature word means (lower, upper, any) when the chamber itself depends on the country.
     */
    record Mention(int start, int end, String kind, List<String> ids, String role) {

        Mention(int start, int end, String kind, List<String> ids) {
            this(start, end, kind, ids, null);
        }
    }

    static final String NAMED = "named";
    static final String ROLE = "role";
    static final String GENERIC = "generic";
    static final String ANY = "any";

    private final RuleBook rules;
    private final Map<String, Chamber> chambers;
    private final Map<String, List<Chamber>> chambersByCountry;
    private final Map<String, Country> countries;
    private final Map<String, List<String>> chamberTerms;   // lower-cased term -> chamber slugs
    private final Map<String, String> chamberTermKind;
    private final Map<String, String> genericRoles;         // lower-cased generic term -> role
    private final Map<String, String> placeTerms;           // exact term -> country slug
    private final Map<String, String> eventTerms;           // lower-cased word -> event kind
    private final Map<String, Body> bodies;                 // lower-cased name -> body
    private final PhraseIndex chamberIndex;
    private final PhraseIndex placeIndex;
    private final PhraseIndex eventIndex;
    private final PhraseIndex bodyIndex;

    private Vocabulary(RuleBook rules) {
        this.rules = rules;
        Map<String, Country> countries = new LinkedHashMap<>();
        Map<String, String> places = new LinkedHashMap<>();
        for (String[] f : rules.gazetteerRows("countries.txt", 5)) {
            List<String> demonyms = items(f[2]);
            countries.put(f[0], new Country(f[0], f[1], demonyms.isEmpty() ? f[1] : demonyms.get(0)));
            places.put(f[1], f[0]);
            for (String field : List.of(f[2], f[3], f[4])) {
                for (String t : items(field)) {
                    places.put(t, f[0]);
                }
            }
        }
        List<String[]> regionsAndParties = new ArrayList<>(rules.gazetteerRows("regions.txt", 2));
        regionsAndParties.addAll(rules.gazetteerRows("parties.txt", 2));
        for (String[] f : regionsAndParties) {
            for (String t : items(f[1])) {
                places.put(t, f[0]);
            }
        }
        Map<String, Chamber> chambers = new LinkedHashMap<>();
        Map<String, List<String>> terms = new LinkedHashMap<>();
        Map<String, String> kinds = new HashMap<>();
        Map<String, String> generic = new HashMap<>();
        List<String[]> legislatures = rules.gazetteerRows("legislatures.txt", 3);
        Map<String, Integer> nameCount = new HashMap<>();
        for (String[] f : legislatures) {
            if (!f[0].equals(GENERIC)) {
                nameCount.merge(f[1].toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        for (String[] f : legislatures) {
            if (f[0].equals(GENERIC)) {
                for (String t : items(f[2])) {
                    generic.put(t.toLowerCase(Locale.ROOT), f[1]);
                    terms.putIfAbsent(t.toLowerCase(Locale.ROOT), new ArrayList<>());
                    kinds.putIfAbsent(t.toLowerCase(Locale.ROOT), GENERIC);
                }
                continue;
            }
            String slug = nameCount.get(f[1].toLowerCase(Locale.ROOT)) > 1
                    ? f[0] + "-" + SubjectResolver.slug(f[1]) : SubjectResolver.slug(f[1]);
            Chamber c = new Chamber(slug, f[1], f[0], f[2]);
            chambers.put(slug, c);
            for (String t : items(f.length > 3 ? f[3] : "")) {
                addTerm(terms, kinds, t, slug, NAMED);
            }
            for (String t : items(f.length > 4 ? f[4] : "")) {
                addTerm(terms, kinds, t, slug, ROLE);
            }
        }
        Map<String, Body> bodies = new LinkedHashMap<>();
        for (String[] f : rules.gazetteerRows("bodies.txt", 3)) {
            if (f[0].equals("any")) {
                continue; // a body any country may have: its key depends on the text (SourceKeys)
            }
            String key = f[0].equals(f[1]) ? f[0] : f[0] + "/" + f[1];
            for (String t : items(f[2])) {
                bodies.put(t.toLowerCase(Locale.ROOT), new Body(key, f[0]));
            }
        }
        Map<String, String> events = new LinkedHashMap<>();
        // events.txt: each event word with the normal form of the event it names
        for (Map.Entry<String, String> e : rules.table("event").entrySet()) {
            events.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        Map<String, List<Chamber>> byCountry = new HashMap<>();
        for (Chamber c : chambers.values()) {
            byCountry.computeIfAbsent(c.country(), k -> new ArrayList<>()).add(c);
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        terms.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        Map<String, List<Chamber>> frozenByCountry = new HashMap<>();
        byCountry.forEach((k, v) -> frozenByCountry.put(k, List.copyOf(v)));
        this.chambers = java.util.Collections.unmodifiableMap(chambers);
        this.chambersByCountry = Map.copyOf(frozenByCountry);
        this.countries = Map.copyOf(countries);
        this.chamberTerms = Map.copyOf(frozen);
        this.chamberTermKind = Map.copyOf(kinds);
        this.genericRoles = Map.copyOf(generic);
        this.placeTerms = Map.copyOf(places);
        this.eventTerms = Map.copyOf(events);
        this.bodies = Map.copyOf(bodies);
        this.chamberIndex = new PhraseIndex(frozen.keySet(), true);
        this.placeIndex = new PhraseIndex(places.keySet(), false);
        this.eventIndex = new PhraseIndex(events.keySet(), true);
        this.bodyIndex = new PhraseIndex(bodies.keySet(), true);
    }

    /** The English vocabulary bundled with the engine. */
    public static Vocabulary defaults() {
        return English.DEFAULT;
    }

    private static final class English {
        static final Vocabulary DEFAULT = new Vocabulary(RuleBook.english());
    }

    /** The vocabulary of a rule book. */
    static Vocabulary of(RuleBook rules) {
        return rules.language().equals("en") ? defaults() : new Vocabulary(rules);
    }

    /** The rule book of the language this vocabulary belongs to. */
    RuleBook rules() {
        return rules;
    }

    private static void addTerm(Map<String, List<String>> terms, Map<String, String> kinds, String term, String slug,
                                String kind) {
        String key = term.toLowerCase(Locale.ROOT);
        terms.computeIfAbsent(key, k -> new ArrayList<>()).add(slug);
        kinds.merge(key, kind, (a, b) -> a.equals(NAMED) ? a : b);
    }

    private static List<String> items(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    public Chamber chamber(String slug) {
        return chambers.get(slug);
    }

    public Country country(String slug) {
        return countries.get(slug);
    }

    /** Every name of a chamber or legislature in the gazetteer, lower-cased. */
    java.util.Set<String> chamberNames() {
        return chamberTerms.keySet();
    }

    /** Every chamber of a country's legislature, in gazetteer order. */
    List<Chamber> chambersOf(String country) {
        return chambersByCountry.getOrDefault(country, List.of());
    }

    /** The chamber of a country that a role names: its upper or lower house; "any" is its unicameral or lower one. */
    Chamber chamberOf(String country, String role) {
        Chamber lower = null;
        Chamber fallback = null;
        for (Chamber c : chambersOf(country)) {
            if (c.role().equals(role)) {
                return c;
            }
            if (c.role().equals("unicameral") && !role.equals("upper")) {
                return c;
            }
            if (c.role().equals("lower") && lower == null) {
                lower = c;
            }
            if (c.role().equals(ANY) && fallback == null) {
                fallback = c;
            }
        }
        if (role.equals(ANY) || role.equals("lower")) {
            return lower != null ? lower : fallback;
        }
        return null;
    }

    /** The first chamber in gazetteer order that a role names, for texts that say nothing of the country. */
    Chamber firstChamber(String role) {
        for (Chamber c : chambers.values()) {
            if (c.role().equals(role) || (role.equals(ANY) && c.role().equals("lower"))) {
                return c;
            }
        }
        return null;
    }

    String eventLabel(String kind) {
        return rules.value("eventLabel", kind);
    }

    /** Chamber and legislature mentions in {@code text[from, to)}, in order. */
    List<Mention> chambers(String text, int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (PhraseIndex.Hit h : chamberIndex.find(text, from, to)) {
            List<String> ids = chamberTerms.get(h.term());
            String role = genericRoles.get(h.term());
            if (role == null && !ids.isEmpty()) {
                role = chambers.get(ids.get(0)).role();
            }
            // a name that is also generic ("Senate") never settles the chamber by itself
            String kind = genericRoles.containsKey(h.term()) ? GENERIC : chamberTermKind.get(h.term());
            out.add(new Mention(h.start(), h.end(), kind, ids, role));
        }
        return out;
    }

    /** Country and region mentions in {@code text[from, to)}, each resolved to its country. */
    List<Mention> places(String text, int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (PhraseIndex.Hit h : placeIndex.find(text, from, to)) {
            out.add(new Mention(h.start(), h.end(), "place", List.of(placeTerms.get(h.term()))));
        }
        return out;
    }

    /** Event trigger words in {@code text[from, to)}, each tagged with its event kind. */
    List<Mention> events(String text, int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (PhraseIndex.Hit h : eventIndex.find(text, from, to)) {
            out.add(new Mention(h.start(), h.end(), eventTerms.get(h.term()), List.of()));
        }
        return out;
    }

    /** Government bodies named in {@code text[from, to)}, each with its source key ("us/state-department"). */
    List<Mention> bodies(String text, int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (PhraseIndex.Hit h : bodyIndex.find(text, from, to)) {
            Body b = bodies.get(h.term());
            out.add(new Mention(h.start(), h.end(), "body", List.of(b.key(), b.country())));
        }
        return out;
    }

    /** The body a source name stands for, or null. */
    public Body body(String name) {
        return name == null ? null : bodies.get(RuleBook.fold(name));
    }
}
