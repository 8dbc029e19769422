package io.parallax.analysis;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides what a claim is about (which chamber's ratification, whose troops where, which statement) so outlets line up. */
final class SubjectResolver {

    private static final PhraseIndex RATIFICATION_CONTEXT = new PhraseIndex(List.of("ratify", "ratified", "ratifies",
            "ratifying", "ratification", "endorse", "endorsed", "endorses", "endorsing", "endorsement", "treaty", "pact",
            "agreement", "accord", "partnership"), true);
    private static final Pattern VOTE_OBJECT = Pattern.compile(
            "\\b(?:the|a|an|its)\\s+(?<obj>(?:[\\p{L}\\d’'-]+\\s+){0,3}?(?:bill|law|budget|amendment|motion|resolution|measure"
            + "|legislation|package|reform|act|ban|nominee|nomination))\\b");
    private static final Pattern DESTINATION_PREP = Pattern.compile(
            "(?i)\\b(?:to|in|into|inside|for|at|on|across|within|toward|towards)\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?$");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private final Vocabulary vocabulary;
    private final AttributionFinder attributions;

    SubjectResolver(Vocabulary vocabulary, AttributionFinder attributions) {
        this.vocabulary = vocabulary;
        this.attributions = attributions;
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
        Sentence s = ctx.sentences().get(index);
        Vocabulary.Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Vocabulary.Mention m : ctx.bodyChambers()) {
            if (m.start() < s.start() || m.end() > s.end() || m.ids().isEmpty()) {
                continue;
            }
            // A chamber named before the figure is usually its actor; one named after is often the next step.
            int d = m.end() <= pos ? pos - m.end() : 2 * (m.start() - pos);
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        if (best != null) {
            return pick(best, ctx, s);
        }
        for (Vocabulary.Mention m : ctx.titleChambers()) {
            if (!m.ids().isEmpty()) {
                return pick(m, ctx, s);
            }
        }
        for (int k : new int[] {index - 1, index + 1}) {
            if (k < 0 || k >= ctx.sentences().size()) {
                continue;
            }
            Sentence n = ctx.sentences().get(k);
            for (Vocabulary.Mention m : ctx.bodyChambers()) {
                if (m.start() >= n.start() && m.end() <= n.end() && !m.ids().isEmpty()) {
                    return pick(m, ctx, n);
                }
            }
        }
        for (Vocabulary.Mention m : ctx.bodyChambers()) {
            if (Vocabulary.NAMED.equals(m.kind())) {
                return pick(m, ctx, s);
            }
        }
        return null;
    }

    // "senators" may be Russian or American: prefer the chamber whose country the sentence or title mentions.
    private Vocabulary.Chamber pick(Vocabulary.Mention m, ArticleContext ctx, Sentence s) {
        if (m.ids().size() > 1) {
            List<Vocabulary.Mention> places = vocabulary.places(ctx.body(), s.start(), s.end());
            for (List<Vocabulary.Mention> scope : List.of(places, ctx.titlePlaces())) {
                for (Vocabulary.Mention p : scope) {
                    for (String id : m.ids()) {
                        if (vocabulary.chamber(id).country().equals(p.ids().get(0))) {
                            return vocabulary.chamber(id);
                        }
                    }
                }
            }
        }
        return vocabulary.chamber(m.ids().get(0));
    }

    Subject forVote(ArticleContext ctx, Matchers mx, int index, Vocabulary.Chamber chamber) {
        Sentence s = ctx.sentences().get(index);
        String chamberSlug = chamber == null ? "parliament" : chamber.slug();
        String chamberName = chamber == null ? "Parliament" : chamber.name();
        if (RATIFICATION_CONTEXT.any(ctx.body(), s.start(), s.end())) {
            return ratification(chamber);
        }
        Matcher o = mx.get(VOTE_OBJECT).region(s.start(), s.end());
        if (o.find()) {
            String obj = o.group("obj");
            return new Subject("vote/" + chamberSlug + "/" + slug(obj), chamberName + " vote on the " + obj);
        }
        return new Subject("vote/" + chamberSlug, chamberName + " vote");
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
            case "ratification" -> new Dated(ratification(chamber(ctx, index, start)), null);
            case "signing" -> new Dated(new Subject("signing/treaty", vocabulary.eventLabel("signing")), null);
            case "launch" -> new Dated(launch(body, s, best), null);
            case "statement" -> {
                Attribution a = attributions.speakerBefore(body, s, mx, best.start());
                yield a == null ? NONE : new Dated(new Subject("statement/" + slug(a.source()), "Statement by " + a.source()), a);
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
            for (Vocabulary.Mention p : places) {
                if (p.end() <= f.start()) {
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
