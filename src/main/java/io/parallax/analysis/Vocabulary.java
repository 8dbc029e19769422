package io.parallax.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The story vocabulary the engine reads as data: countries with their demonyms and other names, regions, legislative
 * chambers with their synonyms, and the words that name a chamber by its level. Immutable once loaded.
 */
public final class Vocabulary {

    /** A country and every name the text may use for it. */
    public record Country(String slug, String name, String demonym, List<String> names) {
    }

    /** A legislative chamber: its canonical name, its country and whether it is the lower or upper house. */
    public record Chamber(String slug, String name, String country, String level, List<String> names) {
    }

    /** Where a name was found in a text, and what it names. */
    public record Mention<T>(int start, int end, T what) {
    }

    private final List<Country> countries;
    private final Map<String, Country> countriesBySlug;
    private final List<Chamber> chambers;
    private final Map<String, String> levelWords;
    private final Pattern countryPattern;
    private final Map<String, Country> countryByName;
    private final Pattern chamberPattern;
    private final Map<String, Chamber> chamberByName;
    private final Pattern levelPattern;

    Vocabulary(List<Country> countries, Map<String, String> regions, List<Chamber> chambers, Map<String, String> levelWords) {
        this.countries = List.copyOf(countries);
        this.countriesBySlug = countries.stream().collect(Collectors.toUnmodifiableMap(Country::slug, c -> c));
        this.chambers = List.copyOf(chambers);
        this.levelWords = Map.copyOf(levelWords);
        Map<String, Country> byName = new LinkedHashMap<>();
        for (Country c : countries) {
            byName.put(c.name(), c);
            byName.put(c.demonym(), c);
            c.names().forEach(n -> byName.put(n, c));
        }
        regions.forEach((region, slug) -> byName.put(region, countriesBySlug.get(slug)));
        this.countryByName = Map.copyOf(byName);
        this.countryPattern = alternation(byName.keySet(), false);
        Map<String, Chamber> chamberNames = new LinkedHashMap<>();
        chambers.forEach(ch -> ch.names().forEach(n -> chamberNames.put(n, ch)));
        this.chamberByName = Map.copyOf(chamberNames);
        this.chamberPattern = alternation(chamberNames.keySet(), false);
        this.levelPattern = alternation(levelWords.keySet(), true);
    }

    /** The vocabulary shipped with the engine. */
    public static Vocabulary defaults() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.txt")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.txt is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Vocabulary parse(List<String> lines) {
        List<Country> countries = new ArrayList<>();
        Map<String, String> regions = new LinkedHashMap<>();
        List<Chamber> chambers = new ArrayList<>();
        Map<String, String> levels = new LinkedHashMap<>();
        String section = "";
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            String[] f = line.split("\\|");
            switch (section) {
                case "country" -> countries.add(new Country(f[0], f[1], f[2], f.length > 3 ? list(f[3]) : List.of()));
                case "region" -> {
                    String[] kv = line.split("=");
                    regions.put(kv[0].strip(), kv[1].strip());
                }
                case "chamber" -> chambers.add(new Chamber(f[0], f[1], f[2], f[3], list(f[4])));
                case "legislators" -> list(f[1]).forEach(w -> levels.put(w.toLowerCase(java.util.Locale.ROOT), f[0]));
                default -> throw new IllegalArgumentException("Unknown vocabulary section: " + section);
            }
        }
        return new Vocabulary(countries, regions, chambers, levels);
    }

    private static List<String> list(String csv) {
        return java.util.Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Longest names first, so "North Korean" wins over "North". */
    private static Pattern alternation(java.util.Collection<String> names, boolean ignoreCase) {
        String body = names.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + body + ")(?![\\p{L}\\p{N}])", ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    }

    public List<Mention<Country>> countries(String text) {
        List<Mention<Country>> found = new ArrayList<>();
        Matcher m = countryPattern.matcher(text);
        while (m.find()) {
            found.add(new Mention<>(m.start(), m.end(), countryByName.get(m.group())));
        }
        return found;
    }

    public List<Mention<Chamber>> chambers(String text) {
        List<Mention<Chamber>> found = new ArrayList<>();
        Matcher m = chamberPattern.matcher(text);
        while (m.find()) {
            found.add(new Mention<>(m.start(), m.end(), chamberByName.get(m.group())));
        }
        return found;
    }

    /** Words such as "upper house" or "senators", with the level they name ("lower", "upper" or "any"). */
    public List<Mention<String>> levels(String text) {
        List<Mention<String>> found = new ArrayList<>();
        Matcher m = levelPattern.matcher(text);
        while (m.find()) {
            found.add(new Mention<>(m.start(), m.end(), levelWords.get(m.group().toLowerCase(java.util.Locale.ROOT))));
        }
        return found;
    }

    public Optional<Chamber> chamber(String country, String level) {
        return chambers.stream().filter(c -> c.country().equals(country) && c.level().equals(level)).findFirst();
    }

    public List<Chamber> chambers() {
        return chambers;
    }

    public Optional<Country> country(String slug) {
        return Optional.ofNullable(countriesBySlug.get(slug));
    }

    public List<Country> countries() {
        return countries;
    }
}
