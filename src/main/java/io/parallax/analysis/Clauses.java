package io.parallax.analysis;

import java.util.List;

/** The clauses of one sentence and where it speaks of the future; built once per sentence and shared by the rules. */
final class Clauses {

    private static final PhraseIndex CONJUNCTIONS = new PhraseIndex(List.of("as", "while", "but", "after", "before", "when",
            "because", "although", "though", "whereas"), false);
    private static final PhraseIndex FUTURE = new PhraseIndex(futureMarkers(), true);

    private static List<String> futureMarkers() {
        List<String> out = new java.util.ArrayList<>(List.of("will", "would", "shall", "could", "might", "next", "upcoming",
                "later this week", "is to", "are to", "plan to", "plans to", "planned to", "intend to", "intends to",
                "aim to", "aims to"));
        for (String be : List.of("is", "are", "was", "were")) {
            for (String how : List.of("set", "expected", "scheduled", "due", "slated", "poised", "likely", "going")) {
                out.add(be + " " + how + " to");
            }
        }
        return out;
    }

    private final Sentence sentence;
    private final String text;
    private final int[] boundaries;   // start,end pairs of clause separators, in order
    private final int[] futureMarkers;

    private Clauses(String text, Sentence sentence, int[] boundaries, int[] futureMarkers) {
        this.text = text;
        this.sentence = sentence;
        this.boundaries = boundaries;
        this.futureMarkers = futureMarkers;
    }

    static Clauses of(String text, Sentence s) {
        int[] b = new int[16];
        int n = 0;
        List<PhraseIndex.Hit> conj = CONJUNCTIONS.find(text, s.start(), s.end());
        int k = 0;
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c == ';' || c == ':' || c == ',' || c == '—' || c == '–' || c == '(') {
                end = i + 1;
            } else if (c == '-' && i > s.start() && i + 1 < s.end() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                end = i + 1;
            } else if (k < conj.size() && conj.get(k).start() == i) {
                end = conj.get(k).end();
                k++;
            }
            if (end >= 0) {
                if (n + 2 > b.length) {
                    b = java.util.Arrays.copyOf(b, b.length * 2);
                }
                b[n++] = i;
                b[n++] = end;
                i = end - 1;
            }
            while (k < conj.size() && conj.get(k).start() <= i) {
                k++;
            }
        }
        List<PhraseIndex.Hit> future = FUTURE.find(text, s.start(), s.end());
        int[] f = new int[future.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = future.get(i).start();
        }
        return new Clauses(text, s, java.util.Arrays.copyOf(b, n), f);
    }

    Sentence sentence() {
        return sentence;
    }

    /** Start of the clause holding {@code pos}. */
    int clauseStart(int pos) {
        int start = sentence.start();
        for (int i = 0; i < boundaries.length; i += 2) {
            if (boundaries[i + 1] > pos) {
                break;
            }
            start = boundaries[i + 1];
        }
        return start;
    }

    /** End of the clause holding {@code pos}. */
    int clauseEnd(int pos) {
        for (int i = 0; i < boundaries.length; i += 2) {
            if (boundaries[i] >= pos) {
                return boundaries[i];
            }
        }
        return sentence.end();
    }

    /** Clause around [start, end); a leading adverbial ("On Friday, the council will vote") takes in the next clause. */
    int[] clauseAround(int start, int end) {
        int cs = clauseStart(start);
        int ce = clauseEnd(end);
        if (cs == sentence.start() && ce < sentence.end() && text.charAt(ce) == ',' && ce - end < 3) {
            ce = clauseEnd(ce + 1);
        }
        return new int[] {cs, ce};
    }

    /** Whether the clause around [start, end) speaks of something still to come. */
    boolean isFuture(int start, int end) {
        if (futureMarkers.length == 0) {
            return false;
        }
        int[] c = clauseAround(start, end);
        for (int f : futureMarkers) {
            if (f >= c[0] && f < c[1]) {
                return true;
            }
        }
        return false;
    }
}
