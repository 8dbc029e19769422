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
    private final RuleBook rules;
    private final Triggers triggers;
    private final Clauses.Cues clauseCues;
    private final DateRules dateRules;
    private final TroopCountRules troopRules;
    private final VoteRules voteRules;

    public ClaimExtractor(Vocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.rules = vocabulary.rules();
        this.attributions = new AttributionFinder(vocabulary);
        this.subjects = new SubjectResolver(vocabulary, attributions);
        NumberParser numbers = new NumberParser(rules);
        this.triggers = new Triggers(rules, vocabulary.chamberNames());
        this.clauseCues = Clauses.Cues.of(rules);
        this.dateRules = new DateRules(rules, numbers);
        this.troopRules = new TroopCountRules(rules, numbers);
        this.voteRules = new VoteRules(rules, numbers);
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
        DateRules.Memory memory = new DateRules.Memory();
        int lastVote = -1;
        int lastVoteSentence = -2;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Triggers.Found cues = triggers.find(body, s.start(), s.end());
            if (cues.mask() == 0) {
                continue;
            }
            Clauses clauses = Clauses.of(body, s, clauseCues);
            List<Span> taken = new ArrayList<>();
            List<VoteRules.Found> votes = voteRules.find(body, s, cues, clauses, mx, legislatureNear(ctx, i));
            // the previous sentence's result, which this one may complete
            Claim before = lastVote >= 0 && lastVoteSentence >= i - 1 ? out.get(lastVote) : null;
            VoteValue pv = before == null ? null : (VoteValue) before.value();
            for (VoteRules.Found v : votes) {
                if (v.againstOnly()) {
                    // "204 deputies voted for it. Eighty-five voted against.": complete the count before
                    if (pv != null && pv.votesAgainst() == null && pv.votesFor() != null) {
                        pv = new VoteValue(pv.chamber(), pv.votesFor(), v.votesAgainst(), pv.abstentions(), false);
                        out.set(lastVote, withValue(before, pv));
                        before = out.get(lastVote);
                        lastVoteSentence = i;
                        taken.add(new Span(v.start(), v.end()));
                    }
                    continue;
                }
                if (pv != null && lastVoteSentence == i - 1 && pv.votesFor() == null && pv.unanimous()
                        && v.votesFor() != null && v.votesAgainst() == null) {
                    // "The council voted unanimously. All 170 senators present backed it.": one result
                    pv = new VoteValue(pv.chamber(), v.votesFor(), pv.votesAgainst(), pv.abstentions(), true);
                    out.set(lastVote, withValue(before, pv));
                    taken.add(new Span(v.start(), v.end()));
                    continue;
                }
                Vocabulary.Chamber chamber = subjects.chamber(ctx, i, v.start());
                VoteValue value = new VoteValue(chamber == null ? null : chamber.name(), v.votesFor(), v.votesAgainst(),
                        v.abstentions(), v.unanimous());
                out.add(claim(body, s, v.start(), v.end(),
                        subjects.forVote(ctx, mx, i, chamber), null, value));
                lastVote = out.size() - 1;
                lastVoteSentence = i;
                before = out.get(lastVote);
                pv = value;
                taken.add(new Span(v.start(), v.end()));
            }
            if (votes.isEmpty() && pv != null && lastVoteSentence == i - 1 && pv.abstentions() == null) {
                // "The chamber voted 204-85. Three lawmakers abstained."
                Integer abstained = voteRules.abstentions(body, s, mx);
                if (abstained != null) {
                    out.set(lastVote, withValue(before, new VoteValue(pv.chamber(), pv.votesFor(), pv.votesAgainst(),
                            abstained, pv.unanimous() && abstained == 0)));
                }
            }
            for (TroopCountRules.Found t : troopRules.find(body, s, cues, mx)) {
                if (overlaps(taken, t.start(), t.end())) {
                    continue;
                }
                out.add(claim(body, s, t.start(), t.end(), subjects.forTroops(ctx, mx, i, t),
                        attributions.forFigure(body, s, mx, t.start(), t.end()), t.value()));
                taken.add(new Span(t.start(), t.end()));
            }
            List<DateRules.Found> dates = dateRules.find(body, s, publishedOn, cues, clauses, mx, memory);
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

    private static Claim withValue(Claim c, ClaimValue value) {
        return new Claim(c.span(), c.text(), c.sentence(), c.subject(), c.attribution(), value);
    }

    // A legislature named in the headline or a neighbouring sentence lets a bare tally count as a vote.
    private static boolean legislatureNear(ArticleContext ctx, int index) {
        if (!ctx.titleChambers().isEmpty()) {
            return true;
        }
        int from = ctx.sentences().get(Math.max(0, index - 1)).start();
        int to = ctx.sentences().get(Math.min(ctx.sentences().size() - 1, index + 1)).end();
        for (Vocabulary.Mention m : ctx.bodyChambers()) {
            if (m.start() >= from && m.end() <= to) {
                return true;
            }
        }
        return false;
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
