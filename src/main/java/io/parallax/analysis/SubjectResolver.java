package io.parallax.analysis;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides what a claim is about (which chamber's ratification, whose troops where, which statement) so outlets line up. */
final class SubjectResolver {

    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private final Vocabulary vocabulary;
    private final AttributionFinder attributions;
    private final ChamberResolver chambers;
    private final PhraseIndex matterIndex;
    private final java.util.Set<String> genericMatter;
    private final List<String> firstMatter;
    private final java.util.Set<String> legislative;
    private final java.util.Set<String> statements;
    private final java.util.Set<String> agentEvents;
    private final java.util.Set<String> eventArgumentLead;
    private final java.util.Set<String> passiveMarkers;
    private final java.util.Set<String> matterPlaceBefore;
    private final Pattern determiner;
    private final java.util.Set<String> spanStarts;
    private final java.util.Set<String> sittings;
    private final PhraseIndex objectIndex;
    private final List<String> backdrops;
    private final List<String[]> backdropWords;   // each backdrop phrase split into its words once
    private final Pattern destinationCue;
    private final Pattern locationCue;
    private final Pattern originCue;
    private final PhraseIndex presenceIndex;
    private final PhraseIndex motionIndex;
    private final PhraseIndex projectionIndex;
    private final PhraseIndex notEventIndex;
    private final java.util.Set<String> troopNouns;

    SubjectResolver(Vocabulary vocabulary, AttributionFinder attributions) {
        this.vocabulary = vocabulary;
        this.attributions = attributions;
        this.chambers = new ChamberResolver(vocabulary);
        this.matterIndex = new PhraseIndex(vocabulary.rules().words("voteMatter"), true);
        this.genericMatter = java.util.Set.copyOf(vocabulary.rules().words("genericMatter"));
        this.firstMatter = List.copyOf(vocabulary.rules().words("voteMatterFirst"));
        this.legislative = java.util.Set.copyOf(vocabulary.rules().words("legislativeEvent"));
        this.statements = java.util.Set.copyOf(vocabulary.rules().words("statementEvent"));
        this.agentEvents = java.util.Set.copyOf(vocabulary.rules().words("agentEvent"));
        this.eventArgumentLead = java.util.Set.copyOf(vocabulary.rules().words("eventArgumentLead"));
        this.passiveMarkers = java.util.Set.copyOf(vocabulary.rules().words("passiveMarker"));
        this.matterPlaceBefore = java.util.Set.copyOf(vocabulary.rules().words("voteMatterPlaceBefore"));
        this.determiner = vocabulary.rules().pattern("chamber_determiner");
        this.spanStarts = java.util.Set.copyOf(vocabulary.rules().words("dateSpanStart"));
        this.sittings = java.util.Set.copyOf(vocabulary.rules().words("sittingEvent"));
        this.objectIndex = new PhraseIndex(vocabulary.rules().words("eventObject"), true);
        this.backdrops = List.copyOf(vocabulary.rules().words("eventBackdrop"));
        this.backdropWords = backdrops.stream().map(cue -> cue.split(" ")).toList();
        this.destinationCue = cuePattern(vocabulary.rules().words("troopDestinationCue"));
        this.locationCue = cuePattern(vocabulary.rules().words("troopLocationCue"));
        this.originCue = cuePattern(vocabulary.rules().words("troopOriginCue"));
        this.presenceIndex = new PhraseIndex(vocabulary.rules().words("troopPresenceCue"), true);
        this.motionIndex = new PhraseIndex(vocabulary.rules().words("troopMotionCue"), true);
        this.projectionIndex = new PhraseIndex(vocabulary.rules().words("troopProjectionCue"), true);
        this.notEventIndex = new PhraseIndex(vocabulary.rules().words("notEvent"), true);
        java.util.Set<String> nouns = new java.util.HashSet<>();
        for (String n : vocabulary.rules().words("troopNoun")) {
            nouns.add(n.toLowerCase(Locale.ROOT));
        }
        this.troopNouns = java.util.Set.copyOf(nouns);
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
     * from the matter words of its sentence (a specific kind over a generic one, then the nearest), else the sentence
     * before, else the headline; a number word before the matter ("the first impeachment vote") keeps repeated votes
     * apart.
     */
    Subject forVote(ArticleContext ctx, Matchers mx, int index, Vocabulary.Chamber chamber) {
        Sentence s = ctx.sentences().get(index);
        return forVote(ctx, mx, index, chamber, s.start());
    }

    /**
     * A vote's subject, for a tally at {@code pos}: as {@link #forVote(ArticleContext, Matchers, int,
     * Vocabulary.Chamber)}, and a country the vote's sentence names as what was decided, nearest to the tally ("passed
     * aid for Israel 366-58 and for Taiwan 385-34", "the Ukraine bill"), keeps separate bills of one chamber apart.
     */
    Subject forVote(ArticleContext ctx, Matchers mx, int index, Vocabulary.Chamber chamber, int pos) {
        Matter m = matter(ctx, index, pos);
        Vocabulary.Country about = matterCountry(ctx, index, pos, chamber);
        return voteSubject(chamber, m == null && about != null ? new Matter(GENERIC_KIND, null, about)
                : m == null ? null : new Matter(m.kind(), m.ordinal(), about));
    }

    /** The kind of matter a vote at {@code pos} of sentence {@code index} decided, with its ordinal if any. */
    private Matter matter(ArticleContext ctx, int index, int pos) {
        Sentence s = ctx.sentences().get(index);
        Matter m = matterIn(ctx.body(), s.start(), s.end(), pos);
        if (m != null && !genericMatter.contains(m.kind())) {
            return m;
        }
        // "the motion", "the bill": the matter the text was talking about just before, else the headline's, else the
        // one the article speaks of most ("188 deputies voted in favour" in a story about an accession)
        Matter before = index > 0 ? matterIn(ctx.body(), ctx.sentences().get(index - 1).start(), s.start(), s.start())
                : null;
        Matter title = matterIn(ctx.title(), 0, ctx.title().length(), 0);
        // the article's own matter only where the sentence names none at all: "passed the defence funding bill" is a
        // bill even in a story that is mostly about a no-confidence motion
        for (Matter context : java.util.Arrays.asList(before, title, m == null ? articleMatter(ctx) : null)) {
            if (context != null && !genericMatter.contains(context.kind())) {
                return new Matter(context.kind(), m != null ? m.ordinal() : null);
            }
        }
        return m;
    }

    /** The specific kind of matter the headline (counted twice) and the body name most often, or null. */
    private Matter articleMatter(ArticleContext ctx) {
        return ctx.focus().once("articleMatter", () -> countArticleMatter(ctx));
    }

    private Matter countArticleMatter(ArticleContext ctx) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (PhraseIndex.Hit h : matterIndex.find(ctx.title(), 0, ctx.title().length())) {
            counts.merge(vocabulary.rules().value("voteMatter", h.term()), 2, Integer::sum);
        }
        for (PhraseIndex.Hit h : matterIndex.find(ctx.body(), 0, ctx.body().length())) {
            counts.merge(vocabulary.rules().value("voteMatter", h.term()), 1, Integer::sum);
        }
        String best = null;
        for (var e : counts.entrySet()) {
            if (!genericMatter.contains(e.getKey()) && (best == null || e.getValue() > counts.get(best))) {
                best = e.getKey();
            }
        }
        return best == null ? null : new Matter(best, null);
    }

    /**
     * The country a vote's sentence names as what was decided, nearest to {@code pos} (before it first): a country
     * after a [voteMatterPlaceBefore] word ("aid for Israel") or between an article and a lower-case word ("the Ukraine
     * bill"), other than the chamber's own and the article's main matter country (see {@link #mainMatterCountry}).
     */
    private Vocabulary.Country matterCountry(ArticleContext ctx, int index, int pos, Vocabulary.Chamber chamber) {
        Sentence s = ctx.sentences().get(index);
        String body = ctx.body();
        Vocabulary.Country best = null;
        String main = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Vocabulary.Mention p : vocabulary.places(body, s.start(), s.end())) {
            String id = p.ids().get(0);
            Vocabulary.Country c = vocabulary.country(id);
            if (c == null || (chamber != null && id.equals(chamber.country())) || !asMatter(body, s, p)) {
                continue;
            }
            if (main == null) {
                main = mainMatterCountry(ctx);
            }
            if (id.equals(main)) {
                continue;
            }
            int d = p.end() <= pos ? pos - p.end() : 2 * (p.start() - pos) + 1;
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private boolean asMatter(String body, Sentence s, Vocabulary.Mention p) {
        return asMatter(body, s.start(), s.end(), p);
    }

    /**
     * The country the article's headline (counted twice) and body most often name as a matter; a vote about it needs
     * no country in its key, which keeps outlets that leave the country out in line.
     */
    private String mainMatterCountry(ArticleContext ctx) {
        return ctx.focus().once("mainMatterCountry", () -> countMainMatterCountry(ctx));
    }

    private String countMainMatterCountry(ArticleContext ctx) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Vocabulary.Mention p : ctx.titlePlaces()) {
            if (asMatter(ctx.title(), 0, ctx.title().length(), p)) {
                counts.merge(p.ids().get(0), 2, Integer::sum);
            }
        }
        for (Sentence s : ctx.sentences()) {
            for (Vocabulary.Mention p : vocabulary.places(ctx.body(), s.start(), s.end())) {
                if (asMatter(ctx.body(), s, p)) {
                    counts.merge(p.ids().get(0), 1, Integer::sum);
                }
            }
        }
        String best = null;
        for (var e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private boolean asMatter(String body, int from, int to, Vocabulary.Mention p) {
        Matcher before = WORD.matcher(body).region(Math.max(from, p.start() - 20), p.start());
        String last = null;
        while (before.find()) {
            last = before.end() == p.start() || body.substring(before.end(), p.start()).isBlank() ? before.group() : null;
        }
        if (last == null) {
            return false;
        }
        if (matterPlaceBefore.contains(last.toLowerCase(Locale.ROOT))) {
            return true;
        }
        Matcher after = WORD.matcher(body).region(p.end(), to);
        return determiner.matcher(last).matches() && after.find()
                && body.substring(p.end(), after.start()).isBlank() && Character.isLowerCase(after.group().charAt(0));
    }

    /** A kind of matter, the ordinal word before it ("first", "third") and the country it concerns, each or null. */
    record Matter(String kind, String ordinal, Vocabulary.Country country) {

        Matter(String kind, String ordinal) {
            this(kind, ordinal, null);
        }
    }

    private Subject voteSubject(Vocabulary.Chamber chamber, Matter matter) {
        String chamberSlug = chamber == null ? "parliament" : chamber.slug();
        String chamberName = chamber == null ? "Parliament" : chamber.name();
        String kind = matter == null || genericMatter.contains(matter.kind()) ? null : matter.kind();
        String ordinal = matter == null || matter.ordinal() == null ? "" : "/" + matter.ordinal();
        String ordinalLabel = ordinal.isEmpty() ? "" : " (" + matter.ordinal() + ")";
        if ("ratification".equals(kind)) {
            Subject r = ratification(chamber);
            return new Subject(r.key() + ordinal, r.label() + ordinalLabel);
        }
        Vocabulary.Country about = matter == null ? null : matter.country();
        String aboutKey = about == null ? "" : "/" + about.slug();
        String aboutLabel = about == null ? "" : " (" + about.name() + ")";
        if (kind == null) {
            return new Subject("vote/" + chamberSlug + "/" + GENERIC_KIND + aboutKey + ordinal,
                    chamberName + " vote" + aboutLabel + ordinalLabel);
        }
        return new Subject("vote/" + chamberSlug + "/" + kind + aboutKey + ordinal,
                chamberName + " vote: " + kind.replace('-', ' ') + aboutLabel + ordinalLabel);
    }

    // The key part of a vote whose matter names no specific kind: bills, motions, packages and amendments share it.
    private static final String GENERIC_KIND = "bill";

    /**
     * The kind of matter named in text[from, to): a kind of [voteMatterFirst] first, then a specific kind, then a
     * generic one, the nearest to {@code near} among equals.
     */
    private Matter matterIn(String text, int from, int to, int near) {
        PhraseIndex.Hit best = null;
        String bestKind = null;
        int bestRank = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (PhraseIndex.Hit h : matterIndex.find(text, from, to)) {
            String kind = vocabulary.rules().value("voteMatter", h.term());
            int first = firstMatter.indexOf(kind);
            int rank = first >= 0 ? 10 - first : genericMatter.contains(kind) ? 1 : 2;
            int distance = Math.abs(h.start() - near);
            if (rank > bestRank || (rank == bestRank && distance < bestDistance)) {
                best = h;
                bestKind = kind;
                bestRank = rank;
                bestDistance = distance;
            }
        }
        return best == null ? null : new Matter(bestKind, ordinalBefore(text, from, best.start()));
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");   // String.split compiles its regex on every call
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

    /** An [eventOrdinal] among the three words before {@code pos} ("the first impeachment", "third and final reading"). */
    private String ordinalBefore(String text, int from, int pos) {
        int lo = Math.max(from, pos - 40);
        Matcher m = WORD.matcher(text).region(lo, pos);
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - 3); i--) {
            String o = vocabulary.rules().value("eventOrdinal", words.get(i));
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    static Subject ratification(Vocabulary.Chamber chamber) {
        return chamber == null ? new Subject("ratification/parliament", "Parliament ratification")
                : new Subject("ratification/" + chamber.slug(), chamber.name() + " ratification");
    }

    /** A date's subject and, for statements, who made them. */
    record Dated(Subject subject, Attribution attribution) {
    }

    private static final Dated NONE = new Dated(null, null);

    /**
     * The event a date dates: the event word nearest to it in its clause (else shortly before it, else anywhere in its
     * sentence), normalised through [event]. A legislature's decision takes the vote's subject (chamber + matter); a
     * statement is keyed by who made it; any other event by its normal form plus its argument ("invasion/ukraine",
     * "visit/hungary", "signing/treaty").
     */
    Dated forDate(ArticleContext ctx, Matchers mx, int index, Clauses clauses, List<Vocabulary.Mention> events, int start,
                 int end) {
        Sentence s = ctx.sentences().get(index);
        String body = ctx.body();
        if (!events.isEmpty()) {
            // "the ruling party": an event word inside a [notEvent] phrase names no event
            List<PhraseIndex.Hit> not = notEventIndex.find(body, s.start(), s.end());
            if (!not.isEmpty()) {
                events = events.stream().filter(e -> not.stream().noneMatch(n -> n.start() <= e.start()
                        && e.end() <= n.end())).toList();
            }
        }
        if (events.isEmpty()) {
            return NONE;
        }
        int[] clause = clauses.clauseAround(start, end);
        int cs = clause[0];
        int ce = clause[1];
        if (sinceBefore(body, s, start)) {
            // "the first government brought down by a censure motion since 1962, when ...": the date opens a span
            // and dates only an event told after it, never the one the span is counted from
            events = events.stream().filter(e -> e.start() >= end).toList();
            cs = start;
        }
        Vocabulary.Mention best = nearest(events, start, end, cs, ce);
        if (best == null) {
            // "its ratification by the lower house, the State Duma, on Oct. 24": a trigger shortly before still dates it
            best = nearest(events, start, end, Math.max(s.start(), start - 60), start);
        }
        if (best == null) {
            best = nearest(events, start, end, s.start(), s.end());
        }
        if (best == null) {
            return NONE;
        }
        if (backdrop(body, s, best)) {
            // "smile during their meeting at the airport, on Jun. 19": a backdrop is not what the sentence reports,
            // unless the date is its own ("during a meeting on Monday")
            List<Vocabulary.Mention> others = events.stream().filter(e -> !backdrop(body, s, e)).toList();
            Vocabulary.Mention main = nearest(others, start, end, cs, ce);
            if (main != null) {
                best = main;
            } else if (start < best.end() || start - best.end() > 4) {
                return NONE;
            }
        }
        Dated dated = forEvent(ctx, mx, index, s, best, start, cs);
        if (dated.subject() != null && mx.get(RANGE_START).region(end, Math.min(s.end(), end + 3)).lookingAt()) {
            // "the 1950-53 Korean War": the first year of a range dates the event's start, not the event
            Subject subject = dated.subject();
            dated = new Dated(new Subject(subject.key() + "/start", subject.label() + " (start)"), dated.attribution());
        }
        if (dated == NONE && statements.contains(best.kind())) {
            // "188 deputies voted in favour, the speaker announced on Monday": a statement by nobody named dates
            // the other event of its sentence
            List<Vocabulary.Mention> others = events.stream().filter(e -> !statements.contains(e.kind())).toList();
            Vocabulary.Mention other = nearest(others, start, end, s.start(), s.end());
            if (other != null) {
                dated = forEvent(ctx, mx, index, s, other, start, cs);
            }
        }
        return dated;
    }

    private static final Pattern RANGE_START = Pattern.compile("[-–]\\d");

    // Whether the word right before a date is a [dateSpanStart] word ("since 1962").
    private boolean sinceBefore(String body, Sentence s, int start) {
        Matcher w = WORD.matcher(body).region(Math.max(s.start(), start - 15), start);
        String last = null;
        int lastEnd = -1;
        while (w.find()) {
            last = w.group();
            lastEnd = w.end();
        }
        return last != null && body.substring(lastEnd, start).isBlank()
                && spanStarts.contains(last.toLowerCase(Locale.ROOT));
    }

    // Whether an event word stands in a backdrop phrase ("during a visit to Pyongyang").
    private boolean backdrop(String body, Sentence s, Vocabulary.Mention e) {
        int from = Math.max(s.start(), e.start() - 30);
        String before = body.substring(from, e.start()).toLowerCase(Locale.ROOT);
        String[] words = SPACES.split(before.trim());
        int n = words.length;
        for (String[] c : backdropWords) {
            for (int i = Math.max(0, n - 3); i + c.length <= n; i++) {
                boolean match = true;
                for (int k = 0; k < c.length && match; k++) {
                    match = words[i + k].equals(c[k]);
                }
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }

    private Dated forEvent(ArticleContext ctx, Matchers mx, int index, Sentence s, Vocabulary.Mention best, int start,
                           int cs) {
        String body = ctx.body();
        String event = best.kind();
        if (legislative.contains(event) || sittingOfLegislature(ctx, s, best)) {
            Matter matter = matter(ctx, index, best.start());
            if (matter == null && "impeachment".equals(event)) {
                matter = new Matter("impeachment", null);
            }
            String ordinal = ordinalBefore(body, s.start(), best.start());
            if (matter != null && matter.ordinal() == null && ordinal != null) {
                matter = new Matter(matter.kind(), ordinal);
            } else if (matter == null && ordinal != null) {
                matter = new Matter(GENERIC_KIND, ordinal);
            }
            Vocabulary.Chamber chamber = chamber(ctx, index, start);
            Vocabulary.Country about = matterCountry(ctx, index, best.start(), chamber);
            if (about != null) {
                matter = matter == null ? new Matter(GENERIC_KIND, null, about)
                        : new Matter(matter.kind(), matter.ordinal(), about);
            }
            return new Dated(voteSubject(chamber, matter), null);
        }
        if (statements.contains(event)) {
            Attribution a = attributions.speakerBefore(body, s, mx, best.start());
            // keyed by the source's normalised key, so "U.S." and "United States" make one statement
            return a == null || a.source() == null ? NONE
                    : new Dated(new Subject("statement/" + a.key(), "Statement by " + a.source()), a);
        }
        Argument argument = argument(body, s, best, cs, event);
        String named = vocabulary.eventLabel(event);
        String label = capitalise(named == null ? event : named);
        if (argument != null && argument.label() != null) {
            label = argument.agent() ? argument.label() + " " + (named == null ? event : named)
                    : label + ": " + argument.label();
        }
        String ordinal = ordinalBefore(body, s.start(), best.start());
        String key = event + (argument == null ? "" : "/" + argument.key()) + (ordinal == null ? "" : "/" + ordinal);
        return new Dated(new Subject(key, ordinal == null ? label : label + " (" + ordinal + ")"), null);
    }

    // "when the assembly met on Saturday": a [sittingEvent] whose subject, right before it, is a legislature is its
    // sitting, dated like the vote taken there.
    private boolean sittingOfLegislature(ArticleContext ctx, Sentence s, Vocabulary.Mention event) {
        if (!sittings.contains(event.kind())) {
            return false;
        }
        for (Vocabulary.Mention m : ctx.bodyChambers()) {
            if (m.end() <= event.start() && m.start() >= s.start() && event.start() - m.end() <= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an event was done to (or, for [agentEvent], who did it), as a key and a label; the label is null where the
     * event's own label says it ("Treaty signing"), and an agent's label goes before the event's ("North Korean").
     */
    record Argument(String key, String label, boolean agent) {

        Argument(String key, String label) {
            this(key, label, false);
        }
    }

    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*");

    private Argument argument(String body, Sentence s, Vocabulary.Mention trigger, int clauseStart, String event) {
        if (agentEvents.contains(event)) {
            Vocabulary.Country country = null;
            for (Vocabulary.Mention p : vocabulary.places(body, Math.max(s.start(), clauseStart), trigger.start())) {
                country = vocabulary.country(p.ids().get(0));
            }
            if (country != null) {
                return new Argument(country.slug(), country.demonym(), true);
            }
        }
        // a name right after the event, past "of", "on", "the" ("annexation of Crimea", "visited Budapest")
        Matcher w = WORD.matcher(body).region(trigger.end(), s.end());
        int at = trigger.end();
        while (w.find() && body.substring(at, w.start()).isBlank()) {
            String word = w.group();
            if (eventArgumentLead.contains(word.toLowerCase(Locale.ROOT))) {
                at = w.end();
                continue;
            }
            if (Character.isUpperCase(word.charAt(0))) {
                Argument a = name(body, w.start(), s.end());
                if (a != null) {
                    return a;
                }
            }
            break;
        }
        // what the sentence says the event was about ("signed the agreement")
        for (PhraseIndex.Hit h : objectIndex.find(body, s.start(), s.end())) {
            return new Argument(vocabulary.rules().value("eventObject", h.term()), null);
        }
        // "Shehbaz Sharif was elected": the name before a passive verb
        Matcher before = WORD.matcher(body).region(Math.max(s.start(), trigger.start() - 30), trigger.start());
        List<int[]> words = new java.util.ArrayList<>();
        while (before.find()) {
            words.add(new int[] {before.start(), before.end()});
        }
        if (words.size() > 1) {
            int[] last = words.get(words.size() - 1);
            int[] subject = words.get(words.size() - 2);
            if (passiveMarkers.contains(body.substring(last[0], last[1]).toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(body.charAt(subject[0]))) {
                int from = subject[0];
                for (int i = words.size() - 3; i >= 0 && Character.isUpperCase(body.charAt(words.get(i)[0])); i--) {
                    from = words.get(i)[0];
                }
                return name(body, from, subject[1]);
            }
        }
        return null;
    }

    /** The argument a capitalised name starting at {@code from} stands for: a country, else its last word. */
    private Argument name(String body, int from, int to) {
        Matcher n = NAME.matcher(body).region(from, to);
        if (!n.lookingAt()) {
            return null;
        }
        String text = n.group();
        String first = text.split("\\s+")[0].replaceAll("[.]$", "");
        if (vocabulary.rules().value("month", first) != null || vocabulary.rules().value("weekday", first) != null) {
            return null;
        }
        for (Vocabulary.Mention p : vocabulary.places(body, n.start(), n.end())) {
            Vocabulary.Country c = vocabulary.country(p.ids().get(0));
            if (c != null) {
                return new Argument(c.slug(), c.name());
            }
        }
        String[] words = text.split("\\s+");
        String last = slug(words[words.length - 1]);
        return last.isEmpty() ? null : new Argument(last, text);
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

    /**
     * Whose troops and where: the deploying country (a demonym in the noun phrase, else the nearest country before the
     * figure that is not a destination, else one the troops come "from", else the country whose troops the text spoke
     * of before) and the single destination the text sends them to (a motion cue such as "to" or "bound for" over a
     * location cue such as "in"; none for a list of several). Troops said to be there already ([troopPresenceCue], and
     * no motion) are kept apart from those being sent, and a figure given as a projection ([troopProjectionCue]: "could
     * reach 175,000", "planning for as many as 175,000") from the count it projects.
     */
    Subject forTroops(ArticleContext ctx, Matchers mx, int index, TroopCountRules.Found f) {
        Sentence s = ctx.sentences().get(index);
        String body = ctx.body();
        int segmentStart = s.start();
        int segmentEnd = s.end();
        for (int i = f.start() - 1; i >= s.start(); i--) {
            if (body.charAt(i) == ';' || body.charAt(i) == ':') {
                segmentStart = i + 1;
                break;
            }
        }
        for (int i = f.end(); i < s.end(); i++) {
            if (body.charAt(i) == ';' || body.charAt(i) == ':') {
                segmentEnd = i;
                break;
            }
        }
        List<Vocabulary.Mention> places = vocabulary.places(body, segmentStart, segmentEnd);
        String from = null;
        for (Vocabulary.Mention p : places) {
            if (p.start() >= f.numberEnd() && p.end() <= f.end()) {
                from = p.ids().get(0);
            }
        }
        if (from == null) {
            // the nearest country before the figure, unless the text sends troops there ("to Poland and 1,000 to ...")
            for (Vocabulary.Mention p : places) {
                if (p.end() <= f.start() && !cueBefore(mx, destinationCue, body, segmentStart, p.start())
                        && !cueBefore(mx, locationCue, body, segmentStart, p.start())) {
                    from = p.ids().get(0);
                }
            }
        }
        if (from == null) {
            // "500 soldiers from Turkey": a country the troops are "from" right after them; "moving from Germany to
            // Romania" says where they leave, not whose they are
            for (Vocabulary.Mention p : places) {
                if (p.start() >= f.end() && cueBefore(mx, originCue, body, f.end(), p.start())) {
                    Matcher cue = mx.get(originCue).region(f.end(), p.start());
                    if (cue.find() && body.substring(f.end(), cue.start()).isBlank()) {
                        from = p.ids().get(0);
                    }
                    break;
                }
            }
        }
        String to = null;
        String at = null;
        int destinations = 0;
        int clauseEnd = clauseAfter(mx, body, f.end(), segmentEnd, places);
        for (Vocabulary.Mention p : places) {
            String id = p.ids().get(0);
            if (p.start() < f.end() || p.start() >= clauseEnd || id.equals(from)) {
                continue;
            }
            if (cueBefore(mx, destinationCue, body, f.end(), p.start())) {
                if (to == null) {
                    to = id;
                }
                destinations++;
            } else if (to != null && LIST_JOIN.matcher(body).region(Math.max(f.end(), p.start() - 6), p.start()).find()) {
                destinations++;   // "to Poland, Germany and Romania"
            } else if (at == null && cueBefore(mx, locationCue, body, f.end(), p.start())) {
                at = id;
            }
        }
        if (destinations > 1) {
            to = null;
        } else if (to == null) {
            to = at;
        }
        if (from == null && segmentStart > s.start()) {
            // "... the 3,000 U.S. troops the Pentagon ordered; a 1,000-member squadron is moving to Romania"
            from = troopCountry(body, s.start(), segmentStart);
        }
        if (from == null) {
            from = earlierOrigin(ctx, index, false);
        }
        if (from == null && to != null && !to.equals(at)) {
            // troops sent somewhere by a country named further back ("The United States will send about 3,000
            // additional troops ... 1,700 of them to Poland"); a figure with no destination is left without, since
            // every such figure of the article would share the key
            from = earlierOrigin(ctx, index, true);
        }
        if (to != null && to.equals(from)) {
            to = null;
        }
        if (from == null && to == null) {
            return null;
        }
        boolean present = presenceIndex.find(body, segmentStart, segmentEnd).size() > 0
                && motionIndex.find(body, segmentStart, segmentEnd).isEmpty();
        Vocabulary.Country origin = from == null ? null : vocabulary.country(from);
        Vocabulary.Country destination = to == null ? null : vocabulary.country(to);
        boolean projected = !projectionIndex.find(body, Math.max(segmentStart, f.start() - 45), f.start()).isEmpty();
        String key = TROOPS + (origin == null ? "unknown" : origin.slug()) + (destination == null ? "" : "/" + destination.slug())
                + (present ? "/" + PRESENT : "") + (projected ? "/" + PROJECTED : "");
        String label = (origin == null ? "Troops" : origin.demonym() + " troops") + (destination == null ? "" : " in " + destination.name())
                + (present ? " (already there)" : "") + (projected ? " (projected)" : "");
        return new Subject(key, label);
    }

    private static final String PRESENT = "stationed";
    private static final String PROJECTED = "projected";
    private static final String TROOPS = "troops/";

    // Where the figure's clause ends: the first comma not continuing a list of places ("to Poland, Germany and ...").
    private int clauseAfter(Matchers mx, String body, int from, int to, List<Vocabulary.Mention> places) {
        for (int i = body.indexOf(',', from); i >= 0 && i < to; i = body.indexOf(',', i + 1)) {
            int next = i + 1;
            while (next < to && Character.isWhitespace(body.charAt(next))) {
                next++;
            }
            boolean list = false;
            for (Vocabulary.Mention p : places) {
                list |= p.start() == next;
            }
            if (list) {
                continue;
            }
            // "1,700 of them, mostly from the 82nd Airborne Division, to Poland": an aside between commas that the
            // destination follows does not end the clause
            int close = body.indexOf(',', i + 1);
            if (close > 0 && close < to && close - i <= ASIDE) {
                boolean placeInside = false;
                Vocabulary.Mention after = null;
                for (Vocabulary.Mention p : places) {
                    placeInside |= p.start() > i && p.start() < close;
                    if (after == null && p.start() > close) {
                        after = p;
                    }
                }
                if (!placeInside && after != null && after.start() - close <= 25
                        && cueBefore(mx, destinationCue, body, close + 1, after.start())) {
                    i = close;
                    continue;
                }
            }
            return i;
        }
        return to;
    }

    private static final int ASIDE = 60;

    // The next lower-case word after a place: several are read for a troop noun ("American combat soldiers").
    private static final Pattern TROOP_NOUN_AFTER = Pattern.compile("\\s+(\\p{Ll}[\\p{Ll}-]*)");
    // lower-case words and figures ("will send about 3,000 additional troops"), up to seven of them within 60 chars
    private static final Pattern TROOP_NOUN_AFTER_WIDE = Pattern.compile("\\s+([\\p{Ll}\\d][\\p{Ll}\\d,-]*)");
    private static final int TROOP_NOUN_WORDS = 7;
    private static final int TROOP_NOUN_REACH = 60;
    private static final Pattern LIST_JOIN = Pattern.compile("(?:,|\\band)\\s*$");

    // Whether text[from, pos) ends with one of the cue words, up to two words before the place ("to the Belarusian").
    private static boolean cueBefore(Matchers mx, Pattern cue, String text, int from, int pos) {
        return mx.get(cue).region(Math.max(from, pos - 40), pos).find();
    }

    private static Pattern cuePattern(List<String> cues) {
        StringBuilder alternatives = new StringBuilder();
        for (String c : cues) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(c).replace(" ", "\\E\\s+\\Q"));
        }
        return Pattern.compile("(?i)\\b(?:" + alternatives + ")\\s+(?-i:[\\p{Ll}'’-]+\\s+){0,2}$");
    }

    /** The country whose troops the headline or an earlier sentence named ("U.S. troops", "American soldiers"). */
    private String earlierOrigin(ArticleContext ctx, int index, boolean wide) {
        String found = troopCountry(ctx.title(), 0, ctx.title().length(), wide);
        for (int k = index - 1; k >= 0 && found == null; k--) {
            Sentence p = ctx.sentences().get(k);
            found = troopCountry(ctx.body(), p.start(), p.end(), wide);
        }
        return found;
    }

    private String troopCountry(String text, int from, int to) {
        return troopCountry(text, from, to, false);
    }

    /**
     * A country followed by a troop noun: within three lower-case words ("American combat soldiers"), or, {@code wide},
     * within seven words and figures ("The United States will send about 3,000 additional troops") of a country that
     * is not itself a destination.
     */
    private String troopCountry(String text, int from, int to, boolean wide) {
        Pattern after = wide ? TROOP_NOUN_AFTER_WIDE : TROOP_NOUN_AFTER;
        int reach = wide ? TROOP_NOUN_REACH : 40;
        int words = wide ? TROOP_NOUN_WORDS : 3;
        for (Vocabulary.Mention p : vocabulary.places(text, from, to)) {
            if (wide && (destinationCue.matcher(text).region(Math.max(from, p.start() - 40), p.start()).find()
                    || locationCue.matcher(text).region(Math.max(from, p.start() - 40), p.start()).find())) {
                continue;   // "troops to Poland": where they go, not whose they are
            }
            Matcher w = after.matcher(text).region(p.end(), Math.min(to, p.end() + reach));
            for (int n = 0; n < words && w.lookingAt(); n++) {
                if (troopNouns.contains(w.group(1).toLowerCase(Locale.ROOT))) {
                    return p.ids().get(0);
                }
                w.region(w.end(), Math.min(to, p.end() + reach));
            }
        }
        return null;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
