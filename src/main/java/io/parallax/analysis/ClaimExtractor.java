package io.parallax.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Extracts dated events, troop counts and legislative votes from a cleaned news article; immutable and thread-safe. */
public final class ClaimExtractor {

    public static final String VERSION = "1";

    private static final Comparator<Claim> ORDER = Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end);

    private final Vocabulary vocabulary;
    private final AttributionFinder attributions;
    private final SubjectResolver subjects;

    public ClaimExtractor(Vocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.attributions = new AttributionFinder(vocabulary);
        this.subjects = new SubjectResolver(vocabulary, attributions);
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

    /** All claims in the body, sorted by start offset; the published date anchors relative dates. */
    public List<Claim> extract(ArticleText article, LocalDate publishedOn) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(publishedOn, "publishedOn");
        ArticleContext ctx = ArticleContext.of(article, vocabulary);
        String body = ctx.body();
        Matchers mx = new Matchers(body);
        List<Claim> out = new ArrayList<>();
        List<Sentence> sentences = ctx.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Triggers.Found cues = Triggers.find(body, s.start(), s.end());
            if (cues.mask() == 0) {
                continue;
            }
            Clauses clauses = Clauses.of(body, s);
            List<Span> taken = new ArrayList<>();
            for (VoteRules.Found v : VoteRules.find(body, s, cues, clauses, mx)) {
                Vocabulary.Chamber chamber = subjects.chamber(ctx, i, v.start());
                VoteValue value = new VoteValue(chamber == null ? null : chamber.name(), v.votesFor(), v.votesAgainst(),
                        v.abstentions(), v.unanimous());
                out.add(claim(body, s, v.start(), v.end(),
                        subjects.forVote(ctx, mx, i, chamber), null, value));
                taken.add(new Span(v.start(), v.end()));
            }
            for (TroopCountRules.Found t : TroopCountRules.find(body, s, cues, mx)) {
                if (overlaps(taken, t.start(), t.end())) {
                    continue;
                }
                out.add(claim(body, s, t.start(), t.end(), subjects.forTroops(ctx, mx, i, t),
                        attributions.forFigure(body, s, mx, t.start(), t.end()), t.value()));
                taken.add(new Span(t.start(), t.end()));
            }
            List<DateRules.Found> dates = DateRules.find(body, s, publishedOn, cues, clauses, mx);
            List<Vocabulary.Mention> events = dates.isEmpty() ? List.of() : vocabulary.events(body, s.start(), s.end());
            for (DateRules.Found d : dates) {
                if (overlaps(taken, d.start(), d.end())) {
                    continue;
                }
                SubjectResolver.Dated dated = subjects.forDate(ctx, mx, i, clauses, events, d.start(), d.end());
                out.add(claim(body, s, d.start(), d.end(), dated.subject(), dated.attribution(), d.value()));
            }
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    private static Claim claim(String body, Sentence s, int start, int end, Subject subject, Attribution attribution,
                               ClaimValue value) {
        Span span = new Span(start, end);
        return new Claim(span, span.of(body), s.text(), subject, attribution, value);
    }

    private static boolean overlaps(List<Span> taken, int start, int end) {
        Span span = new Span(start, end);
        return taken.stream().anyMatch(span::overlaps);
    }
}
