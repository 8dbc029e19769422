package io.parallax.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Extracts dated events, troop counts and legislative votes from a cleaned news article; immutable and thread-safe.
 * Each language has its own extractors, one per claim type, registered with an explicit precedence: where claims of two
 * types overlap, the claim of the type with the higher precedence (the lower number) wins, whatever the order of
 * registration. An article in a language without rules is not read at all.
 */
public final class ClaimExtractor {

    public static final String VERSION = "2";

    private static final Comparator<Claim> ORDER = Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end);

    /** An extractor and its precedence; the lower the number, the earlier it claims its spans. */
    record Registration(Extractor extractor, int precedence, boolean cued) {

        Registration(Extractor extractor, int precedence) {
            this(extractor, precedence, true);
        }
    }

    /** The rules of one language: its cue words, clause markers and extractors in order of precedence. */
    private record Language(Triggers triggers, Clauses.Cues clauseCues, PhraseIndex furnitureHeading,
                            List<Registration> extractors) {

        Language {
            extractors = extractors.stream().sorted(Comparator.comparingInt(Registration::precedence)).toList();
        }

        /** Whether some extractor reads sentences without the built-in cue words (a discovered claim type's). */
        boolean readsUncued() {
            return extractors.stream().anyMatch(r -> !r.cued());
        }
    }

    private final Vocabulary vocabulary;
    private final Map<String, Language> languages;

    public ClaimExtractor(Vocabulary vocabulary) {
        this(vocabulary, ClaimExtractor.class.getClassLoader());
    }

    /**
     * An extractor for the built-in claim types and for every {@link ClaimNormaliser} that {@code loader} finds, each
     * with its rule file as {@code loader} sees it.
     */
    ClaimExtractor(Vocabulary vocabulary, ClassLoader loader) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        RuleBook rules = vocabulary.rules();
        AttributionFinder attributions = new AttributionFinder(vocabulary);
        SubjectResolver subjects = new SubjectResolver(vocabulary, attributions);
        NumberParser numbers = new NumberParser(rules);
        // Votes first: a tally is never also a troop count or a date. Troop counts before dates: "1,000" is not a year.
        List<Registration> extractors = new ArrayList<>(List.of(
                new Registration(new VoteExtractor(new VoteRules(rules, numbers), subjects), 10),
                new Registration(new TroopCountExtractor(new TroopCountRules(rules, numbers), subjects, attributions), 20),
                new Registration(new DateExtractor(new DateRules(rules, numbers), vocabulary, subjects), 30)));
        for (ClaimNormaliser n : ServiceLoader.load(ClaimNormaliser.class, loader)) {
            String data = RuleBook.read(loader, "rules/" + rules.language() + "/" + n.ruleFile());
            if (data != null) {
                extractors.add(new Registration(new RuleFileExtractor(n, rules.rules(n.ruleFile(), data), rules, numbers,
                        attributions), n.precedence(), false));
            }
        }
        this.languages = Map.of(ArticleText.ENGLISH, new Language(new Triggers(rules, vocabulary.chamberNames()), Clauses.Cues.of(rules),
                new PhraseIndex(rules.words("furnitureHeading"), true), extractors));
    }

    public static ClaimExtractor withDefaultVocabulary() {
        return Holder.DEFAULT;
    }

    // Lazily loaded once; the extractor holds no mutable state, so one instance serves every caller.
    private static final class Holder {
        static final ClaimExtractor DEFAULT = new ClaimExtractor(Vocabulary.defaults());
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Whether the engine has rules for articles in {@code language} (an IETF tag such as "en" or "en-GB"). */
    public boolean reads(String language) {
        return languages.containsKey(new ArticleText(null, null, language).languageCode());
    }

    /** All claims in the body, sorted by start offset; the published date anchors relative dates. */
    public List<Claim> extract(ArticleText article, LocalDate publishedOn) {
        return read(article, publishedOn).claims();
    }

    /**
     * Reads the article with the rules of its language: its claims sorted by start offset, or no claims and the reason
     * when there are no rules for its language.
     */
    public Extraction read(ArticleText article, LocalDate publishedOn) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Language language = languages.get(article.languageCode());
        if (language == null) {
            return Extraction.skipped("No extraction rules for language \"" + article.languageCode() + "\"");
        }
        ArticleContext ctx = ArticleContext.of(article, vocabulary);
        String body = ctx.body();
        Matchers mx = new Matchers(body);
        Reading reading = new Reading(mx.sources());
        List<Sentence> sentences = ctx.sentences();
        boolean readsUncued = language.readsUncued();
        int[] furniture = furniture(body, language.furnitureHeading());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (inFurniture(furniture, s.start())) {
                continue;
            }
            Triggers.Found cues = language.triggers().find(body, s.start(), s.end());
            boolean cued = cues.mask() != 0;
            if (!cued && !readsUncued) {
                continue;
            }
            reading.nextSentence();
            SentenceContext sentence = new SentenceContext(ctx, i, s, cues, Clauses.of(body, s, language.clauseCues()), mx,
                    publishedOn, reading);
            List<Span> taken = new ArrayList<>();
            for (Registration r : language.extractors()) {
                if (!cued && r.cued()) {
                    continue;
                }
                int before = taken.size();
                for (Claim c : r.extractor().extract(sentence)) {
                    if (!overlapsAny(taken, before, c.span()) && !overlapsAny(reading.reserved(), reading.reserved().size(), c.span())) {
                        reading.accept(c, i);
                        taken.add(c.span());
                    }
                }
            }
        }
        List<Claim> out = new ArrayList<>(reading.claims());
        out.sort(ORDER);
        return Extraction.of(out);
    }

    // An extractor's own claims never keep each other out: only the first {@code n} spans, of earlier extractors, count.
    private static boolean overlapsAny(List<Span> spans, int n, Span span) {
        for (int k = 0; k < n; k++) {
            if (spans.get(k).overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Start,end pairs of page furniture in the body: a line that opens with a [furnitureHeading] phrase ("More from",
     * "Related stories") and the short lines without a full stop that follow it (the headlines it lists).
     */
    private static int[] furniture(String body, PhraseIndex furnitureHeading) {
        int[] out = new int[0];
        int at = 0;
        while (at < body.length()) {
            int eol = body.indexOf('\n', at);
            int end = eol < 0 ? body.length() : eol;
            int first = at;
            while (first < end && Character.isWhitespace(body.charAt(first))) {
                first++;
            }
            // the heading itself is short and is no sentence ("Related talks were held ..." is not one)
            if (first < end && end - first <= 100 && body.charAt(end - 1) != '.'
                    && furnitureHeading.endAt(body, first, end) > 0) {
                int blockEnd = end;
                int next = end + 1;
                while (next < body.length()) {
                    int e = body.indexOf('\n', next);
                    int lineEnd = e < 0 ? body.length() : e;
                    String line = body.substring(next, lineEnd).strip();
                    if (!line.isEmpty() && (line.length() > 150 || line.endsWith(".") || line.endsWith("\""))) {
                        break;
                    }
                    blockEnd = lineEnd;
                    next = lineEnd + 1;
                }
                out = java.util.Arrays.copyOf(out, out.length + 2);
                out[out.length - 2] = at;
                out[out.length - 1] = blockEnd;
                at = blockEnd + 1;
                continue;
            }
            at = end + 1;
        }
        return out;
    }

    private static boolean inFurniture(int[] furniture, int pos) {
        for (int k = 0; k < furniture.length; k += 2) {
            if (pos >= furniture[k] && pos < furniture[k + 1]) {
                return true;
            }
        }
        return false;
    }
}
