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
import io.parallax.outlet.OutletPageSection.Pages;
import io.parallax.outlet.OutletRef;
import io.parallax.system.ListPage;

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
    public void addTo(OutletRef outlet, Pages pages, Map<String, Object> model) {
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
        // Every list a page at a time; the agreement figure still counts every check.
        model.put("articles", slice(own, pages.articles(), Pages.ARTICLES));
        model.put("articlePage", new ListPage(pages.articles(), Pages.ARTICLES, own.size()));
        List<Long> ids = own.stream().map(ArticleSummary::id).toList();
        model.put("claims", claims.forArticles(ids, (long) (pages.claims() - 1) * Pages.CLAIMS, Pages.CLAIMS));
        model.put("claimPage", new ListPage(pages.claims(), Pages.CLAIMS, claims.countForArticles(ids)));
        model.put("record", new OutletRecord(checks));
        model.put("checks", slice(checks, pages.checks(), Pages.CHECKS));
        model.put("checkPage", new ListPage(pages.checks(), Pages.CHECKS, checks.size()));
    }

    private static <T> List<T> slice(List<T> all, int page, int size) {
        long from = (long) (page - 1) * size;
        return from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
    }
}
