package io.parallax.compare;

import static io.parallax.compare.Claims.troops;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.parallax.analysis.ClaimType;
import io.parallax.analysis.Qualifier;
import io.parallax.claim.ClaimView;

/** Each verdict, reached from claims and the articles they come from, with its reason word for word. */
class VerdictsTests {

    private static final LocalDate OCT_24 = LocalDate.of(2024, 10, 24);
    private static final LocalDate NOV_6 = LocalDate.of(2024, 11, 6);

    private final Map<Long, Matrix.ArticleRef> refs = new LinkedHashMap<>();
    private final List<ClaimView> claims = new ArrayList<>();
    private long nextArticle = 100;

    /** An article of its own outlet, with no wire credit and no original, giving one figure. */
    private long report(String outlet, LocalDate published, Qualifier q, int value, String source) {
        return add(outlet, published, null, null, q, value, source);
    }

    private long add(String outlet, LocalDate published, String wire, Lineage.Link link, Qualifier q, int value, String source) {
        long id = nextArticle++;
        refs.put(id, ComparisonService.ref(id, "Title " + id, outlet, outlet.toLowerCase().replace(' ', '-'), published, false,
                wire, link));
        claims.add(troops(q, q == Qualifier.AT_MOST ? null : value, q == Qualifier.AT_MOST ? value : null, id, source));
        return id;
    }

    private Lineage.Link copyOf(long original, long copy) {
        return new Lineage.Link(copy, original, Lineage.Relation.COPY, 0.97, original,
                new Lineage.Origin(original, "AP story", "Associated Press", "associated-press", true, "AP", NOV_6));
    }

    private Verdicts.Decision decide() {
        return ComparisonService.decide(ClaimType.TROOP_COUNT, claims, refs);
    }

    @Test
    void compatibleValuesFromTwoIndependentSourcesAgree() {
        report("Radio Shoma", OCT_24, Qualifier.EXACT, 3000, "US");
        report("Daily Example", OCT_24, Qualifier.APPROXIMATE, 3000, "Pentagon");

        Verdicts.Decision d = decide();

        assertThat(d.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(d.sources()).isEqualTo(2);
        assertThat(d.reason()).isEqualTo("2 independent sources agree on 3,000.");
        assertThat(d.consensus().value()).isEqualTo("3,000");
    }

    @Test
    void aWireStoryAndItsCopiesAreASingleSource() {
        long ap = add("Associated Press", NOV_6, "AP", null, Qualifier.EXACT, 10000, "U.S.");
        add("Local News 8", NOV_6, null, copyOf(ap, nextArticle), Qualifier.EXACT, 10000, "U.S.");
        add("Example Post", NOV_6, null, copyOf(ap, nextArticle), Qualifier.EXACT, 10000, "U.S.");

        Verdicts.Decision d = decide();

        assertThat(d.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
        assertThat(d.sources()).isEqualTo(1);
        assertThat(d.reason()).isEqualTo(
                "Only AP reports this, in Associated Press, Local News 8, Example Post (3 copies of one AP story, counted once).");
    }

    @Test
    void aLaterFigureInLaterReportsIsAnUpdateWithWhatChangedWhenAndPerWhom() {
        report("Radio Shoma", OCT_24, Qualifier.EXACT, 3000, "US");
        report("Daily Example", OCT_24, Qualifier.APPROXIMATE, 3000, "Pentagon");
        report("Hurriyet", NOV_6, Qualifier.AT_MOST, 10000, "U.S. State Department");
        report("Evening Example", NOV_6, Qualifier.EXACT, 10000, null);

        Verdicts.Decision d = decide();

        assertThat(d.verdict()).isEqualTo(Verdict.UPDATED);
        assertThat(d.change()).isEqualTo("3,000 (US, 24 Oct) → 10,000 (U.S. State Department, 6 Nov)");
        assertThat(d.reason()).isEqualTo("Updated over time: 3,000 (US, 24 Oct) → 10,000 (U.S. State Department, 6 Nov).");
        assertThat(d.consensus().value()).isEqualTo("10,000");
        assertThat(d.verdict().differs()).isFalse();
    }

    @Test
    void aSourceThatRevisedItsOwnFigureIsAnUpdateEvenWhenAnotherRepeatsTheOldOne() {
        report("Radio Shoma", OCT_24, Qualifier.EXACT, 3000, "US");
        report("Radio Shoma", NOV_6, Qualifier.EXACT, 10000, "US");
        report("Late Example", NOV_6.plusDays(1), Qualifier.EXACT, 3000, "US");

        Verdicts.Decision d = decide();

        assertThat(d.verdict()).isEqualTo(Verdict.UPDATED);
        assertThat(d.reasoning()).contains("Radio Shoma revised its own figure.");
    }

    @Test
    void incompatibleValuesAtTheSameTimeFromSeveralSourcesOnEachSideDiffer() {
        report("Alpha", OCT_24, Qualifier.EXACT, 3000, "US");
        report("Beta", OCT_24, Qualifier.EXACT, 3000, "US");
        report("Gamma", OCT_24, Qualifier.EXACT, 10000, "South Korea");
        report("Delta", OCT_24, Qualifier.EXACT, 10000, "South Korea");

        Verdicts.Decision d = decide();

        assertThat(d.verdict()).isEqualTo(Verdict.SOURCES_DIFFER);
        assertThat(d.consensus()).isNull();
        assertThat(d.reason()).isEqualTo("Sources differ at the same time: Alpha, Beta say 3,000; Gamma, Delta say 10,000.");
        assertThat(d.reasoning()).contains("The outlets cite different sources for their values.");
    }

    @Test
    void oneSourceAgainstTheRestIsAnOutlier() {
        report("Alpha", OCT_24, Qualifier.EXACT, 10000, null);
        report("Beta", OCT_24, Qualifier.EXACT, 10000, null);
        report("Gamma", OCT_24.plusDays(1), Qualifier.EXACT, 10000, null);
        report("Delta", OCT_24, Qualifier.EXACT, 3000, null);

        Verdicts.Decision d = decide();

        assertThat(d.verdict()).isEqualTo(Verdict.OUTLIER);
        assertThat(d.reason()).isEqualTo("Delta alone gives 3,000; 3 other sources say 10,000.");
        assertThat(d.consensus().value()).isEqualTo("10,000");
        assertThat(d.verdict().differs()).isTrue();
    }

    @Test
    void copiesOfOneWireStoryDoNotOutvoteTwoIndependentSources() {
        long ap = add("Associated Press", OCT_24, "AP", null, Qualifier.EXACT, 10000, null);
        add("Local News 8", OCT_24, null, copyOf(ap, nextArticle), Qualifier.EXACT, 10000, null);
        add("Example Post", OCT_24, null, copyOf(ap, nextArticle), Qualifier.EXACT, 10000, null);
        report("Beta", OCT_24, Qualifier.EXACT, 3000, null);
        report("Gamma", OCT_24, Qualifier.EXACT, 3000, null);

        Verdicts.Decision d = decide();

        assertThat(d.verdict()).isEqualTo(Verdict.OUTLIER);
        assertThat(d.reason()).isEqualTo("AP alone gives 10,000; 2 other sources say 3,000.");
        assertThat(d.reasoning()).anyMatch(line -> line.contains("3 copies of one AP story"));
    }
}
