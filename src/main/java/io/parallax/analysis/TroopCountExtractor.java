package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;

/** Troop counts, with whose troops they are and where, and who gave the figure. */
final class TroopCountExtractor implements Extractor {

    private final TroopCountRules rules;
    private final SubjectResolver subjects;
    private final AttributionFinder attributions;

    TroopCountExtractor(TroopCountRules rules, SubjectResolver subjects, AttributionFinder attributions) {
        this.rules = rules;
        this.subjects = subjects;
        this.attributions = attributions;
    }

    @Override
    public ClaimType type() {
        return ClaimType.TROOP_COUNT;
    }

    @Override
    public List<Claim> extract(SentenceContext s) {
        List<Claim> out = new ArrayList<>();
        Claim last = s.reading().last(ClaimType.TROOP_COUNT);
        boolean troopsBefore = last != null && s.reading().sentenceOf(last) == s.index() - 1;
        for (TroopCountRules.Found t : rules.find(s.body(), s.sentence(), s.cues(), s.matchers(), troopsBefore)) {
            out.add(s.claim(t.start(), t.end(), subjects.forTroops(s.article(), s.matchers(), s.index(), t),
                    attributions.forClaim(s, t.start(), t.end()), t.value()));
        }
        return out;
    }
}
