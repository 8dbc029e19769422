package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;

/** Dates, resolved against the publication date, with the event each one dates and, for statements, who made them. */
final class DateExtractor implements Extractor {

    private final DateRules rules;
    private final Vocabulary vocabulary;
    private final SubjectResolver subjects;

    DateExtractor(DateRules rules, Vocabulary vocabulary, SubjectResolver subjects) {
        this.rules = rules;
        this.vocabulary = vocabulary;
        this.subjects = subjects;
    }

    @Override
    public ClaimType type() {
        return ClaimType.DATE;
    }

    @Override
    public List<Claim> extract(SentenceContext s) {
        String body = s.body();
        Sentence sentence = s.sentence();
        List<DateRules.Found> dates = rules.find(body, sentence, s.published(), s.cues(), s.clauses(), s.matchers(),
                s.reading().dates());
        if (dates.isEmpty()) {
            return List.of();
        }
        List<Vocabulary.Mention> events = vocabulary.events(body, sentence.start(), sentence.end());
        List<Claim> out = new ArrayList<>();
        for (DateRules.Found d : dates) {
            SubjectResolver.Dated dated = subjects.forDate(s.article(), s.matchers(), s.index(), s.clauses(), events,
                    d.start(), d.end());
            out.add(s.claim(d.start(), d.end(), dated.subject(), dated.attribution(), d.value()));
        }
        return out;
    }
}
