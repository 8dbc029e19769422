package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds who the text credits for a figure: a speaker before a reporting verb, "according to" sources, or a trailing "X said". */
final class AttributionFinder {

    private static final List<String> REPORT_VERB_WORDS = List.of("said", "says", "say", "told", "tells", "claimed",
            "claims", "claim", "confirmed", "confirms", "confirming", "confirm", "estimated", "estimates", "estimate",
            "believes", "believe", "warned", "warns", "suggest", "suggests", "suggested", "revealed", "reveals", "reported",
            "stated", "announced", "announces", "alleged", "alleges", "alleging", "assessed", "assesses", "assess",
            "insisted", "noted", "added", "acknowledged", "admitted");
    private static final PhraseIndex REPORT_VERB = new PhraseIndex(REPORT_VERB_WORDS, false);
    private static final PhraseIndex ACCORDING_CUE = new PhraseIndex(List.of("according to", "based on", "citing"), true);
    private static final PhraseIndex TRAILING_CUE = new PhraseIndex(List.of("said", "says", "told", "added", "stated",
            "wrote", "noted", "confirmed", "reported", "estimated", "announced"), false);
    private static final Pattern ACCORDING = Pattern.compile(
            "(?i:according\\s+to|based\\s+on|citing)\\s+(?<src>[^,;\"“”]{2,80}?)"
            + "(?=\\s*[,;]|\\s+(?:that|which|who|suggests?|shows?|showed|indicates?)\\b|\\s*\\.?\\s*$)");
    private static final Pattern TRAILING_ROLE = Pattern.compile(
            "[\"”’']?\\s*,?\\s*(?<person>[A-Z][\\p{L}’'-]+(?:\\s+[A-Z][\\p{L}’'-]+){0,3}),\\s+(?:a|an|the)\\s+[^,]{2,60}?"
            + "\\s+(?:for|of|at|with|in)\\s+(?<org>[^,]{2,80}?),\\s+(?:said|says|told|added|stated|wrote|noted|confirmed)\\b");
    private static final Pattern TRAILING_SAID = Pattern.compile(
            "[,\"”]\\s*[\"”]?\\s*(?<src>[^,\"”]{2,80}?)\\s+(?:said|says|told\\s+reporters|reported|added|stated|confirmed"
            + "|estimated|announced)\\b[^,]*$");
    private static final Pattern SAID_INVERTED = Pattern.compile(
            ",\\s*[\"”]?\\s*(?:said|says)\\s+(?<src>[^,]{2,80}?)\\s*\\.?$");
    private static final int MAX_SPEAKER_TOKENS = 14;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE = Pattern.compile(" ");

    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "previously", "reportedly", "earlier",
            "has also", "was", "were", "is", "are", "now", "then", "later", "already", "repeatedly", "publicly");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "from", "the", "and", "in", "at", "'s", "’s");
    private static final Set<String> ROLES = Set.of("spokesperson", "spokesman", "spokeswoman", "secretary", "minister",
            "president", "official", "officials", "ministry", "speaker", "chief", "head", "envoy", "ambassador", "leader",
            "commander", "general", "adviser", "advisor", "aide", "analysts", "analyst", "reports", "report", "sources",
            "source", "intelligence", "agency", "service", "department", "military", "government", "authorities",
            "representative", "spokespeople", "diplomats", "diplomat", "observers", "experts", "estimates", "media",
            "officer", "officers", "lawmaker", "lawmakers", "senator", "governor", "mayor", "director", "staff");
    private static final Set<String> LEADING_STOP = Set.of("But", "And", "On", "In", "At", "As", "If", "When", "While",
            "However", "Meanwhile", "Also", "This", "That", "It", "He", "She", "They", "We", "I", "Last", "Earlier", "Later",
            "Then", "Now", "So", "Yet", "Still", "Separately", "Previously", "Today", "Yesterday", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final Set<String> SPOKES = Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative");
    private static final Set<String> OFFICE_WORDS = Set.of("Defence", "Defense", "State", "Foreign", "Affairs", "Department",
            "Ministry", "Office", "Council", "Service", "Intelligence", "Security", "General", "Staff", "Command", "Forces",
            "Army", "House", "Senate", "Duma", "Secretary", "Minister", "President", "Prime", "National", "Joint", "Chiefs",
            "Spokesperson", "Spokesman", "Chief", "Head", "Deputy", "Vice", "Interior", "Justice", "Committee");

    /** How many sentences back a pronoun or role noun may point to its source. */
    private static final int ANTECEDENT_SENTENCES = 5;

    private final Vocabulary vocabulary;
    private final SourceKeys keys;
    private final Pattern anaphor;

    AttributionFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.keys = SourceKeys.load(vocabulary, ArticleText.ENGLISH);
        // "he said", "the spokesperson added", "said the ministry", "the defence official told reporters"
        String stand = "(?:" + alternation(keys.pronouns()) + "|the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:"
                + alternation(keys.roles()) + "|" + alternation(keys.genericBodies()) + "))";
        String verb = alternation(REPORT_VERB_WORDS);
        this.anaphor = Pattern.compile("(?i)\\b(?:" + stand + "\\s+(?:also\\s+|further\\s+|later\\s+|has\\s+|had\\s+)?" + verb
                + "|" + verb + "\\s+" + stand + ")\\b");
    }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    }

    /**
     * The source credited for a claim at [start, end) of the context's sentence, or null when the text names none. A
     * pronoun, a role noun or a generic noun ("he said", "the spokesperson added", "the ministry said") stands for the
     * nearest source named before it; a bare role word is never a source.
     */
    Attribution forClaim(SentenceContext s, int start, int end) {
        Attribution a = inContext(s, forFigure(s.body(), s.sentence(), s.matchers(), start, end));
        if (a == null) {
            return s.matchers().get(anaphor).region(s.sentence().start(), s.sentence().end()).find()
                    ? nearestNamed(s, null) : null;
        }
        if (a.source() == null || isGeneric(a.source()) || isSurname(a)) {
            Attribution earlier = nearestNamed(s, a);
            if (earlier != null) {
                // "the ministry said" stands for the ministry named before, not for the person who spoke for it then
                return a.source() != null && a.person() == null && isGeneric(a.source())
                        ? new Attribution(earlier.source(), null, earlier.key()) : earlier;
            }
            return a.source() == null && a.person() == null ? null : a;
        }
        return a;
    }

    /** A body named without its country belongs to the country the headline is about ("the defence ministry"). */
    private Attribution inContext(SentenceContext s, Attribution a) {
        if (a == null || a.source() == null || a.key() == null || a.key().indexOf('/') >= 0
                || keys.body(a.source(), null) == null || keys.country(a.source()) != null) {
            return a;
        }
        for (Vocabulary.Mention place : s.article().titlePlaces()) {
            String country = keys.country(s.article().title().substring(place.start(), place.end()));
            if (country != null) {
                return new Attribution(a.source(), a.person(), keys.key(a.source(), country));
            }
        }
        return a;
    }

    private boolean isGeneric(String source) {
        String[] words = source.split("\\s+");
        return words.length <= 2 && keys.isGenericBody(words[words.length - 1]) && !keys.identifies(source)
                && !Character.isUpperCase(source.charAt(0));
    }

    private static boolean isSurname(Attribution a) {
        return a.person() == null && a.source() != null && a.source().indexOf(' ') < 0 && a.source().length() > 2
                && Character.isUpperCase(a.source().charAt(0)) && a.source().chars().skip(1).allMatch(Character::isLowerCase);
    }

    /**
     * The nearest source named before the context's sentence that {@code like} may stand for: any named source for a
     * pronoun (null), the same person for a bare name, an organisation with the same noun for "the ministry".
     */
    private Attribution nearestNamed(SentenceContext s, Attribution like) {
        String body = s.body();
        List<Sentence> sentences = s.article().sentences();
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - ANTECEDENT_SENTENCES); k--) {
            Sentence prev = sentences.get(k);
            List<Attribution> named = new ArrayList<>();
            for (PhraseIndex.Hit verb : REPORT_VERB.find(body, prev.start(), prev.end())) {
                Attribution a = speakerBefore(body, prev, s.matchers(), verb.start());
                if (a != null) {
                    named.add(a);
                }
            }
            Attribution whole = forFigure(body, prev, s.matchers(), prev.end(), prev.end());
            if (whole != null) {
                named.add(whole);
            }
            for (int i = named.size() - 1; i >= 0; i--) {
                Attribution a = inContext(s, named.get(i));
                if (a.source() != null && keys.names(a.source()) && !isGeneric(a.source()) && fits(a, like)) {
                    return a;
                }
            }
        }
        return null;
    }

    private static boolean fits(Attribution candidate, Attribution like) {
        if (like == null) {
            return true;
        }
        if (like.person() != null) {
            return like.person().equals(candidate.person());
        }
        if (like.source() == null) {
            return false;
        }
        if (like.source().indexOf(' ') < 0 && Character.isUpperCase(like.source().charAt(0))) {
            return candidate.person() != null && candidate.person().endsWith(" " + like.source());
        }
        String noun = like.source().substring(like.source().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return candidate.source().toLowerCase(java.util.Locale.ROOT).contains(noun)
                || (candidate.key() != null && candidate.key().contains(noun));
    }

    /** The source credited for a figure at [start, end) of the sentence, or null when the text names none. */
    Attribution forFigure(String text, Sentence s, Matchers mx, int start, int end) {
        List<PhraseIndex.Hit> verbs = REPORT_VERB.find(text, s.start(), start);
        int verb = verbs.isEmpty() ? -1 : verbs.get(verbs.size() - 1).start();
        if (verb >= 0) {
            Attribution a = speakerBefore(text, s, mx, verb);
            if (a != null) {
                return a;
            }
        }
        List<PhraseIndex.Hit> according = ACCORDING_CUE.find(text, s.start(), s.end());
        if (!according.isEmpty()) {
            Matcher acc = mx.get(ACCORDING).region(according.get(0).start(), s.end());
            if (acc.lookingAt()) {
                return split(acc.group("src").strip());
            }
        }
        if (!TRAILING_CUE.any(text, end, s.end())) {
            return null;
        }
        Matcher role = mx.get(TRAILING_ROLE).region(end, s.end());
        if (role.find()) {
            return finish(role.group("org"), role.group("person"));
        }
        Matcher said = mx.get(TRAILING_SAID).region(end, s.end());
        if (said.find()) {
            return split(said.group("src").strip());
        }
        Matcher inv = mx.get(SAID_INVERTED).region(end, s.end());
        if (inv.find()) {
            return split(inv.group("src").strip());
        }
        return null;
    }

    /** The speaker named right before a reporting verb at {@code verbStart}, or null. */
    Attribution speakerBefore(String text, Sentence s, Matchers mx, int verbStart) {
        // A speaker is a short phrase, so only the last few whitespace-separated tokens before the verb matter.
        String[] reversed = new String[MAX_SPEAKER_TOKENS];
        int count = 0;
        int j = verbStart;
        while (count < MAX_SPEAKER_TOKENS) {
            while (j > s.start() && Character.isWhitespace(text.charAt(j - 1))) {
                j--;
            }
            if (j <= s.start()) {
                break;
            }
            int end = j;
            while (j > s.start() && !Character.isWhitespace(text.charAt(j - 1))) {
                j--;
            }
            reversed[count++] = text.substring(j, end);
        }
        List<String> tokens = new ArrayList<>(count);
        for (int k = count - 1; k >= 0; k--) {
            tokens.add(reversed[k]);
        }
        int i = tokens.size() - 1;
        while (i >= 0 && AUXILIARIES.contains(tokens.get(i).toLowerCase(java.util.Locale.ROOT))) {
            i--;
        }
        int last = i;
        while (i >= 0) {
            String tok = tokens.get(i);
            char endChar = tok.charAt(tok.length() - 1);
            if (i < last && (endChar == ',' || endChar == ';' || endChar == ':' || endChar == '"' || endChar == '”'
                    || endChar == ')' || endChar == '—')) {
                break;
            }
            if (i == last && !Character.isLetterOrDigit(endChar) && endChar != '.') {
                break;
            }
            if (Character.isUpperCase(tok.charAt(0)) || CONNECTORS.contains(tok) || ROLES.contains(tok) || keys.isRole(tok) || keys.isBodyWord(tok)) {
                i--;
            } else {
                break;
            }
        }
        int first = i + 1;
        while (first <= last && (CONNECTORS.contains(tokens.get(first).toLowerCase(java.util.Locale.ROOT))
                || LEADING_STOP.contains(tokens.get(first)))) {
            first++;
        }
        while (last >= first && CONNECTORS.contains(tokens.get(last))) {
            last--;
        }
        if (first > last) {
            return null;
        }
        String chunk = String.join(" ", tokens.subList(first, last + 1));
        if (keys.isPronoun(chunk)) {
            return null;
        }
        return split(chunk);
    }

    /** Splits "U.S. State Department spokesperson Matthew Miller" into source and person. */
    Attribution split(String chunk) {
        String c = stripArticle(SPACES.matcher(TRAILING_PUNCTUATION.matcher(chunk).replaceAll("")).replaceAll(" "));
        if (c.endsWith("U.S") || c.endsWith("U.N") || c.endsWith("U.K")) {
            c = c + ".";
        }
        String[] tok = SPACE.split(c);
        int runStart = tok.length;
        while (runStart > 0 && isNameToken(tok[runStart - 1])) {
            runStart--;
        }
        int runLength = tok.length - runStart;
        boolean titled = runStart > 0 && (ROLES.contains(tok[runStart - 1].toLowerCase(java.util.Locale.ROOT))
                || OFFICE_WORDS.contains(tok[runStart - 1]) || Character.isUpperCase(tok[runStart - 1].charAt(0)));
        if (runLength >= 1 && runLength <= 4 && titled) {
            String person = String.join(" ", java.util.Arrays.copyOfRange(tok, runStart, tok.length));
            if (vocabulary.places(person, 0, person.length()).isEmpty()) {
                int srcEnd = runStart;
                while (srcEnd > 1 && SPOKES.contains(tok[srcEnd - 1].toLowerCase(java.util.Locale.ROOT))) {
                    srcEnd--;
                }
                String source = String.join(" ", java.util.Arrays.copyOfRange(tok, 0, srcEnd));
                return finish(source, person);
            }
        }
        return finish(c, null);
    }

    /**
     * The attribution of an organisation and a person as split from the text: the organisation without the titles
     * after it ("Pentagon press secretary" is the Pentagon) and with its key; none when it names nobody at all.
     */
    Attribution finish(String source, String person) {
        String org = source == null ? null : stripArticle(source.strip());
        if (org != null && !keys.names(org)) {
            org = null;
        }
        if (org != null) {
            String[] tok = SPACE.split(org);
            int end = tok.length;
            while (end > 1 && keys.isRole(tok[end - 1].replaceAll("[^\\p{L}]", ""))) {
                end--;
            }
            if (end < tok.length) {
                String shorter = String.join(" ", java.util.Arrays.copyOfRange(tok, 0, end));
                if (keys.identifies(shorter)) {
                    org = shorter;
                }
            }
        }
        if (org == null && (person == null || person.isBlank())) {
            return null;
        }
        return new Attribution(org, person, keys.key(org));
    }

    private static boolean isNameToken(String tok) {
        return tok.length() > 1 && Character.isUpperCase(tok.charAt(0)) && tok.indexOf('.') < 0
                && !OFFICE_WORDS.contains(tok) && !tok.endsWith("'s") && !tok.endsWith("’s")
                && tok.chars().skip(1).anyMatch(Character::isLowerCase);
    }

    private static String stripArticle(String s) {
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
    }
}
