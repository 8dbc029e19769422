package io.parallax.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the claims in a news article: dates, troop counts and vote results, each with its exact span, its sentence,
 * what it is about and who the text says gave it. Immutable and thread-safe: one instance serves every request, and
 * relative dates resolve against the publication date passed in, never against the clock.
 */
public final class ClaimExtractor {

    /** Bump when the engine's output changes, so stored claims are extracted again. */
    public static final String VERSION = "1";

    private final Vocabulary vocabulary;
    private final SubjectResolver subjects;

    public ClaimExtractor(Vocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary);
        this.subjects = new SubjectResolver(vocabulary);
    }

    public static ClaimExtractor withDefaultVocabulary() {
        return new ClaimExtractor(Vocabulary.defaults());
    }

    public List<Claim> extract(ArticleText article, LocalDate publishedOn) {
        Objects.requireNonNull(publishedOn, "the publication date resolves relative dates");
        String body = article.body() == null ? "" : article.body();
        List<SentenceSplitter.Sentence> sentences = SentenceSplitter.split(body);
        SubjectResolver.Context context = subjects.context(article.title(), sentences);
        List<Claim> claims = new ArrayList<>();
        for (SentenceSplitter.Sentence sentence : sentences) {
            String s = sentence.text();
            for (Found f : DateRules.find(s, publishedOn)) {
                claims.add(claim(f, sentence, subjects.forDate(s, f.start(), f.end(), context), null));
            }
            for (Found f : TroopRules.find(s)) {
                claims.add(claim(f, sentence, subjects.forTroops(s, f), canonical(AttributionFinder.find(s, f.start(), f.end()))));
            }
            for (Found f : VoteRules.find(s)) {
                VoteValue vote = (VoteValue) f.value();
                var chamber = subjects.chamber(s, f.start(), context);
                VoteValue resolved = new VoteValue(chamber == null ? null : chamber.name(), vote.votesFor(), vote.votesAgainst(),
                        vote.abstentions(), vote.unanimous());
                Found withChamber = new Found(f.type(), f.start(), f.end(), resolved);
                claims.add(claim(withChamber, sentence, chamber == null ? null : subjects.forVote(s, f.start(), context, resolved), null));
            }
        }
        return withoutOverlaps(claims);
    }

    /** "US" and "the U.S." are one source: the country, by its name. Capitals and institutions keep their own name. */
    private Attribution canonical(Attribution attribution) {
        if (attribution == null || attribution.person() != null || !attribution.source().matches("[A-Z.]{2,6}")) {
            return attribution;
        }
        return vocabulary.countries(attribution.source()).stream()
                .filter(m -> m.start() == 0 && m.end() == attribution.source().length())
                .findFirst().map(m -> new Attribution(m.what().name(), null)).orElse(attribution);
    }

    private static Claim claim(Found f, SentenceSplitter.Sentence sentence, Subject subject, Attribution attribution) {
        int start = sentence.start() + f.start();
        int end = sentence.start() + f.end();
        return new Claim(f.type(), start, end, sentence.text().substring(f.start(), f.end()), sentence.text(), subject,
                attribution, f.value());
    }

    /** Where two claims share text, the longer one stands. */
    private static List<Claim> withoutOverlaps(List<Claim> claims) {
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparingInt(Claim::start).thenComparingInt(c -> -(c.end() - c.start())));
        List<Claim> kept = new ArrayList<>();
        for (Claim c : sorted) {
            Claim last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && c.start() < last.end()) {
                if (c.end() - c.start() > last.end() - last.start()) {
                    kept.set(kept.size() - 1, c);
                }
                continue;
            }
            kept.add(c);
        }
        return List.copyOf(kept);
    }
}
