package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Vote results, with the chamber that voted resolved from the sentence, its neighbours or the headline. A count spread
 * over two sentences ("204 deputies voted for it. Eighty-five voted against.", "The council voted unanimously. All 170
 * senators present backed it.", "... Three lawmakers abstained.") completes the result before it rather than making
 * a second one.
 */
final class VoteExtractor implements Extractor {

    private final VoteRules rules;
    private final SubjectResolver subjects;

    VoteExtractor(VoteRules rules, SubjectResolver subjects) {
        this.rules = rules;
        this.subjects = subjects;
    }

    @Override
    public ClaimType type() {
        return ClaimType.VOTE;
    }

    @Override
    public List<Claim> extract(SentenceContext s) {
        String body = s.body();
        int i = s.index();
        List<VoteRules.Found> votes = rules.find(body, s.sentence(), s.cues(), s.clauses(), s.matchers(),
                legislatureNear(s.article(), i));
        List<Claim> out = new ArrayList<>();
        // the previous sentence's result, which this one may complete
        Claim earlier = s.reading().last(ClaimType.VOTE);
        Claim before = earlier != null && s.reading().sentenceOf(earlier) >= i - 1 ? earlier : null;
        boolean beforeIsHere = false;
        boolean completedHere = false;
        for (VoteRules.Found v : votes) {
            VoteValue pv = before == null ? null : (VoteValue) before.value();
            boolean previousSentence = before != null && !beforeIsHere && !completedHere
                    && s.reading().sentenceOf(before) == i - 1;
            if (v.againstOnly()) {
                if (pv != null && pv.votesAgainst() == null && pv.votesFor() != null) {
                    // "Forty-one deputies voted against it and 12 abstained.": the abstentions complete it too
                    Integer abstained = pv.abstentions() != null ? pv.abstentions()
                            : rules.abstentions(body, s.sentence(), s.matchers());
                    before = replace(s, out, before, beforeIsHere,
                            new VoteValue(pv.chamber(), pv.votesFor(), v.votesAgainst(), abstained, false));
                    s.reading().reserve(new Span(v.start(), v.end()));
                    s.reading().touch(before, i);
                    completedHere = true;
                }
                continue;
            }
            if (pv != null && previousSentence && pv.votesFor() == null && pv.unanimous() && v.votesFor() != null
                    && v.votesAgainst() == null) {
                before = replace(s, out, before, false,
                        new VoteValue(pv.chamber(), v.votesFor(), pv.votesAgainst(), pv.abstentions(), true));
                s.reading().reserve(new Span(v.start(), v.end()));
                continue;
            }
            Vocabulary.Chamber chamber = subjects.chamber(s.article(), i, v.start());
            VoteValue value = new VoteValue(chamber == null ? null : chamber.name(), v.votesFor(), v.votesAgainst(),
                    v.abstentions(), v.unanimous());
            before = s.claim(v.start(), v.end(), subjects.forVote(s.article(), s.matchers(), i, chamber, v.start()), null, value);
            beforeIsHere = true;
            out.add(before);
        }
        if (votes.isEmpty() && before != null && s.reading().sentenceOf(before) == i - 1
                && ((VoteValue) before.value()).abstentions() == null) {
            // "The chamber voted 204-85. Three lawmakers abstained."
            VoteValue pv = (VoteValue) before.value();
            Integer abstained = rules.abstentions(body, s.sentence(), s.matchers());
            if (abstained != null) {
                replace(s, out, before, false, new VoteValue(pv.chamber(), pv.votesFor(), pv.votesAgainst(), abstained,
                        pv.unanimous() && abstained == 0));
            }
        }
        return out;
    }

    /** Gives a result found earlier (in this sentence or an accepted one) a completed value; returns the new claim. */
    private static Claim replace(SentenceContext s, List<Claim> out, Claim claim, boolean here, VoteValue value) {
        Claim completed = new Claim(claim.span(), claim.text(), claim.sentence(), claim.subject(), claim.attribution(), value);
        if (here) {
            out.set(out.indexOf(claim), completed);
        } else {
            s.reading().replace(claim, completed);
        }
        return completed;
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
}
