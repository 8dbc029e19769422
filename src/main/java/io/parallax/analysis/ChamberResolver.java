package io.parallax.analysis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which chamber of which legislature a vote was taken in: a chamber named in the sentence, else in the headline or a
 * neighbouring sentence, else a generic word ("lawmakers", "the lower house") resolved through the country the text
 * is about.
 */
final class ChamberResolver {

    private final Vocabulary vocabulary;

    ChamberResolver(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The chamber a vote or ratification at {@code pos} of sentence {@code index} refers to, or null. */
    Vocabulary.Chamber chamber(ArticleContext ctx, int index, int pos) {
        Sentence s = ctx.sentences().get(index);
        // a chamber named (or a house named by its role) in the sentence, nearest first: one before the figure is
        // usually its actor, one after is often the next step
        Vocabulary.Mention best = null;
        Vocabulary.Mention generic = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Vocabulary.Mention m : ctx.bodyChambers()) {
            if (m.start() < s.start() || m.end() > s.end()) {
                continue;
            }
            if (!specific(m)) {
                generic = generic == null ? m : generic;
                continue;
            }
            int d = m.end() <= pos ? pos - m.end() : 2 * (m.start() - pos);
            // a chamber named outright outweighs a member word or a role ("the votes of all 276 deputies")
            if (!(m.ids().size() == 1 && Vocabulary.NAMED.equals(m.kind()))) {
                d += 1_000;
            }
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        Vocabulary.Chamber c = best == null ? null : resolve(best, ctx, ctx.body(), s.start(), s.end());
        if (c != null) {
            return c;
        }
        for (Vocabulary.Mention m : ctx.titleChambers()) {
            if (specific(m) && (c = resolve(m, ctx, ctx.title(), 0, ctx.title().length())) != null) {
                return c;
            }
        }
        for (int k : new int[] {index - 1, index + 1}) {
            if (k < 0 || k >= ctx.sentences().size()) {
                continue;
            }
            Sentence n = ctx.sentences().get(k);
            for (Vocabulary.Mention m : ctx.bodyChambers()) {
                if (m.start() >= n.start() && m.end() <= n.end() && specific(m)
                        && (c = resolve(m, ctx, ctx.body(), n.start(), n.end())) != null) {
                    return c;
                }
            }
        }
        // "lawmakers", "parliament": the legislature of the country the sentence, headline or article is about
        if (generic != null) {
            String country = country(generic, ctx, ctx.body(), s.start(), s.end());
            if (country != null && (c = vocabulary.chamberOf(country, generic.role())) != null) {
                return c;
            }
        } else {
            for (Vocabulary.Mention m : ctx.titleChambers()) {
                String country = country(m, ctx, ctx.title(), 0, ctx.title().length());
                if (country != null && (c = vocabulary.chamberOf(country, m.role())) != null) {
                    return c;
                }
            }
        }
        for (Vocabulary.Mention m : ctx.bodyChambers()) {
            if (Vocabulary.NAMED.equals(m.kind()) && m.ids().size() == 1) {
                return vocabulary.chamber(m.ids().get(0));
            }
        }
        // no legislature word near the vote at all: the main chamber of the country the article is about
        String country = ctx.focus().country(ctx, vocabulary);
        if (country != null) {
            return vocabulary.chamberOf(country, generic != null ? generic.role() : Vocabulary.ANY);
        }
        return null;
    }

    // Named chambers, member words ("senators") and houses named by role ("the upper house"); not "lawmakers".
    private static boolean specific(Vocabulary.Mention m) {
        return !m.ids().isEmpty() || (m.role() != null && !Vocabulary.ANY.equals(m.role()));
    }

    /**
     * The chamber a mention means. A name only one chamber has is that chamber; a shared name ("Senate", "National
     * Assembly", "senators") or a role ("lower house") goes through the country the text is about: "Russia's House of
     * Representatives" is the State Duma, "the Senate" in a story about Russia the Federation Council.
     */
    private Vocabulary.Chamber resolve(Vocabulary.Mention m, ArticleContext ctx, String text, int from, int to) {
        boolean unique = m.ids().size() == 1 && Vocabulary.NAMED.equals(m.kind());
        if (unique) {
            return vocabulary.chamber(m.ids().get(0));
        }
        String country = country(m, ctx, text, from, to);
        if (country != null) {
            for (String id : m.ids()) {
                if (vocabulary.chamber(id).country().equals(country)) {
                    return vocabulary.chamber(id);
                }
            }
            Vocabulary.Chamber byRole = m.role() == null ? null : vocabulary.chamberOf(country, m.role());
            if (byRole != null) {
                return byRole;
            }
        }
        if (!m.ids().isEmpty()) {
            return vocabulary.chamber(m.ids().get(0));
        }
        // a role with no country at all: the first chamber of that role in the gazetteer
        return m.role() == null ? null : vocabulary.firstChamber(m.role());
    }

    /**
     * The country a legislature word belongs to: a place written right before it ("Russia's", "Turkish"), else the
     * nearest place in its sentence that has a legislature, else the headline's, else the article's main country.
     */
    private String country(Vocabulary.Mention m, ArticleContext ctx, String text, int from, int to) {
        List<Vocabulary.Mention> places = vocabulary.places(text, from, to);
        // "lawmakers voted ... after Russia invaded Ukraine": for a word that names no house, a country elsewhere in
        // its sentence is more often the matter than the legislature, so the headline and the article come first
        boolean weak = m.ids().isEmpty() && Vocabulary.ANY.equals(m.role());
        String nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (Vocabulary.Mention p : places) {
            String id = p.ids().get(0);
            if (vocabulary.chambersOf(id).isEmpty()) {
                continue;
            }
            if (p.end() <= m.start() && ADJACENT.matcher(text).region(p.end(), m.start()).matches()) {
                return id;
            }
            int d = p.end() <= m.start() ? m.start() - p.end() : p.start() - m.end();
            if (d < nearestDistance) {
                nearest = id;
                nearestDistance = d;
            }
        }
        if (nearest != null && !weak) {
            return nearest;
        }
        for (Vocabulary.Mention p : ctx.titlePlaces()) {
            if (!vocabulary.chambersOf(p.ids().get(0)).isEmpty()) {
                return p.ids().get(0);
            }
        }
        String focus = ctx.focus().country(ctx, vocabulary);
        return focus != null ? focus : nearest;
    }

    private static final Pattern ADJACENT = Pattern.compile("(?:['’]s)?\\s+(?:the\\s+)?");
}
