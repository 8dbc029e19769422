package io.parallax.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.analysis.Vocabulary.Chamber;
import io.parallax.analysis.Vocabulary.Country;
import io.parallax.analysis.Vocabulary.Mention;

/**
 * Says what a claim is about, from its sentence, the article and the vocabulary: which chamber's ratification a vote
 * or a date belongs to, whose troops a count is of and where they are, which event a date dates.
 */
final class SubjectResolver {

    private static final Pattern RATIFY = Pattern.compile(
            "(?i)\\b(?:ratif\\w*|endors\\w*|approv\\w*|backed|vot(?:ed|e|es|ing)|passed|adopted|gave\\s+its\\s+(?:endorsement|approval|backing))\\b");
    private static final Pattern TREATY = Pattern.compile("(?i)\\b(?:treaty|pact|agreement|accord|partnership|convention|alliance)\\b");
    private static final Pattern SIGN = Pattern.compile("(?i)\\b(?:signed|signing|sign|inked)\\b");
    private static final Pattern LAUNCH = Pattern.compile("(?i)\\b(?:fired|launched|test-fired|launch|launches)\\b");
    private static final Pattern MISSILE = Pattern.compile("(?i)\\b(?:missiles?|rockets?|ICBMs?)\\b");
    private static final Pattern SPEECH = Pattern.compile(
            "\\b(?:said|says|told|claimed|confirmed|announced|warned|stated|revealed|reported|disclosed|acknowledged|denied|insisted)\\b");
    private static final Pattern BREAK = Pattern.compile("[;:]|,\\s+(?:as|but|while|after|before|when|although|though|which|where)\\b");
    private static final Pattern EVENT = Pattern.compile(RATIFY.pattern().substring(4) + "|" + SIGN.pattern().substring(4)
            + "|" + LAUNCH.pattern().substring(4) + "|" + SPEECH.pattern(), Pattern.CASE_INSENSITIVE);

    private static final Pattern PLACE = Pattern.compile("(?i)\\b(?:to|in|into|inside|within|for|across)\\s+(?:the\\s+)?");

    private final Vocabulary vocabulary;

