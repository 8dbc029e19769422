package io.parallax.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The recent articles of every story as term vectors, for finding the story a new article is most similar to: tf-idf
 * cosine between the article and each story's recent articles taken together, among stories active within a time
 * window of the article's date. Not thread-safe; {@link StoryAssigner} guards it.
 */
final class StoryIndex {

    /** How many of a story's newest articles stand for it. */
    static final int RECENT = 40;
    /** Stories with no article this many days either side of a new article's date are not candidates for it. */
    static final int WINDOW_DAYS = 45;

    private final Map<Long, Profile> stories = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;

    record Match(long storyId, double similarity) {
    }

    private static final class Profile {
        final Deque<Entry> recent = new ArrayDeque<>();
        final Map<String, Double> sum = new HashMap<>();
        LocalDate first;
        LocalDate last;
    }

    private record Entry(long articleId, Signature signature, LocalDate date) {
    }

    void add(long storyId, long articleId, Signature signature, LocalDate date) {
        Profile p = stories.computeIfAbsent(storyId, id -> new Profile());
        p.recent.addLast(new Entry(articleId, signature, date));
        signature.weights().forEach((t, w) -> {
            p.sum.merge(t, (double) w, Double::sum);
            documentFrequency.merge(t, 1, Integer::sum);
        });
        documents++;
        if (date != null) {
            p.first = p.first == null || date.isBefore(p.first) ? date : p.first;
            p.last = p.last == null || date.isAfter(p.last) ? date : p.last;
        }
        if (p.recent.size() > RECENT) {
            remove(p, p.recent.removeFirst());
        }
    }

    /** Forgets an article, as when an editor moves it to another story. */
    void removeArticle(long articleId) {
        for (Profile p : stories.values()) {
            for (Entry e : p.recent) {
                if (e.articleId() == articleId) {
                    p.recent.remove(e);
                    remove(p, e);
                    return;
                }
            }
        }
    }

    void removeStory(long storyId) {
        Profile p = stories.remove(storyId);
        if (p != null) {
            p.recent.forEach(e -> forget(e.signature()));
        }
    }

    private void remove(Profile p, Entry e) {
        e.signature().weights().forEach((t, w) -> p.sum.computeIfPresent(t, (k, v) -> v - w < 1e-6 ? null : v - w));
        forget(e.signature());
    }

    private void forget(Signature s) {
        s.weights().keySet().forEach(t -> documentFrequency.computeIfPresent(t, (k, v) -> v <= 1 ? null : v - 1));
        documents--;
    }

    /** The most similar story among those active near {@code date} (all of them when the date is unknown). */
    Match best(Signature signature, LocalDate date) {
        Map<String, Double> article = new HashMap<>();
        double articleNorm = 0;
        for (var e : signature.weights().entrySet()) {
            double w = e.getValue() * idf(e.getKey());
            article.put(e.getKey(), w);
            articleNorm += w * w;
        }
        articleNorm = Math.sqrt(articleNorm);
        Match best = null;
        for (var s : stories.entrySet()) {
            Profile p = s.getValue();
            if (p.recent.isEmpty() || !active(p, date)) {
                continue;
            }
            double dot = 0;
            for (var e : article.entrySet()) {
                Double w = p.sum.get(e.getKey());
                if (w != null) {
                    dot += e.getValue() * w * idf(e.getKey());
                }
            }
            if (dot == 0) {
                continue;
            }
            double norm = 0;
            for (var e : p.sum.entrySet()) {
                double w = e.getValue() * idf(e.getKey());
                norm += w * w;
            }
            double cosine = dot / (articleNorm * Math.sqrt(norm));
            if (best == null || cosine > best.similarity()) {
                best = new Match(s.getKey(), cosine);
            }
        }
        return best;
    }

    private static boolean active(Profile p, LocalDate date) {
        if (date == null || p.first == null) {
            return true;
        }
        return ChronoUnit.DAYS.between(p.last, date) <= WINDOW_DAYS && ChronoUnit.DAYS.between(date, p.first) <= WINDOW_DAYS;
    }

    private double idf(String term) {
        return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(term, 0) + 1.0)) + 1;
    }

    int storyCount() {
        return stories.size();
    }
}
