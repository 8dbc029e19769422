package io.parallax.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Story vocabulary (chambers, countries, regions, event words) loaded from a plain-text data file. */
public final class Vocabulary {

    /** A legislative chamber with its canonical name. */
    public record Chamber(String slug, String name, String country) {
    }

    /** A country with the adjective used for its people and forces. */
    public record Country(String slug, String name, String demonym) {
    }

    /** Where a vocabulary term occurs in a text; {@code ids} lists what it may refer to. */
    record Mention(int start, int end, String kind, List<String> ids) {
    }

    static final String NAMED = "named";
    static final String ROLE = "role";
    static final String GENERIC = "generic";

    private static final String RESOURCE = "vocabulary.txt";

    private final Map<String, Chamber> chambers;
    private final Map<String, Country> countries;
    private final Map<String, List<String>> chamberTerms;   // lower-cased term -> chamber slugs
    private final Map<String, String> chamberTermKind;
    private final Map<String, String> placeTerms;          // exact term -> country slug
    private final Map<String, String> eventTerms;          // lower-cased word -> event kind
    private final Map<String, String> eventLabels;
    private final PhraseIndex chamberIndex;
    private final PhraseIndex placeIndex;
    private final PhraseIndex eventIndex;

    private RuleBook rules = RuleBook.english();

    /** The rule book of the language this vocabulary belongs to. */
    RuleBook rules() {
        return rules;
    }

    private Vocabulary(Map<String, Chamber> chambers, Map<String, Country> countries,
                       Map<String, List<String>> chamberTerms, Map<String, String> chamberTermKind,
                       Map<String, String> placeTerms, Map<String, String> eventTerms, Map<String, String> eventLabels) {
        this.chambers = Map.copyOf(chambers);
        this.countries = Map.copyOf(countries);
        this.chamberTerms = Map.copyOf(chamberTerms);
        this.chamberTermKind = Map.copyOf(chamberTermKind);
        this.placeTerms = Map.copyOf(placeTerms);
        this.eventTerms = Map.copyOf(eventTerms);
        this.eventLabels = Map.copyOf(eventLabels);
        this.chamberIndex = new PhraseIndex(chamberTerms.keySet(), true);
        this.placeIndex = new PhraseIndex(placeTerms.keySet(), false);
        this.eventIndex = new PhraseIndex(eventTerms.keySet(), true);
    }

    /** Loads the vocabulary bundled with the engine. */
    public static Vocabulary defaults() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses vocabulary data in the format of the bundled {@code vocabulary.txt}. */
    public static Vocabulary parse(String data) {
        Map<String, Chamber> chambers = new LinkedHashMap<>();
        Map<String, Country> countries = new LinkedHashMap<>();
        Map<String, List<String>> chamberTerms = new LinkedHashMap<>();
        Map<String, String> chamberTermKind = new HashMap<>();
        Map<String, String> placeTerms = new LinkedHashMap<>();
        Map<String, String> eventTerms = new LinkedHashMap<>();
        Map<String, String> eventLabels = new HashMap<>();
        for (String raw : data.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            switch (f[0]) {
                case "chamber" -> {
                    Chamber c = new Chamber(f[1], f[2], f[3]);
                    chambers.put(c.slug(), c);
                    for (String t : items(f[4])) {
                        addChamberTerm(chamberTerms, chamberTermKind, t, c.slug(), NAMED);
                    }
                    for (String t : f.length > 5 ? items(f[5]) : List.<String>of()) {
                        addChamberTerm(chamberTerms, chamberTermKind, t, c.slug(), ROLE);
                    }
                }
                case "legislature" -> {
                    for (String t : items(f[1])) {
                        chamberTerms.putIfAbsent(t.toLowerCase(Locale.ROOT), new ArrayList<>());
                        chamberTermKind.putIfAbsent(t.toLowerCase(Locale.ROOT), GENERIC);
                    }
                }
                case "country" -> {
                    countries.put(f[1], new Country(f[1], f[2], f[3]));
                    for (String t : items(f[4])) {
                        placeTerms.put(t, f[1]);
                    }
                }
                case "region" -> {
                    for (String t : items(f[2])) {
                        placeTerms.put(t, f[1]);
                    }
                }
                case "event" -> {
                    eventLabels.put(f[1], f[2]);
                    for (String t : items(f[3])) {
                        eventTerms.put(t.toLowerCase(Locale.ROOT), f[1]);
                    }
                }
                default -> throw new IllegalArgumentException("unknown vocabulary entry: " + line);
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        chamberTerms.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Vocabulary(chambers, countries, frozen, chamberTermKind, placeTerms, eventTerms, eventLabels);
    }

    private static void addChamberTerm(Map<String, List<String>> terms, Map<String, String> kinds,
                                       String term, String slug, String kind) {
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

    String eventLabel(String kind) {
        return eventLabels.get(kind);
    }

    /** Chamber and legislature mentions in {@code text[from, to)}, in order. */
    List<Mention> chambers(String text, int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (PhraseIndex.Hit h : chamberIndex.find(text, from, to)) {
            out.add(new Mention(h.start(), h.end(), chamberTermKind.get(h.term()), chamberTerms.get(h.term())));
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
}