    SubjectResolver(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** What the article says about chambers, read once: the chamber it reports voting, and the title's hint. */
    record Context(Chamber votingChamber, Chamber titleChamber, String country) {
    }

    Context context(String title, List<SentenceSplitter.Sentence> sentences) {
        Chamber voting = null;
        String country = null;
        for (SentenceSplitter.Sentence sentence : sentences) {
            String s = sentence.text();
            if (country == null) {
                country = chamberCountry(s);
            }
            Matcher verb = RATIFY.matcher(s);
            if (voting == null && verb.find() && !Tense.future(s, verb.start(), verb.end())) {
                voting = explicitOrLevel(s, verb.start(), null).orElse(null);
            }
        }
        Chamber fromTitle = title == null ? null : explicitOrLevel(title, title.length(), country).orElse(null);
        return new Context(voting, fromTitle, country);
    }

    Subject forVote(String s, int position, Context context, VoteValue vote) {
        Chamber chamber = chamber(s, position, context);
        if (chamber == null) {
            return null;
        }
        return ratificationOrVote(s, chamber);
    }

    Chamber chamber(String s, int position, Context context) {
        return explicitOrLevel(s, position, context.country())
                .orElseGet(() -> context.titleChamber() != null ? context.titleChamber() : context.votingChamber());
    }

    private Subject ratificationOrVote(String s, Chamber chamber) {
        if (TREATY.matcher(s).find()) {
            return new Subject("ratification/" + chamber.slug(), chamber.name() + " ratification");
        }
        return new Subject("vote/" + chamber.slug(), chamber.name() + " vote");
    }

    Subject forDate(String s, int start, int end, Context context) {
        String clause = clause(s, start, end);
        int offset = clauseStart(s, start);
        Matcher verb = EVENT.matcher(clause);
        int best = Integer.MAX_VALUE;
        String verbText = null;
        int verbAt = -1;
        while (verb.find()) {
            int at = offset + verb.start();
            int distance = at < start ? start - (offset + verb.end()) : at - end;
            if (distance < best) {
                best = distance;
                verbText = verb.group();
                verbAt = at;
            }
        }
        if (verbText == null || best > 140) {
            return null;
        }
        if (RATIFY.matcher(verbText).matches() && !Tense.future(s, verbAt, verbAt + verbText.length())) {
            Chamber chamber = chamber(s, start, context);
            return chamber == null || !(TREATY.matcher(s).find() || verbText.toLowerCase(Locale.ROOT).startsWith("vot")) ? null
                    : ratificationOrVote(s, chamber);
        }
        if (SIGN.matcher(verbText).matches() && TREATY.matcher(s).find()) {
            return new Subject("signing/treaty", "Treaty signing");
        }
        if (LAUNCH.matcher(verbText).matches() && MISSILE.matcher(s).find()) {
            return new Subject("launch/missile", "Missile launch");
        }
        if (SPEECH.matcher(verbText).matches()) {
            Attribution source = AttributionFinder.find(s, verbAt, verbAt + verbText.length());
            if (source != null && Character.isUpperCase(source.source().charAt(0))) {
                return new Subject("statement/" + slug(source.source()), "Statement by " + source.source());
            }
        }
        return null;
    }

    Subject forTroops(String s, Found found) {
        String modifiers = TroopRules.modifiers(s, found);
        Country from = vocabulary.countries(modifiers).stream().map(Mention::what).findFirst().orElse(null);
        int nounEnd = TroopRules.nounEnd(s, found);
        if (from == null) {
            from = vocabulary.countries(s.substring(0, found.start())).stream()
                    .max(Comparator.comparingInt(Mention::start)).map(Mention::what).orElse(null);
        }
        Country to = null;
        Matcher place = PLACE.matcher(s);
        place.region(nounEnd, s.length());
        while (place.find() && to == null) {
            String rest = s.substring(place.end());
            for (Mention<Country> m : vocabulary.countries(rest)) {
                if (m.start() == 0 && (from == null || !m.what().slug().equals(from.slug()))) {
                    to = m.what();
                }
                break;
            }
        }
        String who = from == null ? "unspecified" : from.slug();
        String label = (from == null ? "Troops" : from.demonym() + " troops") + (to == null ? "" : " in " + to.name());
        return new Subject("troops/" + who + (to == null ? "" : "/" + to.slug()), label);
    }

    /** A chamber named in the sentence (nearest the claim), or one named by level ("upper house") and country. */
    private Optional<Chamber> explicitOrLevel(String s, int position, String fallbackCountry) {
        List<Mention<Chamber>> named = vocabulary.chambers(s);
        if (!named.isEmpty()) {
            return Optional.of(nearest(named, position).what());
        }
        List<Mention<String>> levels = vocabulary.levels(s).stream().filter(m -> !m.what().equals("any")).toList();
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        String level = nearest(levels, position).what();
        String country = Optional.ofNullable(chamberCountry(s)).orElse(fallbackCountry);
        return country == null ? Optional.empty() : vocabulary.chamber(country, level);
    }

    /** The first country in the sentence that has chambers in the vocabulary. */
    private String chamberCountry(String s) {
        for (Mention<Country> m : vocabulary.countries(s)) {
            String slug = m.what().slug();
            if (vocabulary.chambers().stream().anyMatch(c -> c.country().equals(slug))) {
                return slug;
            }
        }
        return null;
    }

    /** The mention that ends nearest before the position, else the first one after it. */
    private static <T> Mention<T> nearest(List<Mention<T>> mentions, int position) {
        return mentions.stream().filter(m -> m.end() <= position).max(Comparator.comparingInt(Mention::end))
                .orElseGet(() -> mentions.stream().min(Comparator.comparingInt(m -> Math.abs(m.start() - position))).orElseThrow());
    }

    private static String clause(String s, int start, int end) {
        int from = clauseStart(s, start);
        Matcher after = BREAK.matcher(s);
        int to = s.length();
        if (after.find(end)) {
            to = after.start();
        }
        return s.substring(from, to);
    }

    private static int clauseStart(String s, int start) {
        Matcher before = BREAK.matcher(s).region(0, start);
        int from = 0;
        while (before.find()) {
            from = before.end();
        }
        return from;
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "unknown" : slug;
    }
}
