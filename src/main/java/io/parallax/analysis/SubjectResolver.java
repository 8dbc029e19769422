package io.parallax.analysis;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Decides what a claim is about (which chamber's ratification, whose troops where, which statement) so outlets line up. */
final class SubjectResolver {

    private static final Pattern DESTINATION_PREP = Pattern.compile(
            "(?i)\\b(?:to|in|into|inside|for|at|on|across|within|toward|towards)\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?$");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private final Vocabulary vocabulary;
    private final AttributionFinder attributions;
    private final ChamberResolver chambers;
    private final PhraseIndex matterIndex;
    private final java.util.Set<String> genericMatter;

    SubjectResolver(Vocabulary vocabulary, AttributionFinder attributions) {
        this.vocabulary = vocabulary;
        this.attributions = attributions;
        this.chambers = new ChamberResolver(vocabulary);
        this.matterIndex = new PhraseIndex(vocabulary.rules().words("voteMatter"), true);
        this.genericMatter = java.util.Set.copyOf(vocabulary.rules().words("genericMatter"));
    }

    static String slug(String s) {
        String t = NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
        int a = 0;
        int b = t.length();
        while (a < b && t.charAt(a) == '-') {
            a++;
        }
        while (b > a && t.charAt(b - 1) == '-') {
            b--;
        }
        return t.substring(a, b);
    }

    /** The chamber a vote or ratification at {@code pos} of sentence {@code index} refers to, or null. */
    Vocabulary.Chamber chamber(ArticleContext ctx, int index, int pos) {
        return chambers.chamber(ctx, index, pos);
    }

    /**
     * A vote's subject: its chamber plus the kind of matter it decided ([voteMatter]: impeachment, budget, bill...),
     * from the matter words of its sentence (a specific kind over a generic one, then the nearest), else the headline.
     */
    Subject forVote(ArticleContext ctx, Matchers mx, int index, Vocabulary.Chamber chamber) {
        Sentence s = ctx.sentences().get(index);
        String kind = matterKind(ctx.body(), s.start(), s.end(), s.start());
        if (kind == null) {
            kind = matterKind(ctx.title(), 0, ctx.title().length(), 0);
        }
        return voteSubject(chamber, kind);
    }

    private Subject voteSubject(Vocabulary.Chamber chamber, String kind) {
        String chamberSlug = chamber == null ? "parliament" : chamber.slug();
        String chamberName = chamber == null ? "Parliament" : chamber.name();
        if ("ratification".equals(kind)) {
            return ratification(chamber);
        }
        if (kind == null) {
            return new Subject("vote/" + chamberSlug, chamberName + " vote");
        }
        return new Subject("vote/" + chamberSlug + "/" + kind, chamberName + " vote: " + kind.replace('-', ' '));
    }

    // The kind of matter named in text[from, to): ratification first, then a specific kind, then a generic one.
    private String matterKind(String text, int from, int to, int near) {
        String best = null;
        int bestRank = -1;
        for (PhraseIndex.Hit h : matterIndex.find(text, from, to)) {
            String kind = vocabulary.rules().value("voteMatter", h.term());
            int rank = "ratification".equals(kind) ? 3 : genericMatter.contains(kind) ? 1 : 2;
            if (rank > bestRank) {
                best = kind;
                bestRank = rank;
            }
        }
        return best;
    }

    static Subject ratification(Vocabulary.Chamber chamber) {
        return chamber == null ? new Subject("ratification/parliament", "Parliament ratification")
                : new Subject("ratification/" + chamber.slug(), chamber.name() + " ratification");
    }

    /** A date's subject and, for statements, who made them. */
    record Dated(Subject subject, Attribution attribution) {
    }

    private static final Dated NONE = new Dated(null, null);

    /** The event a date dates, chosen from trigger words in its clause (else its sentence). */
    Dated forDate(ArticleContext ctx, Matchers mx, int index, Clauses clauses, List<Vocabulary.Mention> events, int start,
                 int end) {
        Sentence s = ctx.sentences().get(index);
        String body = ctx.body();
        if (events.isEmpty()) {
            return NONE;
        }
        int[] clause = clauses.clauseAround(start, end);
        int cs = clause[0];
        int ce = clause[1];
        Vocabulary.Mention best = nearest(events, start, end, cs, ce);
        if (best == null) {
            // "its ratification by the lower house, the State Duma, on Oct. 24": a trigger shortly before still dates it
            best = nearest(events, start, end, Math.max(s.start(), start - 60), start);
        }
        if (best == null) {
            return NONE;
        }
        return switch (best.kind()) {
            case "ratification" -> new Dated(voteSubject(chamber(ctx, index, start),
                    matterKind(body, s.start(), s.end(), start)), null);
            case "signing" -> new Dated(new Subject("signing/treaty", vocabulary.eventLabel("signing")), null);
            case "launch" -> new Dated(launch(body, s, best), null);
            case "statement" -> {
                Attribution a = attributions.speakerBefore(body, s, mx, best.start());
                // keyed by the source's normalised key, so "U.S." and "United States" make one statement
                yield a == null || a.source() == null ? NONE
                        : new Dated(new Subject("statement/" + a.key(), "Statement by " + a.source()), a);
            }
            default -> NONE;
        };
    }

    private Subject launch(String body, Sentence s, Vocabulary.Mention trigger) {
        Vocabulary.Country country = null;
        for (Vocabulary.Mention p : vocabulary.places(body, s.start(), trigger.start())) {
            country = vocabulary.country(p.ids().get(0));
        }
        String label = vocabulary.eventLabel("launch");
        if (country == null) {
            return new Subject("launch", capitalise(label));
        }
        return new Subject("launch/" + country.slug(), country.demonym() + " " + label);
    }

    private static Vocabulary.Mention nearest(List<Vocabulary.Mention> events, int start, int end, int from, int to) {
        Vocabulary.Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Vocabulary.Mention e : events) {
            if (e.start() < from || e.end() > to) {
                continue;
            }
            int d = e.end() <= start ? start - e.end() : Math.max(0, e.start() - end);
            if (d < bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Whose troops and where: the demonym in the noun phrase (else the nearest country before) and the destination after. */
    Subject forTroops(ArticleContext ctx, Matchers mx, int index, TroopCountRules.Found f) {
        Sentence s = ctx.sentences().get(index);
        String body = ctx.body();
        List<Vocabulary.Mention> places = vocabulary.places(body, s.start(), s.end());
        String from = null;
        for (Vocabulary.Mention p : places) {
            if (p.start() >= f.numberEnd() && p.end() <= f.end()) {
                from = p.ids().get(0);
            }
        }
        if (from == null) {
            // the nearest country before the figure, unless the text sends troops there ("to Poland and 1,000 to ...")
            for (Vocabulary.Mention p : places) {
                if (p.end() <= f.start() && !mx.get(DESTINATION_PREP).region(Math.max(s.start(), p.start() - 25), p.start()).find()) {
                    from = p.ids().get(0);
                }
            }
        }
        String to = null;
        for (Vocabulary.Mention p : places) {
            String id = p.ids().get(0);
            if (p.start() >= f.end() && !id.equals(from)
                    && mx.get(DESTINATION_PREP).region(Math.max(f.end(), p.start() - 25), p.start()).find()) {
                to = id;
                break;
            }
        }
        if (from == null && to == null) {
            return null;
        }
        Vocabulary.Country origin = from == null ? null : vocabulary.country(from);
        Vocabulary.Country destination = to == null ? null : vocabulary.country(to);
        String key = "troops/" + (origin == null ? "unknown" : origin.slug()) + (destination == null ? "" : "/" + destination.slug());
        String label = (origin == null ? "Troops" : origin.demonym() + " troops") + (destination == null ? "" : " in " + destination.name());
        return new Subject(key, label);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
