package io.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.parallax.article.ArticleFilter;
import io.parallax.article.ArticleSearch;
import io.parallax.article.ArticleSummary;
import io.parallax.claim.Claims;
import io.parallax.outlet.OutletPageSection;
import io.parallax.outlet.OutletRef;

/**
 * The outlet page's articles, claims and record: how often the other outlets back its claims, checked story by story
 * (the stories it has most articles in), so that facts of two stories are never set against each other.
 */
@Component
class OutletComparisonSection implements OutletPageSection {

    static final int STORIES = 10;

    private final ComparisonService comparisons;
    private final ArticleSearch articles;
    private final Claims claims;

    OutletComparisonSection(ComparisonService comparisons, ArticleSearch articles, Claims claims) {
        this.comparisons = comparisons;
        this.articles = articles;
        this.claims = claims;
    }

    @Override
    public void addTo(OutletRef outlet, Map<String, Object> model) {
        String slug = outlet.slug();
        List<ArticleSummary> own = new ArrayList<>();
        List<OutletRecord.Check> checks = new ArrayList<>();
        for (ArticleSearch.StoryOption story : articles.storiesOfOutlet(outlet.id(), STORIES)) {
            Matrix matrix = comparisons.compare(ArticleFilter.none().validate().withStory(story.slug()));
            matrix.columns().stream().filter(c -> c.slug().equals(slug)).flatMap(c -> c.articles().stream())
                    .map(a -> new ArticleSummary(a.id(), a.title(), false, a.outlet(), a.outletSlug(), a.publishedOn(),
                            a.publishedOnInferred(), a.wire(), story.name(), null))
                    .forEach(own::add);
            checks.addAll(OutletRecord.of(matrix, slug).checks());
        }
        model.put("articles", own);
        model.put("claims", claims.forArticles(own.stream().map(ArticleSummary::id).toList()));
        model.put("record", new OutletRecord(checks));
    }
}
