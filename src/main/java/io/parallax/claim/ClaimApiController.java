package io.parallax.claim;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.parallax.article.Articles;
import io.parallax.system.NotFoundException;

/** Claims as JSON: one article's, and all articles' with filters (re-extraction is {@link ReextractionController}'s). */
@RestController
class ClaimApiController {

    private final Claims claims;
    private final ClaimSearch search;
    private final Articles articles;

    ClaimApiController(Claims claims, ClaimSearch search, Articles articles) {
        this.claims = claims;
        this.search = search;
        this.articles = articles;
    }

    @GetMapping("/api/articles/{id}/claims")
    List<ClaimResource> forArticle(@PathVariable long id) {
        if (!articles.exists(id)) {
            throw NotFoundException.forId("article", id);
        }
        return claims.forArticle(id).stream().map(ClaimResource::of).toList();
    }

    @GetMapping("/api/claims")
    ClaimPage list(@ModelAttribute ClaimFilter filter) {
        ClaimSearch.Page page = search.find(filter.validate());
        return new ClaimPage(page.items().stream()
                .map(r -> ClaimResource.of(r.claim(), r.claim().articleId(), r.outletName(), r.outletSlug(), r.publishedOn()))
                .toList(), page.page(), page.size(), page.total());
    }

    record ClaimPage(List<ClaimResource> items, int page, int size, long total) {
    }
}
