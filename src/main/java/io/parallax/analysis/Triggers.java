package io.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cue words of all rules (word lists of the rule book), found in one pass per sentence so that each rule only looks where its cues are. */
final class Triggers {

    static final int MONTH = 1;
    static final int WEEKDAY = 1 << 1;
    static final int RELATIVE_DAY = 1 << 2;
    static final int PERIOD = 1 << 3;
    static final int TROOP = 1 << 4;
    static final int UNANIMOUS = 1 << 5;
    static final int VOTE_CONTEXT = 1 << 6;
    static final int LEGISLATURE = 1 << 7;
    static final int SPORTS = 1 << 8;
    static final int CASUALTY = 1 << 10;
    static final int ANAPHORIC = 1 << 11;
    static final int NUMBER_WORD = 1 << 12;
    /** Set on the sentence (not on a hit) when it holds a digit. */
    static final int DIGIT = 1 << 9;
    // Months and weekdays only count when capitalised ("May", not the verb "may").
    private static final int CAPITALISED = MONTH | WEEKDAY;

    /** A cue word in the text with the categories it belongs to. */
    record Hit(int start, int end, int mask) {
    }

    /** The cues of one sentence, plus the union of their categories (and DIGIT) for quick checks. */
    record Found(List<Hit> hits, int mask) {
        boolean has(int category) {
            return (mask & category) != 0;
        }

        List<PhraseIndex.Hit> of(int category) {
            List<PhraseIndex.Hit> out = new ArrayList<>();
            for (Hit h : hits) {
                if ((h.mask() & category) != 0) {
                    out.add(new PhraseIndex.Hit(h.start(), h.end(), null));
                }
            }
            return out;
        }
    }

    /** Each cue category and the word list (section of words.txt) its words come from. */
    private static final Map<Integer, String> SECTIONS = Map.ofEntries(
            Map.entry(MONTH, "month"), Map.entry(WEEKDAY, "weekday"), Map.entry(RELATIVE_DAY, "relativeDay"),
            Map.entry(PERIOD, "periodCue"), Map.entry(TROOP, "troopCue"), Map.entry(UNANIMOUS, "unanimousCue"),
            Map.entry(VOTE_CONTEXT, "voteCue"), Map.entry(LEGISLATURE, "legislatureCue"), Map.entry(SPORTS, "sportsCue"),
            Map.entry(CASUALTY, "casualtyCue"), Map.entry(ANAPHORIC, "anaphoricCue"),
            Map.entry(NUMBER_WORD, "numberWord"));

    /** Category names as rule files write them in {@code ANCHOR="cue:<name>"}. */
    private static final Map<String, Integer> NAMES = Map.ofEntries(
            Map.entry("month", MONTH), Map.entry("weekday", WEEKDAY), Map.entry("relativeDay", RELATIVE_DAY),
            Map.entry("period", PERIOD), Map.entry("troop", TROOP), Map.entry("unanimous", UNANIMOUS),
            Map.entry("vote", VOTE_CONTEXT), Map.entry("legislature", LEGISLATURE), Map.entry("sports", SPORTS),
            Map.entry("casualty", CASUALTY), Map.entry("anaphoric", ANAPHORIC), Map.entry("digit", DIGIT),
            Map.entry("numberWord", NUMBER_WORD));

    private final Map<String, Integer> masks = new HashMap<>();
    private final PhraseIndex index;

    /** Cues from the book's word lists; every name of a chamber in the gazetteer is a legislature cue as well. */
    Triggers(RuleBook book, java.util.Collection<String> chamberNames) {
        SECTIONS.forEach((category, section) -> {
            for (String w : book.words(section)) {
                masks.merge(w.toLowerCase(Locale.ROOT), category, (a, b) -> a | b);
            }
        });
        for (String w : chamberNames) {
            masks.merge(w.toLowerCase(Locale.ROOT), LEGISLATURE, (a, b) -> a | b);
        }
        index = new PhraseIndex(masks.keySet(), true);
    }

    /** The bit of a category named in a rule file. */
    static int category(String name) {
        Integer c = NAMES.get(name);
        if (c == null) {
            throw new IllegalArgumentException("unknown cue category " + name);
        }
        return c;
    }

    Found find(String text, int from, int to) {
        int union = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                union = DIGIT;
                break;
            }
        }
        List<PhraseIndex.Hit> raw = index.find(text, from, to);
        List<Hit> hits = new ArrayList<>(raw.size());
        for (PhraseIndex.Hit h : raw) {
            int mask = masks.get(h.term());
            if ((mask & CAPITALISED) != 0 && !Character.isUpperCase(text.charAt(h.start()))) {
                mask &= ~CAPITALISED;
            }
            if (mask != 0) {
                hits.add(new Hit(h.start(), h.end(), mask));
                union |= mask;
            }
        }
        return new Found(hits, union);
    }
}
