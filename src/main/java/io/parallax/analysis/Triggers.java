package io.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cue words of all rules, found in one pass per sentence so that each rule only looks where its cues are. */
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

    private static final Map<String, Integer> MASKS = new HashMap<>();
    private static final PhraseIndex INDEX;

    static {
        add(MONTH, "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December", "Sept", "Sep", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Oct", "Nov", "Dec");
        add(WEEKDAY, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
        add(RELATIVE_DAY, "yesterday", "today", "tomorrow");
        add(PERIOD, "last", "next", "previous");
        add(TROOP, "troops", "soldiers", "servicemen", "service", "servicemembers", "personnel", "forces", "fighters",
                "marines", "paratroopers", "commandos", "infantrymen", "conscripts", "reservists", "force", "contingent",
                "deployment");
        add(UNANIMOUS, "unanimous", "unanimously");
        add(VOTE_CONTEXT, "vote", "votes", "voted", "voting", "passed", "approved", "adopted", "ratify", "ratified",
                "ratifies", "ratifying", "ratification", "endorse", "endorsed", "endorses", "endorsing", "endorsement",
                "backed", "rejected", "defeated", "ballot", "in favor", "in favour", "tally", "carried");
        add(LEGISLATURE, "house", "chamber", "senate", "parliament", "parliamentary", "parliaments", "parliamentarians",
                "deputies", "lawmakers", "legislature", "legislators", "legislative", "assembly", "congress", "council",
                "MPs", "senators", "duma", "rada", "bundestag", "representatives", "knesset", "MEPs");
        add(SPORTS, "won", "win", "wins", "beat", "beats", "score", "scored", "scores", "match", "game", "games", "goal",
                "goals", "team", "league", "cup", "final", "season", "inning", "innings", "tournament", "championship", "club",
                "striker", "halftime", "half-time", "playoff", "playoffs", "series", "stadium", "fans");
        add(CASUALTY, "killed", "killing", "kill", "lost", "losing", "casualties", "death", "deaths", "wounded", "wounding",
                "injured", "injuring", "bodies", "captured", "capturing", "whom", "dead", "died", "missing", "perished",
                "slain");
        INDEX = new PhraseIndex(MASKS.keySet(), true);
    }

    private Triggers() {
    }

    private static void add(int category, String... words) {
        for (String w : words) {
            MASKS.merge(w.toLowerCase(Locale.ROOT), category, (a, b) -> a | b);
        }
    }

    static Found find(String text, int from, int to) {
        int union = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                union = DIGIT;
                break;
            }
        }
        List<PhraseIndex.Hit> raw = INDEX.find(text, from, to);
        List<Hit> hits = new ArrayList<>(raw.size());
        for (PhraseIndex.Hit h : raw) {
            int mask = MASKS.get(h.term());
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
