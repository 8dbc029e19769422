package io.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.analysis.SentenceSplitter;
import io.parallax.article.ArticleView;
import io.parallax.article.Articles;
import io.parallax.claim.ClaimView;
import io.parallax.claim.Claims;
import io.parallax.compare.SideBySide.ClaimComparison;
import io.parallax.compare.SideBySide.Verdict;
import io.parallax.system.NotFoundException;
import io.parallax.system.RequestDeadline;

/** Compares two articles sentence by sentence and claim by claim. */
@Service
public class SideBySideService {

    private final Articles articles;
    private final Claims claims;
    private final Lineage lineage;

    SideBySideService(Articles articles, Claims claims, Lineage lineage) {
        this.articles = articles;
        this.claims = claims;
        this.lineage = lineage;
    }

    @Transactional(readOnly = true)
    public SideBySide compare(long leftId, long rightId) {
        ArticleView left = articles.find(leftId).orElseThrow(() -> NotFoundException.forId("article", leftId));
        ArticleView right = articles.find(rightId).orElseThrow(() -> NotFoundException.forId("article", rightId));
        List<ClaimView> leftClaims = claims.forArticle(leftId);
        List<ClaimView> rightClaims = claims.forArticle(rightId);
        var leftSentences = SentenceSplitter.split(left.body());
        var rightSentences = SentenceSplitter.split(right.body());
        // Claims indexed by sentence, so a pair of sentences is checked only when the alignment asks about it.
        List<List<ClaimView>> inLeft = bySentence(leftSentences, leftClaims);
        List<List<ClaimView>> inRight = bySentence(rightSentences, rightClaims);
        var pairs = SentenceAlignment.align(leftSentences.stream().map(s -> s.text()).toList(),
                rightSentences.stream().map(s -> s.text()).toList(),
                (i, j) -> !inLeft.get(i).isEmpty() && inRight.get(j).stream()
                        .anyMatch(r -> inLeft.get(i).stream().anyMatch(l -> sameFact(l, r) && Compatibility.compatible(l, r))));
        return new SideBySide(ref(left), ref(right), compareClaims(leftClaims, rightClaims),
                pairs.stream().map(SideBySide.Line::of).toList());
    }

    private static List<List<ClaimView>> bySentence(List<io.parallax.analysis.Sentence> sentences, List<ClaimView> claims) {
        List<List<ClaimView>> index = new ArrayList<>(sentences.size());
        int[] starts = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            index.add(new ArrayList<>());
            starts[i] = sentences.get(i).start();
        }
        for (ClaimView claim : claims) {
            int at = java.util.Arrays.binarySearch(starts, claim.start());
            int sentence = at >= 0 ? at : -at - 2;
            if (sentence >= 0 && claim.start() < sentences.get(sentence).end()) {
                index.get(sentence).add(claim);
            }
        }
        return index;
    }

    static List<ClaimComparison> compareClaims(List<ClaimView> left, List<ClaimView> right) {
        Map<String, List<ClaimView>> l = byFact(left);
        Map<String, List<ClaimView>> r = byFact(right);
        List<ClaimComparison> result = new ArrayList<>();
        Stream.concat(l.keySet().stream(), r.keySet().stream()).distinct().forEach(key -> {
            RequestDeadline.check();
            List<ClaimView> a = l.getOrDefault(key, List.of());
            List<ClaimView> b = r.getOrDefault(key, List.of());
            ClaimView any = a.isEmpty() ? b.get(0) : a.get(0);
            Verdict verdict = a.isEmpty() ? Verdict.ONLY_RIGHT : b.isEmpty() ? Verdict.ONLY_LEFT
                    : a.stream().anyMatch(x -> b.stream().anyMatch(y -> Compatibility.compatible(x, y))) ? Verdict.SAME : Verdict.DIFFERENT;
            String label = any.subjectLabel() != null ? any.subjectLabel() : any.typeLabel() + ": " + any.valueLabel();
            result.add(new ClaimComparison(label, any.type(), verdict, a, b));
        });
        result.sort(Comparator.comparing(ClaimComparison::verdict).thenComparing(ClaimComparison::label));
        return result;
    }

    /** Claims are the same fact when they share a subject; claims without one only when their values are the same. */
    private static Map<String, List<ClaimView>> byFact(List<ClaimView> claims) {
        Map<String, List<ClaimView>> map = new LinkedHashMap<>();
        for (ClaimView c : claims) {
            map.computeIfAbsent(factKey(c), k -> new ArrayList<>()).add(c);
        }
        return map;
    }

    private static String factKey(ClaimView c) {
        return c.type() + "|" + (c.subjectKey() != null ? c.subjectKey() : "value:" + c.valueLabel());
    }

    private static boolean sameFact(ClaimView a, ClaimView b) {
        return a.type() == b.type() && (a.subjectKey() == null || b.subjectKey() == null || a.subjectKey().equals(b.subjectKey()));
    }

    private Matrix.ArticleRef ref(ArticleView a) {
        return ComparisonService.ref(a.id(), a.title(), a.outletName(), a.outletSlug(), a.publishedOn(),
                a.publishedOnInferred(), a.wire(), lineage.of(List.of(a.id())).get(a.id()));
    }
}
