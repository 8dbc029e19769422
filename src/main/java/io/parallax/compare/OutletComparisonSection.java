package io.parallax.compare;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.parallax.article.ArticleFilter;
import io.parallax.article.ArticleSummary;
import io.parallax.claim.Claims;
import io.parallax.outlet.OutletPageSection;
import io.parallax.outlet.OutletRef;

/** The outlet page's articles, claims and record: how often the other outlets back its claims. */
@Component
class OutletComparisonSection implements OutletPageSection {

    private final ComparisonService comparisons;
    private final Claims claims;

    OutletComparisonSection(ComparisonService comparisons, Claims claims) {
        this.comparisons = comparisons;
        this.claims = claims;
    }

    @Override
    public void addTo(OutletRef outlet, Map<String, Object> model) {
        String slug = outlet.slug();
        Matrix matrix = comparisons.compare(ArticleFilter.none().validate());
        List<ArticleSummary> own = matrix.columns().stream().filter(c -> c.slug().equals(slug))
                .flatMap(c -> c.articles().stream())
                .map(a -> new ArticleSummary(a.id(), a.title(), false, a.outlet(), a.outletSlug(), a.publishedOn(),
                        a.publishedOnInferred(), a.wire(), null, null))
                .toList();
        model.put("articles", own);
        model.put("claims", claims.forArticles(own.stream().map(ArticleSummary::id).toList()));
        model.put("record", OutletRecord.of(matrix, slug));
    }
}
