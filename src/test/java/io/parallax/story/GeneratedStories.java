package io.parallax.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles generated from {@code story/generated-stories.txt}: each picks a headline and a handful of sentences of its
 * story, each worded one of several ways, plus a sentence any story might carry, so that articles of one story share
 * facts and names but rarely whole phrases.
 */
public final class GeneratedStories {

    private static final Pattern CHOICE = Pattern.compile("\\{([^{}]*)\\}");

    /** One generated article and the story it was generated from. */
    public record Generated(String story, String title, String body, LocalDate published, String outlet) {
    }

    record Template(String slug, LocalDate start, List<String> titles, List<String> sentences) {
    }

    private final Map<String, Template> stories = new LinkedHashMap<>();
    private final List<String> filler = new ArrayList<>();

    public GeneratedStories() {
        String text;
        try (InputStream in = GeneratedStories.class.getResourceAsStream("/story/generated-stories.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Template current = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("== ")) {
                String[] parts = line.substring(3).strip().split("\\s+");
                current = parts[0].equals("filler") ? null
                        : new Template(parts[0], LocalDate.parse(parts[1]), new ArrayList<>(), new ArrayList<>());
                if (current != null) {
                    stories.put(current.slug(), current);
                }
            }
            else if (line.startsWith("t: ") && current != null) {
                current.titles().add(line.substring(3).strip());
            }
            else if (line.startsWith("s: ")) {
                (current == null ? filler : current.sentences()).add(line.substring(3).strip());
            }
        }
    }

    public List<String> storySlugs() {
        return List.copyOf(stories.keySet());
    }

    /** {@code perStory} articles of every story, in order of publication as they would arrive. */
    public List<Generated> generate(int perStory, long seed) {
        Random random = new Random(seed);
        List<Generated> all = new ArrayList<>();
        for (Template t : stories.values()) {
            for (int i = 0; i < perStory; i++) {
                all.add(article(t, random, i));
            }
        }
        Collections.shuffle(all, random);
        all.sort(Comparator.comparing(Generated::published));
        return all;
    }

    /** One article of one story, for loads that want many stories: the story's dates shifted by {@code dayOffset}. */
    public Generated article(String slug, Random random, int dayOffset) {
        Template t = stories.get(slug);
        Generated g = article(t, random, 0);
        return new Generated(g.story(), g.title(), g.body(), g.published().plusDays(dayOffset), g.outlet());
    }

    private Generated article(Template t, Random random, int i) {
        String title = fill(t.titles().get(random.nextInt(t.titles().size())), random);
        List<String> pool = new ArrayList<>(t.sentences());
        Collections.shuffle(pool, random);
        // The lead sentence first, as news copy has it; then a few of the others.
        int count = 3 + random.nextInt(Math.min(4, pool.size() - 2));
        List<String> chosen = new ArrayList<>();
        chosen.add(fill(t.sentences().get(0), random));
        pool.remove(t.sentences().get(0));
        for (int k = 0; k < count - 1; k++) {
            chosen.add(fill(pool.get(k), random));
        }
        chosen.add(1 + random.nextInt(chosen.size()), fill(filler.get(random.nextInt(filler.size())), random));
        String body = String.join("\n\n", chosen);
        return new Generated(t.slug(), title, body, t.start().plusDays(random.nextInt(12)), "Outlet " + (char) ('A' + random.nextInt(26)));
    }

    static String fill(String template, Random random) {
        Matcher m = CHOICE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] options = m.group(1).split("\\|", -1);
            m.appendReplacement(out, Matcher.quoteReplacement(options[random.nextInt(options.length)]));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+([,.])", "$1").replaceAll("\\s{2,}", " ").strip();
    }
}
