package io.parallax.article;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.parallax.system.NotFoundException;

/** Reading articles as JSON, with the same filters as the article list. */
@RestController
@RequestMapping("/api/articles")
class ArticleApiController {

    private final ArticleSearch search;
    private final Articles articles;

    ArticleApiController(ArticleSearch search, Articles articles) {
        this.search = search;
        this.articles = articles;
    }

    @GetMapping
    PageResource list(@ModelAttribute ArticleFilter filter) {
        ArticlePage page = search.find(filter.validate());
        return new PageResource(page.items(), page.page(), page.size(), page.total(), page.more());
    }

    @GetMapping("/{id}")
    ResponseEntity<ArticleResource> one(@PathVariable long id) {
        return ResponseEntity.ok(articles.find(id).map(a -> ArticleResource.of(a, null))
                .orElseThrow(() -> NotFoundException.forId("article", id)));
    }

    /** {@code more}: the result holds more than {@code total} articles (counts stop at 10,000). */
    record PageResource(List<ArticleSummary> items, int page, int size, long total, boolean more) {
    }
}
