package io.parallax.analysis;

import java.util.List;

/** The clauses of one sentence and where it speaks of the future; built once per sentence and shared by the rules. */
final class Clauses {

    /** The conjunctions that open a clause and the markers of a future clause, from the rule book's word lists. */
    record Cues(PhraseIndex index, java.util.Set<String> conjunctions) {

        static Cues of(RuleBook book) {
            List<String> all = new java.util.ArrayList<>(book.words("clauseConjunction"));
            all.addAll(book.words("futureMarker"));
            java.util.Set<String> conj = new java.util.HashSet<>();
            for (String c : book.words("clauseConjunction")) {
                conj.add(c.toLowerCase(java.util.Locale.ROOT));
            }
            return new Cues(new PhraseIndex(all, true), java.util.Set.copyOf(conj));
        }
    }

    private final Sentence sentence;
    private final String text;
    private final Cues cues;
    // Computed on first use; an instance lives inside one extract() call, so this needs no synchronisation.
    private int[] boundaries;   // start,end pairs of clause separators, in order
    private int[] futureMarkers;

    private Clauses(String text, Sentence sentence, Cues cues) {
        this.text = text;
        this.sentence = sentence;
        this.cues = cues;
    }

    static Clauses of(String text, Sentence s, Cues cues) {
        return new Clauses(text, s, cues);
    }

    private void index() {
        if (boundaries != null) {
            return;
        }
        Sentence s = sentence;
        int[] b = new int[16];
        int n = 0;
        List<PhraseIndex.Hit> conj = new java.util.ArrayList<>();
        List<PhraseIndex.Hit> future = new java.util.ArrayList<>();
        for (PhraseIndex.Hit h : cues.index().find(text, s.start(), s.end())) {
            // conjunctions count only in lower case: a capitalised "As" opens the sentence rather than a clause
            if (cues.conjunctions().contains(h.term())) {
                if (Character.isLowerCase(text.charAt(h.start()))) {
                    conj.add(h);
                }
            } else {
                future.add(h);
            }
        }
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
        int[] f = new int[future.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = future.get(i).start();
        }
        boundaries = java.util.Arrays.copyOf(b, n);
        futureMarkers = f;
    }

    Sentence sentence() {
        return sentence;
    }

    /** Start of the clause holding {@code pos}. */
    int clauseStart(int pos) {
        index();
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
        index();
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
        index();
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
