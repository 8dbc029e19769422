package io.parallax.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which chamber of which legislature a vote was taken in: a chamber named in the sentence (or a legislature word with
 * its country written before it, "Finland's parliament"), else in the headline or a neighbouring sentence, else a
 * generic word ("lawmakers", "the lower house") resolved through the country the text is about. A country that is the
 * vote's matter ("aid for Israel", "Sweden's membership", "says yes to Sweden") is not the legislature's country.
 */
final class ChamberResolver {

    private static final Pattern DATELINE = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu}.' -]{1,40}?)(?:,|\\s+\\()");

    private final Vocabulary vocabulary;
    private final Pattern adjacent;      // between a country and its legislature word: "Poland's lower house"
    private final Pattern possessive;
    private final Pattern coordination;  // "Finland and Sweden"
    private final Pattern determiner;    // "the Ukraine bill"
    private final PhraseIndex matterBefore;  // words before a place that make it the matter: "aid for Israel"
    private final PhraseIndex matterAfter;   // words after a place that make it the matter: "the Ukraine bill"
    private final PhraseIndex voteWords;     // what makes a sentence one about a vote or a legislature
    private final People people;             // "Macron", "Sunak": a country named through its leaders

    ChamberResolver(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        RuleBook rules = vocabulary.rules();
        this.adjacent = rules.pattern("chamber_owner_gap");
        this.possessive = rules.pattern("chamber_possessive");
        this.coordination = rules.pattern("chamber_coordination");
        this.determiner = rules.pattern("chamber_determiner");
        this.matterBefore = new PhraseIndex(vocabulary.rules().words("placeAsMatterBefore"), true);
        this.matterAfter = new PhraseIndex(vocabulary.rules().words("voteMatter"), true);
        List<String> cues = new java.util.ArrayList<>(vocabulary.rules().words("voteCue"));
        cues.addAll(vocabulary.rules().words("legislatureCue"));
        this.voteWords = new PhraseIndex(cues, true);
        this.people = new People(rules);
    }

    /** The chamber a vote or ratification at {@code pos} of sentence {@code index} refers to, or null. */
    Vocabulary.Chamber chamber(ArticleContext ctx, int index, int pos) {
        Sentence s = ctx.sentences().get(index);
        String body = ctx.body();
        // a chamber named (or a house named by its role, or any legislature word with its country right before it)
        // in the sentence, nearest first: one before the figure is usually its actor, one after often the next step
        Vocabulary.Mention best = null;
        Vocabulary.Mention generic = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Vocabulary.Mention m : ctx.bodyChambers()) {
            if (m.start() < s.start() || m.end() > s.end()) {
                continue;
            }
            boolean owned = adjacentCountry(m, body, s.start()) != null;
            if (!owned && !specific(m)) {
                generic = generic == null ? m : generic;
                continue;
            }
            int d = m.end() <= pos ? pos - m.end() : 2 * (m.start() - pos);
            // a chamber named outright outweighs a member word or a role ("the votes of all 276 deputies")
            if (!owned && !(m.ids().size() == 1 && Vocabulary.NAMED.equals(m.kind()))
                    && (Vocabulary.ROLE.equals(m.kind()) || Vocabulary.ANY.equals(m.role()))) {
                d += 1_000;
            }
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        Vocabulary.Chamber c = null;
        if (best != null && !specific(best)) {
            // "Russian lawmakers voted ..." under "Russian senators back pact": a chamber of that country named in
            // the headline or a neighbouring sentence says which of its houses the lawmakers sat in
            String country = adjacentCountry(best, body, s.start());
            for (Vocabulary.Mention m : ctx.bodyChambers()) {
                if (c == null && m != best && m.start() >= s.start() && m.end() <= s.end() && specific(m)) {
                    Vocabulary.Chamber own = resolve(m, ctx, body, s.start(), s.end());
                    c = own != null && country.equals(own.country()) ? own : null;
                }
            }
            if (c == null) {
                c = sameCountry(ctx, index, country);
            }
            if (c == null) {
                c = vocabulary.chamberOf(country, best.role() == null ? Vocabulary.ANY : best.role());
            }
        } else if (best != null) {
            c = resolve(best, ctx, body, s.start(), s.end());
        }
        if (c != null) {
            return c;
        }
        for (Vocabulary.Mention m : ctx.titleChambers()) {
            if ((specific(m) || adjacentCountry(m, ctx.title(), 0) != null)
                    && (c = resolve(m, ctx, ctx.title(), 0, ctx.title().length())) != null) {
                return c;
            }
        }
        if ((c = named(ctx, index - 1)) != null) {
            return c;
        }
        // "... voted 232-197. The Senate trial is expected ...": the next step in the upper house follows a vote in
        // the lower one
        if ((c = named(ctx, index + 1)) != null) {
            Vocabulary.Chamber lower = "upper".equals(c.role()) && c.country() != null
                    ? vocabulary.chamberOf(c.country(), "lower") : null;
            return lower != null ? lower : c;
        }
        // "lawmakers", "parliament": the legislature of the country the sentence, headline or article is about
        if (generic != null) {
            String country = country(generic, ctx, body, s.start(), s.end());
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
        String country = legislatureCountry(ctx);
        if (country == null) {
            country = focus(ctx);
        }
        if (country == null) {
            country = ctx.focus().country(ctx, vocabulary);
        }
        if (country == null) {
            country = peopleCountry(ctx);
        }
        if (country != null) {
            return vocabulary.chamberOf(country, generic != null ? generic.role() : Vocabulary.ANY);
        }
        return generic == null ? null : asWritten(generic, body, s.start());
    }

    /**
     * With no country named at all, the country whose leaders the headline and the text name most ("Barnier", "Macron":
     * France), among those with a legislature; null when they name none.
     */
    private String peopleCountry(ArticleContext ctx) {
        Map<String, Integer> counts = new HashMap<>();
        for (String owner : people.owners(ctx.title(), 0, ctx.title().length())) {
            counts.merge(owner, 2, Integer::sum);
        }
        for (String owner : people.owners(ctx.body(), 0, ctx.body().length())) {
            counts.merge(owner, 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!vocabulary.chambersOf(e.getKey()).isEmpty() && (best == null || e.getValue() > counts.get(best)
                    || (e.getValue().equals(counts.get(best)) && e.getKey().compareTo(best) < 0))) {
                best = e.getKey();
            }
        }
        return best;
    }

    // A specific chamber of the country named in the headline, else in the sentence before or after, or null.
    private Vocabulary.Chamber sameCountry(ArticleContext ctx, int index, String country) {
        for (Vocabulary.Mention m : ctx.titleChambers()) {
            Vocabulary.Chamber c = specific(m) ? resolve(m, ctx, ctx.title(), 0, ctx.title().length()) : null;
            if (c != null && country.equals(c.country())) {
                return c;
            }
        }
        for (int k : new int[] {index - 1, index + 1}) {
            Vocabulary.Chamber c = named(ctx, k);
            if (c != null && country.equals(c.country())) {
                return c;
            }
        }
        return null;
    }

    // The chamber named in sentence k (by name, role or an owned legislature word), or null.
    private Vocabulary.Chamber named(ArticleContext ctx, int k) {
        if (k < 0 || k >= ctx.sentences().size()) {
            return null;
        }
        Sentence n = ctx.sentences().get(k);
        for (Vocabulary.Mention m : ctx.bodyChambers()) {
            if (m.start() >= n.start() && m.end() <= n.end()
                    && (specific(m) || adjacentCountry(m, ctx.body(), n.start()) != null)) {
                Vocabulary.Chamber c = resolve(m, ctx, ctx.body(), n.start(), n.end());
                if (c != null) {
                    return c;
                }
            }
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
     * Representatives" is the State Duma, "the Senate" in a story about Russia the Federation Council. With no country
     * at all, a proper name stands as written ("the Chamber of Deputies"), and a member word or role names nothing.
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
        boolean properName = properName(m, text, from);
        if (!m.ids().isEmpty() && (properName || !Vocabulary.GENERIC.equals(m.kind()))) {
            // "the Senate", "the House" with no country anywhere: the chamber English copy most often means
            return vocabulary.chamber(m.ids().get(0));
        }
        return asWritten(m, text, from);
    }

    // "the Chamber of Deputies" in a text that names no country: the chamber as the text names it.
    private static Vocabulary.Chamber asWritten(Vocabulary.Mention m, String text, int from) {
        if (!properName(m, text, from)) {
            return null;
        }
        String name = text.substring(m.start(), m.end());
        return new Vocabulary.Chamber(SubjectResolver.slug(name), name, null, m.role() == null ? Vocabulary.ANY : m.role());
    }

    // A capitalised name, not merely a word capitalised because it opens the sentence ("Deputies voted ...").
    private static boolean properName(Vocabulary.Mention m, String text, int from) {
        if (!Character.isUpperCase(text.charAt(m.start()))) {
            return false;
        }
        int k = m.start();
        while (k > from && !Character.isLetterOrDigit(text.charAt(k - 1))) {
            k--;
        }
        return k > from && text.substring(m.start(), m.end()).chars().filter(Character::isUpperCase).count() >= 1
                && !text.substring(m.start(), m.end()).equals(text.substring(m.start(), m.end()).toUpperCase(Locale.ROOT));
    }

    /** The country written right before a legislature word ("Poland's lower house", "Swedish MPs"), or null. */
    private String adjacentCountry(Vocabulary.Mention m, String text, int from) {
        for (Vocabulary.Mention p : vocabulary.places(text, Math.max(from, m.start() - 40), m.start())) {
            String id = p.ids().get(0);
            if (!vocabulary.chambersOf(id).isEmpty() && p.end() <= m.start()
                    && adjacent.matcher(text).region(p.end(), m.start()).matches()) {
                return id;
            }
        }
        return null;
    }

    /**
     * The country a legislature word belongs to: a place written right before it ("Russia's", "Turkish"), else the
     * nearest place in its sentence that has a legislature and is not the vote's matter, else the country the
     * article's legislature words belong to, else the headline's, else the article's main country.
     */
    private String country(Vocabulary.Mention m, ArticleContext ctx, String text, int from, int to) {
        List<Vocabulary.Mention> places = vocabulary.places(text, from, to);
        // "lawmakers voted ... after Russia invaded Ukraine": for a word that names no house, a country elsewhere in
        // its sentence is more often the matter than the legislature, so the headline and the article come first
        boolean weak = m.ids().isEmpty() && Vocabulary.ANY.equals(m.role());
        String nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        boolean previousMatter = false;
        Vocabulary.Mention previous = null;
        for (Vocabulary.Mention p : places) {
            String id = p.ids().get(0);
            boolean matter = matter(text, from, to, p, previous, previousMatter, true);
            previous = p;
            previousMatter = matter;
            if (vocabulary.chambersOf(id).isEmpty()) {
                continue;
            }
            if (p.end() <= m.start() && adjacent.matcher(text).region(p.end(), m.start()).matches()) {
                return id;
            }
            if (matter) {
                continue;
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
        String legislature = legislatureCountry(ctx);
        if (legislature != null) {
            return legislature;
        }
        if (nearest != null) {
            return nearest;
        }
        String title = ctx.title();
        previous = null;
        previousMatter = false;
        for (Vocabulary.Mention p : ctx.titlePlaces()) {
            boolean matter = matter(title, 0, title.length(), p, previous, previousMatter, true);
            previous = p;
            previousMatter = matter;
            if (!matter && !vocabulary.chambersOf(p.ids().get(0)).isEmpty()) {
                return p.ids().get(0);
            }
        }
        String focus = focus(ctx);
        return focus != null ? focus : peopleCountry(ctx);
    }

    /**
     * The country the article is most about among those with a legislature, headline mentions counted three times,
     * leaving out countries named as what was decided ("aid for Israel", "the Ukraine bill").
     */
    private String focus(ArticleContext ctx) {
        Map<String, Integer> counts = new HashMap<>();
        count(ctx.title(), ctx.titlePlaces(), 3, counts, voteWords.any(ctx.title(), 0, ctx.title().length()));
        for (Sentence s : ctx.sentences()) {
            // a place is a vote's matter only in a sentence about a vote: "troops to Estonia" is no matter
            count(ctx.body(), vocabulary.places(ctx.body(), s.start(), s.end()), 1, counts,
                    voteWords.any(ctx.body(), s.start(), s.end()));
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most || (e.getValue() == most && best != null && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private void count(String text, List<Vocabulary.Mention> places, int weight, Map<String, Integer> counts,
                       boolean aboutAVote) {
        Vocabulary.Mention previous = null;
        boolean previousMatter = false;
        for (Vocabulary.Mention p : places) {
            boolean matter = aboutAVote && matter(text, 0, text.length(), p, previous, previousMatter, false);
            previous = p;
            previousMatter = matter;
            if (!matter && !vocabulary.chambersOf(p.ids().get(0)).isEmpty()) {
                counts.merge(p.ids().get(0), weight, Integer::sum);
            }
        }
    }

    /**
     * Whether a place is what a vote decided rather than who voted: after a preposition ("aid for Israel", "yes to
     * Sweden"), in a possessive before something other than a legislature ("Sweden's membership"), before a matter
     * word ("the Ukraine bill"), or joined to such a place ("the accession of Finland and Sweden").
     */
    private boolean matter(String text, int from, int to, Vocabulary.Mention p, Vocabulary.Mention previous,
                           boolean previousMatter, boolean possessives) {
        // "Russian parliament", "Poland's lower house": the country that owns a legislature word is never the matter
        for (Vocabulary.Mention c : vocabulary.chambers(text, p.end(), Math.min(to, p.end() + 40))) {
            if (adjacent.matcher(text).region(p.end(), c.start()).matches()) {
                return false;
            }
        }
        if (previous != null && previousMatter && coordination.matcher(text).region(previous.end(), p.start()).matches()) {
            return true;
        }
        int k = p.start();
        while (k > from && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        int w = k;
        while (w > from && PhraseIndex.isWordChar(text.charAt(w - 1))) {
            w--;
        }
        if (w < k && matterBefore.endAt(text, w, k) == k) {
            return true;
        }
        // "the Ukraine portion", "an Israel aid bill": a country that qualifies a thing after an article
        boolean qualifier = w < k && determiner.matcher(text).region(w, k).matches();
        int after = p.end();
        Matcher owner = possessive.matcher(text).region(after, Math.min(to, after + 3));
        if (owner.lookingAt() && possessives) {
            return true;
        }
        while (after < to && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return after < to && Character.isLowerCase(text.charAt(after))
                && (qualifier || matterAfter.endAt(text, after, to) > after);
    }

    /**
     * The country the article's own legislature words belong to: chambers named outright ("the Sejm") and legislature
     * words with their country before them ("Poland's lower house", "Swedish MPs"), in the headline (counted twice)
     * and the body, and the dateline's city; null when they name none.
     */
    private String legislatureCountry(ArticleContext ctx) {
        Map<String, Integer> counts = new HashMap<>();
        String first = null;
        for (Vocabulary.Mention m : ctx.titleChambers()) {
            String c = ownCountry(m, ctx.title());
            if (c != null) {
                counts.merge(c, 2, Integer::sum);
                first = first == null ? c : first;
            }
        }
        Matcher dateline = DATELINE.matcher(ctx.body());
        if (dateline.lookingAt()) {
            String city = titleCase(dateline.group(1).strip());
            for (Vocabulary.Mention p : vocabulary.places(city, 0, city.length())) {
                if (p.start() == 0 && p.end() == city.length() && !vocabulary.chambersOf(p.ids().get(0)).isEmpty()) {
                    counts.merge(p.ids().get(0), 2, Integer::sum);
                    first = first == null ? p.ids().get(0) : first;
                }
            }
        }
        for (Vocabulary.Mention m : ctx.bodyChambers()) {
            String c = ownCountry(m, ctx.body());
            if (c != null) {
                counts.merge(c, 1, Integer::sum);
                first = first == null ? c : first;
            }
        }
        String best = first;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private String ownCountry(Vocabulary.Mention m, String text) {
        if (m.ids().size() == 1 && Vocabulary.NAMED.equals(m.kind())) {
            return vocabulary.chamber(m.ids().get(0)).country();
        }
        return adjacentCountry(m, text, 0);
    }

    private static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (char ch : upper.toCharArray()) {
            sb.append(start ? ch : Character.toLowerCase(ch));
            start = !Character.isLetter(ch);
        }
        return sb.toString();
    }
}
