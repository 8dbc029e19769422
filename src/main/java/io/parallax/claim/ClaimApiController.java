package io.parallax.claim;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.parallax.article.Articles;
import io.parallax.system.ApiPage;
import io.parallax.system.NotFoundException;
import io.parallax.system.Paging;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;

/** Claims as JSON: one article's, and all articles' with filters (re-extraction is {@link ReextractionController}'s). */
@RestController
class ClaimApiController {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 500;

    private final Claims claims;
    private final ClaimSearch search;
    private final Articles articles;

    ClaimApiController(Claims claims, ClaimSearch search, Articles articles) {
        this.claims = claims;
        this.search = search;
        this.articles = articles;
    }

    /**
     * One article's claims in text order, a page at a time: {@code size} up to {@value #MAX_SIZE} (default
     * {@value #DEFAULT_SIZE}), with links to the next and previous pages.
     */
    @GetMapping("/api/articles/{id}/claims")
    ApiPage<ClaimResource> forArticle(@PathVariable long id,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Claims per page, 1 to " + MAX_SIZE + " (default " + DEFAULT_SIZE + ")")
            @RequestParam(required = false) String size, HttpServletRequest request) {
        Paging paging = Paging.of(page, size, DEFAULT_SIZE, MAX_SIZE);
        if (!articles.exists(id)) {
            throw NotFoundException.forId("article", id);
        }
        List<ClaimResource> items = claims.forArticle(id, paging.offset(), paging.size()).stream().map(ClaimResource::of).toList();
        return ApiPage.of(items, paging, claims.countForArticles(List.of(id)), request);
    }

    @GetMapping("/api/claims")
    ApiPage<ClaimResource> list(@ModelAttribute ClaimFilter filter, HttpServletRequest request) {
        ClaimSearch.Page page = search.find(filter.validate());
        return ApiPage.of(page.items().stream()
                .map(r -> ClaimResource.of(r.claim(), r.claim().articleId(), r.outletName(), r.outletSlug(), r.publishedOn()))
                .toList(), new Paging(page.page(), page.size()), page.total(), request);
    }
}
