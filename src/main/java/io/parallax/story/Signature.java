package io.parallax.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's key terms with weights: the content words of its headline and body, and the names in it (places, people,
 * organisations: capitalised words inside a sentence, joined into phrases), which count more because they tell stories
 * apart best. Plain Java, thread-safe.
 */
record Signature(Map<String, Float> weights) {

    static final String NAME = "#";

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’\\-]*|[.!?;:]");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final float TITLE = 2f;
    private static final float NAME_WEIGHT = 2f;
    private static final int MAX_TERMS = 60;

    static Signature of(String title, String body) {
        Map<String, Float> tf = new LinkedHashMap<>();
        add(tf, title == null ? "" : title, TITLE);
        add(tf, body == null ? "" : body, 1f);
        // The strongest terms are enough to tell stories apart, and keep what is stored and compared small.
        List<Map.Entry<String, Float>> top = new ArrayList<>(tf.entrySet());
        top.sort(Map.Entry.<String, Float>comparingByValue().reversed());
        Map<String, Float> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Float> e : top.subList(0, Math.min(MAX_TERMS, top.size()))) {
            kept.put(e.getKey(), (float) (1 + Math.log(e.getValue())));
        }
        return new Signature(kept);
    }

    /**
     * The headline's words worth naming a story after: its names first (a capitalised word, or the first word when the
     * body writes it capitalised mid-sentence and never in lower case), then its other key words in lower case.
     */
    static List<String> keyWords(String title, String body) {
        List<String> names = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(title == null ? "" : title);
        boolean first = true;
        while (m.find()) {
            String w = withoutPossessive(m.group());
            String lower = w.toLowerCase(Locale.ROOT);
            boolean isFirst = first;
            first = false;
            if (w.length() < 3 || STOP.contains(lower) || CALENDAR.contains(lower) || HEADLINE_STOP.contains(lower)
                    || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            boolean name = Character.isUpperCase(w.charAt(0)) && (!isFirst || writtenAsName(w, body == null ? "" : body));
            if (name) {
                names.add(w);
            }
            else {
                words.add(lower);
            }
        }
        List<String> key = new ArrayList<>(names);
        key.addAll(words);
        return key.stream().distinct().limit(4).toList();
    }

    /** "Moscow's" to "Moscow"; compiled once, as this runs on every word of every article. */
    private static String withoutPossessive(String word) {
        return word.endsWith("s") ? POSSESSIVE.matcher(word).replaceAll("") : word;
    }

    private static boolean writtenAsName(String word, String body) {
        return body.contains(" " + word) && !body.contains(" " + word.toLowerCase(Locale.ROOT) + " ");
    }

    private static final Set<String> HEADLINE_STOP = Set.of("near", "amid", "over", "after", "as", "set", "to", "in", "on",
            "at", "by", "of", "up", "down", "says", "say", "ahead", "toward", "towards", "across", "via");

    private static void add(Map<String, Float> tf, String text, float weight) {
        Matcher m = WORD.matcher(text);
        boolean sentenceStart = true;
        StringBuilder name = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            if (!Character.isLetter(w.charAt(0))) {
                flush(tf, name, weight);
                sentenceStart = true;
                continue;
            }
            String lower = withoutPossessive(w.toLowerCase(Locale.ROOT));
            boolean capital = Character.isUpperCase(w.charAt(0)) && !CALENDAR.contains(lower);
            if (capital && !sentenceStart && !STOP.contains(lower)) {
                name.append(name.isEmpty() ? "" : " ").append(lower);
            }
            else {
                flush(tf, name, weight);
            }
            if (lower.length() >= 3 && !STOP.contains(lower) && !CALENDAR.contains(lower)) {
                tf.merge(stem(lower), weight, Float::sum);
            }
            sentenceStart = false;
        }
        flush(tf, name, weight);
    }

    private static void flush(Map<String, Float> tf, StringBuilder name, float weight) {
        if (!name.isEmpty()) {
            tf.merge(NAME + name, weight * NAME_WEIGHT, Float::sum);
            name.setLength(0);
        }
    }

    /** A light stemmer: enough that "troops" meets "troop" and "ratified" meets "ratifies". */
    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("ied")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 6 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 5 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("es") && !w.endsWith("ses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "this", "from", "was", "were", "are",
            "has", "have", "had", "its", "his", "her", "their", "they", "them", "but", "not", "who", "which", "what", "when",
            "where", "will", "would", "could", "should", "been", "being", "also", "after", "before", "over", "into", "than",
            "then", "there", "these", "those", "about", "said", "says", "say", "told", "according", "more", "most", "some",
            "such", "other", "any", "all", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "our", "out", "off", "only", "own", "per", "can", "did", "does", "just", "may", "might", "must", "now", "new",
            "year", "years", "week", "weeks", "day", "days", "last", "first", "while", "since", "until", "under", "between",
            "against", "during", "without", "within", "both", "each", "him", "she", "you", "your", "yet", "how", "why",
            "thousand", "thousands", "hundred", "hundreds", "million", "billion", "percent", "time", "times", "today",
            "yesterday", "tomorrow", "earlier", "later", "people", "official", "officials", "statement", "report",
            "reported", "reports", "news", "agency", "added", "because", "through", "around", "among", "many", "much",
            "very", "still", "even", "well", "back", "made", "make", "like", "via", "mr", "mrs", "ms");
}
