package io.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who the text credits for a figure: a speaker before a reporting verb, "according to" sources, or a trailing "X
 * said". Its words and patterns are the language's data ({@code words.txt}, {@code source.rules}); the bodies and
 * countries sources name come from the gazetteers (see {@link SourceKeys}).
 */
final class AttributionFinder {

    private static final int MAX_SPEAKER_TOKENS = 14;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern SPACE = Pattern.compile(" ");
    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){2,7}");
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:^|\\s)(?:\\p{Lu}\\.)+\\p{Lu}$");

    /** How many sentences back a pronoun or role noun may point to its source. */
    private static final int ANTECEDENT_SENTENCES = 5;

    private final Vocabulary vocabulary;
    private final SourceKeys keys;
    private final PhraseIndex reportVerb;
    private final PhraseIndex accordingCue;
    private final PhraseIndex trailingCue;
    private final Pattern according;
    private final Pattern trailingRole;
    private final Pattern trailingSaid;
    private final Pattern saidInverted;
    private final Pattern appositive;
    private final Pattern saidPersonRole;
    private final Set<String> qualifiers;
    private final Pattern anaphor;
    private final Set<String> auxiliaries;
    private final Set<String> connectors;
    private final Set<String> speakerWords;
    private final Set<String> leadingStop;
    private final Set<String> spokes;
    private final Set<String> officeWords;
    private final Set<String> articles;
    private final People people;

    AttributionFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.keys = new SourceKeys(vocabulary);
        RuleBook rules = vocabulary.rules();
        this.reportVerb = new PhraseIndex(rules.words("reportingVerb"), false);
        this.accordingCue = new PhraseIndex(rules.words("accordingCue"), true);
        this.trailingCue = new PhraseIndex(rules.words("trailingReportVerb"), false);
        this.according = rules.pattern("source_according");
        this.trailingRole = rules.pattern("source_trailing_role");
        this.trailingSaid = rules.pattern("source_trailing_said");
        this.saidInverted = rules.pattern("source_said_inverted");
        this.appositive = rules.pattern("source_appositive");
        this.saidPersonRole = rules.pattern("source_said_person_role");
        this.qualifiers = Set.copyOf(lower(rules.words("sourceQualifier")));
        this.anaphor = rules.pattern("source_anaphor");
        this.auxiliaries = Set.copyOf(lower(rules.words("speakerAuxiliary")));
        this.connectors = Set.copyOf(rules.words("speakerConnector"));
        Set<String> speaker = new HashSet<>(lower(rules.words("sourceRole")));
        speaker.addAll(lower(rules.words("speakerWord")));
        this.speakerWords = Set.copyOf(speaker);
        Set<String> stop = new HashSet<>(rules.words("speakerLeadingStop"));
        stop.addAll(rules.words("weekday"));
        this.leadingStop = Set.copyOf(stop);
        this.spokes = Set.copyOf(lower(rules.words("spokesWord")));
        this.officeWords = Set.copyOf(rules.words("officeWord"));
        this.articles = Set.copyOf(rules.words("article"));
        this.people = new People(rules);
    }

    /**
     * What the finder worked out about the sentences of one article, reused by every claim in it: the speakers before
     * reporting verbs, the splits of source phrases, the "according to" source of a sentence and the sources each
     * sentence names. All of it depends on the text only, never on the claim; lives inside one call.
     */
    static final class Memo {
        private static final Attribution NONE = new Attribution(null, null, null);
        private final Map<Long, Attribution> speakers = new HashMap<>();
        private final Map<String, Attribution> splits = new HashMap<>();
        private final Map<Integer, Attribution> according = new HashMap<>();
        private final Map<Integer, List<Attribution>> named = new HashMap<>();
        private final Map<Integer, Attribution> nearest = new HashMap<>();
        private final Map<Integer, Boolean> anaphors = new HashMap<>();

        private static Attribution in(Attribution a) {
            return a == null ? NONE : a;
        }

        private static Attribution out(Attribution a) {
            return a == NONE ? null : a;
        }
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /**
     * The source credited for a claim at [start, end) of the context's sentence, or null when the text names none. A
     * pronoun, a role noun or a generic noun ("he said", "the spokesperson added", "the ministry said") stands for the
     * nearest source named before it; a bare role word is never a source.
     */
    Attribution forClaim(SentenceContext s, int start, int end) {
        Memo memo = s.reading().sources();
        Attribution a = inContext(s, forFigure(s.body(), s.sentence(), s.matchers(), start, end, memo));
        if (a == null) {
            Boolean pointsBack = memo.anaphors.get(s.index());
            if (pointsBack == null) {
                pointsBack = s.matchers().get(anaphor).region(s.sentence().start(), s.sentence().end()).find();
                memo.anaphors.put(s.index(), pointsBack);
            }
            if (!pointsBack) {
                return null;
            }
            // a pronoun's source does not depend on where the claim stands in the sentence
            Attribution nearest = memo.nearest.get(s.index());
            if (nearest == null) {
                Attribution found = nearestNamed(s, null, start);
                nearest = Memo.in(found != null ? found : titledBefore(s));
                memo.nearest.put(s.index(), nearest);
            }
            return Memo.out(nearest);
        }
        Attribution named = a.person() == null && a.source() != null && a.source().indexOf(' ') > 0
                ? speaksFor(a.source()) : null;
        if (named != null) {
            // "Emmanuel Macron said": a full name taken for an organisation is the person, speaking for their country
            return named;
        }
        if (a.source() == null || isGeneric(a.source()) || isSurname(a)) {
            Attribution earlier = nearestNamed(s, a, start);
            if (earlier != null) {
                // "the ministry said" stands for the ministry named before, not for the person who spoke for it then
                return a.source() != null && a.person() == null && isGeneric(a.source())
                        ? new Attribution(earlier.source(), null, earlier.key()) : earlier;
            }
            if (a.source() == null && a.person() != null) {
                // "NATO will deploy 700 troops, Secretary General Jens Stoltenberg said": a titled person speaks for
                // the organisation the sentence or the headline names
                Attribution org = organisationNamed(s);
                if (org != null) {
                    return new Attribution(org.source(), a.person(), org.key());
                }
            }
            // "Macron said", "Stoltenberg said": a person the gazetteer knows speaks for their country or organisation
            Attribution known = speaksFor(a.person() != null ? a.person() : isSurname(a) ? a.source() : null);
            if (known != null && (a.source() == null || a.person() == null)) {
                return known;
            }
            if (a.source() != null && a.person() == null && isGeneric(a.source())) {
                // "the agency added": a body of the last named country or organisation, else nobody named
                Attribution body = nearestNamed(s, null, start);
                return body != null && body.key() != null && (body.key().indexOf('/') > 0 || keys.body(body.source(), null) != null)
                        ? new Attribution(body.source(), null, body.key()) : null;
            }
            return a.source() == null && a.person() == null ? null : a;
        }
        return a;
    }

    /**
     * "Defence Minister Jan Novak visited the base. The minister said ...": a person named with an office of a known
     * body or country in one of the sentences before, though not as a speaker, the nearest first; null for none.
     */
    private Attribution titledBefore(SentenceContext s) {
        String body = s.body();
        List<Sentence> sentences = s.article().sentences();
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - ANTECEDENT_SENTENCES); k--) {
            Sentence prev = sentences.get(k);
            Attribution last = null;
            Matcher run = CAPITALISED_RUN.matcher(body).region(prev.start(), prev.end());
            while (run.find()) {
                String[] tok = SPACE.split(SPACES.matcher(run.group()).replaceAll(" "));
                // the run may open with words that are no part of the office ("On Monday Defence Minister ...")
                for (int t = 0; t + 2 < tok.length; t++) {
                    Attribution a = split(String.join(" ", java.util.Arrays.copyOfRange(tok, t, tok.length)));
                    if (a != null && a.person() != null && a.source() != null && knownOffice(a.source())) {
                        last = a;
                        break;
                    }
                }
            }
            if (last != null) {
                return inContext(s, last);
            }
        }
        return null;
    }

    // A source that is wholly a body of the gazetteer, an office of one, or a country.
    private boolean knownOffice(String source) {
        String name = keys.bodyName(source);
        if (name != null && name.equalsIgnoreCase(source)) {
            return true;
        }
        List<Vocabulary.Mention> places = vocabulary.places(source, 0, source.length());
        return places.size() == 1 && places.get(0).start() == 0 && places.get(0).end() == source.length();
    }

    // A person of the people gazetteer with the country or organisation they speak for, or null.
    private Attribution speaksFor(String name) {
        People.Person p = people.find(name);
        String owner = p == null ? null : keys.ownerName(p.owner());
        return owner == null ? null : new Attribution(owner, p.name() != null ? p.name() : name, keys.key(owner));
    }

    // The first government body or organisation named in the sentence, else in the headline, as a source.
    private Attribution organisationNamed(SentenceContext s) {
        String name = keys.firstBodyName(s.body(), s.sentence().start(), s.sentence().end());
        if (name == null) {
            name = keys.firstBodyName(s.article().title(), 0, s.article().title().length());
        }
        return name == null ? null : inContext(s, new Attribution(name, null, keys.key(name)));
    }

    /**
     * A body named without its country ("the defence ministry", "the army", "Defence Minister") belongs to the country
     * the sentence opens with, else the headline's, else the article's; it is then shown by its name in the gazetteer
     * ("Polish Defence Ministry") or with the country's adjective ("Israeli army").
     */
    private Attribution inContext(SentenceContext s, Attribution a) {
        if (a == null || a.source() == null || a.key() == null || a.key().indexOf('/') >= 0
                || keys.body(a.source(), null) == null || keys.country(a.source()) != null) {
            return a;
        }
        SourceKeys.Body body = keys.body(a.source(), null);
        if (body.topLevel()) {
            return a;
        }
        String place = contextCountry(s);
        if (place == null) {
            return a;
        }
        String country = keys.isoOf(place);
        String key = keys.key(a.source(), country);
        String shown = a.source();
        int slash = key.indexOf('/');
        if (slash > 0) {
            String canonical = keys.canonical(key.substring(0, slash), key.substring(slash + 1));
            Vocabulary.Country c = vocabulary.country(place);
            if (canonical != null) {
                shown = canonical;
            } else if (c != null && Character.isLowerCase(shown.charAt(0))) {
                shown = c.demonym() + " " + shown;
            }
        }
        return new Attribution(shown, a.person(), key);
    }

    // The gazetteer country a sentence opens with ("Poland is sending ..."), else the headline's, else the article's.
    private String contextCountry(SentenceContext s) {
        Sentence sentence = s.sentence();
        for (Vocabulary.Mention p : vocabulary.places(s.body(), sentence.start(), Math.min(sentence.end(), sentence.start() + 24))) {
            if (vocabulary.country(p.ids().get(0)) != null) {
                return p.ids().get(0);
            }
        }
        for (Vocabulary.Mention p : s.article().titlePlaces()) {
            if (vocabulary.country(p.ids().get(0)) != null) {
                return p.ids().get(0);
            }
        }
        return s.article().focus().country(s.article(), vocabulary);
    }

    private boolean isGeneric(String source) {
        String[] words = SPACES.split(source);
        return words.length <= 2 && keys.isGenericBody(words[words.length - 1]) && !keys.identifies(source)
                && !Character.isUpperCase(source.charAt(0));
    }

    private static boolean isSurname(Attribution a) {
        return a.person() == null && a.source() != null && a.source().indexOf(' ') < 0 && a.source().length() > 2
                && Character.isUpperCase(a.source().charAt(0)) && a.source().chars().skip(1).allMatch(Character::isLowerCase);
    }

    /**
     * The nearest source named before the claim at {@code before} that {@code like} may stand for: any named source
     * for a pronoun (null), the same person for a bare name, an organisation with the same noun for "the ministry"
     * (any organisation for "the alliance", also earlier in the same sentence).
     */
    private Attribution nearestNamed(SentenceContext s, Attribution like, int before) {
        String body = s.body();
        List<Sentence> sentences = s.article().sentences();
        if (like != null && like.source() != null && like.person() == null && isGeneric(like.source())) {
            List<PhraseIndex.Hit> verbs = reportVerb.find(body, s.sentence().start(), s.sentence().end());
            for (int v = verbs.size() - 1; v >= 0; v--) {
                Attribution a = inContext(s, speakerBefore(body, s.sentence(), s.matchers(), verbs.get(v).start(),
                        s.reading().sources()));
                if (a != null && a.source() != null && keys.names(a.source()) && !isGeneric(a.source()) && fits(a, like)) {
                    return a;
                }
            }
        }
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - ANTECEDENT_SENTENCES); k--) {
            List<Attribution> named = named(s, sentences.get(k));
            for (int i = named.size() - 1; i >= 0; i--) {
                Attribution a = inContext(s, named.get(i));
                if (a.source() != null && keys.names(a.source()) && !isGeneric(a.source()) && fits(a, like)) {
                    return a;
                }
            }
        }
        return null;
    }

    // The sources a sentence names, in order: the speakers before its reporting verbs, then its source as a whole.
    private List<Attribution> named(SentenceContext s, Sentence prev) {
        Memo memo = s.reading().sources();
        List<Attribution> named = memo.named.get(prev.start());
        if (named != null) {
            return named;
        }
        String body = s.body();
        named = new ArrayList<>();
        for (PhraseIndex.Hit verb : reportVerb.find(body, prev.start(), prev.end())) {
            Attribution a = speakerBefore(body, prev, s.matchers(), verb.start(), memo);
            if (a != null) {
                named.add(a);
            }
        }
        Attribution whole = forFigure(body, prev, s.matchers(), prev.end(), prev.end(), memo);
        if (whole != null) {
            named.add(whole);
        }
        memo.named.put(prev.start(), named);
        return named;
    }

    private boolean fits(Attribution candidate, Attribution like) {
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
        if (keys.isGenericOrganisation(noun)) {
            // "the alliance said" after "NATO announced": any organisation that is not a country
            return candidate.key() != null && keys.country(candidate.source()) == null;
        }
        return candidate.source().toLowerCase(java.util.Locale.ROOT).contains(noun)
                || (candidate.key() != null && candidate.key().contains(noun));
    }

    /** The source credited for a figure at [start, end) of the sentence, or null when the text names none. */
    Attribution forFigure(String text, Sentence s, Matchers mx, int start, int end) {
        return forFigure(text, s, mx, start, end, new Memo());
    }

    private Attribution forFigure(String text, Sentence s, Matchers mx, int start, int end, Memo memo) {
        List<PhraseIndex.Hit> verbs = reportVerb.find(text, s.start(), start);
        // the nearest reporting verb before the figure; "... put the number at 100,000, and say it could rise to
        // 175,000": a verb whose subject is left out shares the speaker of the one before it
        for (int v = verbs.size() - 1; v >= 0; v--) {
            Attribution a = speakerBefore(text, s, mx, verbs.get(v).start(), memo);
            if (a != null) {
                return a;
            }
        }
        if (!verbs.isEmpty()) {
            Matcher app = mx.get(appositive).region(s.start(), start);
            if (app.find()) {
                return finish(app.group("org"), app.group("person"));
            }
        }
        Attribution accordingTo = memo.according.get(s.start());
        if (accordingTo == null) {
            List<PhraseIndex.Hit> cues = accordingCue.find(text, s.start(), s.end());
            if (!cues.isEmpty()) {
                Matcher acc = mx.get(according).region(cues.get(0).start(), s.end());
                if (acc.lookingAt()) {
                    accordingTo = split(acc.group("src").strip(), memo);
                }
            }
            accordingTo = Memo.in(accordingTo);
            memo.according.put(s.start(), accordingTo);
        }
        if (accordingTo != Memo.NONE) {
            return accordingTo;
        }
        if (!trailingCue.any(text, end, s.end())) {
            return null;
        }
        Matcher role = mx.get(trailingRole).region(end, s.end());
        if (role.find()) {
            return finish(role.group("org"), role.group("person"));
        }
        Matcher said = mx.get(trailingSaid).region(end, s.end());
        if (said.find()) {
            return split(said.group("src").strip(), memo);
        }
        Matcher personRole = mx.get(saidPersonRole).region(end, s.end());
        if (personRole.find()) {
            return finish(personRole.group("org"), personRole.group("person"));
        }
        Matcher inv = mx.get(saidInverted).region(end, s.end());
        if (inv.find()) {
            return split(inv.group("src").strip(), memo);
        }
        return null;
    }

    /** The speaker named right before a reporting verb at {@code verbStart}, or null; {@code text} is the body of {@code mx}. */
    Attribution speakerBefore(String text, Sentence s, Matchers mx, int verbStart) {
        return speakerBefore(text, s, mx, verbStart, mx.sources());
    }

    private Attribution speakerBefore(String text, Sentence s, Matchers mx, int verbStart, Memo memo) {
        long at = ((long) s.start() << 32) | verbStart;
        Attribution known = memo.speakers.get(at);
        if (known == null) {
            known = Memo.in(speakerAt(text, s, verbStart, memo));
            memo.speakers.put(at, known);
        }
        return Memo.out(known);
    }

    private Attribution speakerAt(String text, Sentence s, int verbStart, Memo memo) {
        // A speaker is a short phrase, so only the last few whitespace-separated tokens before the verb matter.
        String[] reversed = new String[MAX_SPEAKER_TOKENS];
        int count = 0;
        int j = verbStart;
        // "Jan Novak (ANO) said": a parenthesis right before the verb (a party, an age) is no part of the speaker
        int close = j;
        while (close > s.start() && Character.isWhitespace(text.charAt(close - 1))) {
            close--;
        }
        if (close > s.start() && text.charAt(close - 1) == ')') {
            int open = text.lastIndexOf('(', close - 1);
            if (open >= Math.max(s.start(), close - 40)) {
                j = open;
            }
        }
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
        while (i >= 0 && auxiliaries.contains(tokens.get(i).toLowerCase(java.util.Locale.ROOT))) {
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
            if (Character.isUpperCase(tok.charAt(0)) || connectors.contains(tok) || speakerWords.contains(tok) || keys.isRole(tok) || keys.isBodyWord(tok)) {
                i--;
            } else {
                break;
            }
        }
        int first = i + 1;
        while (first <= last && (connectors.contains(tokens.get(first).toLowerCase(java.util.Locale.ROOT))
                || leadingStop.contains(tokens.get(first)))) {
            first++;
        }
        while (last >= first && connectors.contains(tokens.get(last))) {
            last--;
        }
        if (first > last) {
            return null;
        }
        String chunk = String.join(" ", tokens.subList(first, last + 1));
        if (keys.isPronoun(chunk)) {
            return null;
        }
        return split(chunk, memo);
    }

    private Attribution split(String chunk, Memo memo) {
        Attribution known = memo.splits.get(chunk);
        if (known == null) {
            known = Memo.in(split(chunk));
            memo.splits.put(chunk, known);
        }
        return Memo.out(known);
    }

    /** Splits "U.S. State Department spokesperson Matthew Miller" into source and person. */
    Attribution split(String chunk) {
        String c = stripArticle(SPACES.matcher(TRAILING_PUNCTUATION.matcher(chunk).replaceAll("")).replaceAll(" "));
        if (ABBREVIATION_END.matcher(c).find()) {
            c = c + "."; // "U.S." lost its last full stop with the sentence's punctuation
        }
        String body = keys.bodyName(c);
        if (body != null && c.toLowerCase(java.util.Locale.ROOT).endsWith(body.toLowerCase(java.util.Locale.ROOT))) {
            // "NATO's Joint Force Command Naples": the name of a body, with no person in it
            return finish(c, null);
        }
        String[] tok = SPACE.split(c);
        int runStart = tok.length;
        while (runStart > 0 && isNameToken(tok[runStart - 1])) {
            runStart--;
        }
        int runLength = tok.length - runStart;
        boolean titled = runStart > 0 && (speakerWords.contains(tok[runStart - 1].toLowerCase(java.util.Locale.ROOT))
                || officeWords.contains(tok[runStart - 1]) || Character.isUpperCase(tok[runStart - 1].charAt(0)));
        if (runLength >= 1 && runLength <= 4 && titled) {
            String person = String.join(" ", java.util.Arrays.copyOfRange(tok, runStart, tok.length));
            if (vocabulary.places(person, 0, person.length()).isEmpty()) {
                int srcEnd = runStart;
                while (srcEnd > 1 && spokes.contains(tok[srcEnd - 1].toLowerCase(java.util.Locale.ROOT))) {
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
        String org = source == null ? null : leadIn(stripArticle(source.strip()));
        if (org != null && !keys.names(org)) {
            org = null;
        }
        if (org != null) {
            String[] tok = SPACE.split(org);
            int end = tok.length;
            while (end > 1 && keys.isRole(NOT_LETTER.matcher(tok[end - 1]).replaceAll(""))) {
                end--;
            }
            if (end < tok.length) {
                String shorter = String.join(" ", java.util.Arrays.copyOfRange(tok, 0, end));
                if (shorter.endsWith("'s") || shorter.endsWith("’s")) {
                    shorter = shorter.substring(0, shorter.length() - 2); // "the Pentagon's press secretary"
                }
                // "U.S. Defense Secretary" names the defence department, which "U.S. Defense" no longer does
                String whole = keys.key(org);
                boolean wholeIsBody = whole != null && whole.indexOf('/') > 0 && keys.key(shorter).indexOf('/') < 0;
                if (keys.identifies(shorter) && !wholeIsBody) {
                    org = shorter;
                }
            }
        }
        if (org == null && (person == null || person.isBlank())) {
            return null;
        }
        String bodyOfCountry = org == null ? null : possessiveBody(org);
        if (bodyOfCountry != null) {
            org = bodyOfCountry;
        }
        if (org != null) {
            // "Ukrainian President Volodymyr Zelensky": the country's adjective alone stands for the country
            List<Vocabulary.Mention> places = vocabulary.places(org, 0, org.length());
            Vocabulary.Country c = places.size() == 1 && places.get(0).start() == 0 && places.get(0).end() == org.length()
                    ? vocabulary.country(places.get(0).ids().get(0)) : null;
            if (c != null && org.equals(c.demonym()) && org.chars().allMatch(Character::isLetter)) {
                return new Attribution(c.name(), person, keys.key(org));
            }
            String office = officeBody(org);
            if (office != null) {
                return new Attribution(office, person, keys.key(org));
            }
        }
        return new Attribution(org, person, keys.key(org));
    }

    /**
     * "Defense Secretary Jane Roe", "Russian Defence Minister Ivan Petrov": an office that names a country's body,
     * alone or after its country, is that body by its shown name ("Pentagon", "Russian Defence Ministry"); null when
     * the source is no such office.
     */
    private String officeBody(String org) {
        String key = keys.key(org);
        String[] words = SPACE.split(org);
        int slash = key == null ? -1 : key.indexOf('/');
        String body = keys.bodyName(org);
        if (slash <= 0 || words.length < 2 || !keys.isRole(words[words.length - 1]) || body == null
                || !org.toLowerCase(java.util.Locale.ROOT).endsWith(body.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        String prefix = org.substring(0, org.length() - body.length()).strip();
        Vocabulary.Country country = null;
        if (!prefix.isEmpty()) {
            List<Vocabulary.Mention> places = vocabulary.places(prefix, 0, prefix.length());
            if (places.size() != 1 || places.get(0).start() != 0 || places.get(0).end() != prefix.length()) {
                return null;
            }
            country = vocabulary.country(places.get(0).ids().get(0));
        }
        String canonical = keys.canonical(key.substring(0, slash), key.substring(slash + 1));
        if (canonical != null) {
            return canonical;
        }
        SourceKeys.Body generic = keys.body(body, null);
        return country == null || generic == null || generic.country() != null ? null
                : country.demonym() + " " + generic.canonical();
    }

    /**
     * "France's armed forces ministry" written as the gazetteer names that country's body ("French Armed Forces
     * Ministry"), so every outlet's spelling shows one name; null when the source is no such possessive.
     */
    private String possessiveBody(String org) {
        List<Vocabulary.Mention> places = vocabulary.places(org, 0, org.length());
        if (places.isEmpty() || places.get(0).start() != 0) {
            return null;
        }
        Vocabulary.Mention p = places.get(0);
        Vocabulary.Country c = vocabulary.country(p.ids().get(0));
        if (c == null || !org.startsWith("'s ", p.end()) && !org.startsWith("’s ", p.end())) {
            return null;
        }
        String written = c.demonym() + org.substring(p.end() + 2);
        String iso = keys.isoOf(c.slug());
        String name = keys.bodyName(written);
        SourceKeys.Body b = name == null || !name.equalsIgnoreCase(written) ? null : keys.body(written, iso);
        if (b != null && !b.topLevel() && iso.equals(b.country())) {
            return b.canonical();
        }
        // "South Korea's spy agency": a body any country has, shown by the country's own name for it if the gazetteer
        // has one ("NIS"), else as written with the country's adjective ("Latvian spy agency")
        String rest = org.substring(p.end() + 3).strip();
        String generic = keys.bodyName(rest);
        SourceKeys.Body any = generic == null || !generic.equalsIgnoreCase(rest) ? null : keys.body(rest, iso);
        if (any != null && !any.topLevel() && iso.equals(any.country())) {
            return any.canonical(); // "South Korea's National Intelligence Service" is South Korea's NIS
        }
        if (any == null || any.topLevel() || any.country() != null) {
            return null;
        }
        String key = keys.key(org);
        int slash = key == null ? -1 : key.indexOf('/');
        String canonical = slash > 0 ? keys.canonical(key.substring(0, slash), key.substring(slash + 1)) : null;
        return canonical != null ? canonical : c.demonym() + " " + rest;
    }

    /**
     * A source without the words before its name: "senior U.S." is the U.S., "statement from the Defence Ministry"
     * and "spokesperson for the Pentagon" are the ministry and the Pentagon; "the Pentagon's" is the Pentagon.
     */
    private String leadIn(String org) {
        if (org.equalsIgnoreCase(keys.bodyName(org))) {
            return org; // "Chief of Staff" is a body's office as a whole, not "Staff" spoken for by a chief
        }
        String[] tok = SPACE.split(org);
        int from = 0;
        while (from < tok.length - 1) {
            String w = tok[from].toLowerCase(java.util.Locale.ROOT);
            if (qualifiers.contains(w) || articles.contains(w)) {
                from++;
            } else if (from + 2 < tok.length && keys.isRole(w) && connectors.contains(tok[from + 1].toLowerCase(java.util.Locale.ROOT))) {
                from += 2;
            } else if (connectors.contains(w) && from > 0) {
                from++;
            } else {
                break;
            }
        }
        String out = String.join(" ", java.util.Arrays.copyOfRange(tok, from, tok.length));
        if (out.endsWith("'s") || out.endsWith("’s")) {
            out = out.substring(0, out.length() - 2);
        }
        return out;
    }

    private boolean isNameToken(String tok) {
        return tok.length() > 1 && Character.isUpperCase(tok.charAt(0)) && tok.indexOf('.') < 0
                && !officeWords.contains(tok) && !tok.endsWith("'s") && !tok.endsWith("’s")
                && tok.chars().skip(1).anyMatch(Character::isLowerCase);
    }

    private String stripArticle(String s) {
        int space = s.indexOf(' ');
        return space > 0 && articles.contains(s.substring(0, space).toLowerCase(java.util.Locale.ROOT))
                ? s.substring(space + 1) : s;
    }
}
