package io.parallax.claim;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.parallax.article.ArticlePageSection;
import io.parallax.article.ArticleView;
import io.parallax.article.Articles;
import io.parallax.system.NotFoundException;

/** One article's page, with every claim found in it highlighted in its text. */
@Controller
class ArticlePageController {

    static final String DETAILS = "article/details";

    private final Articles articles;
    private final Claims claims;
    private final ClaimExtraction extraction;
    private final List<ArticlePageSection> sections;

    ArticlePageController(Articles articles, Claims claims, ClaimExtraction extraction, List<ArticlePageSection> sections) {
        this.articles = articles;
        this.claims = claims;
        this.extraction = extraction;
        this.sections = sections;
    }

    @GetMapping("/articles/{id}")
    String details(@PathVariable long id, Model model) {
        ArticleView article = articles.find(id).orElseThrow(() -> NotFoundException.forId("article", id));
        List<ClaimView> found = claims.forArticle(id);
        model.addAttribute("article", article);
        model.addAttribute("claims", found);
        model.addAttribute("extraction", extraction.status(id).orElse(null));
        model.addAttribute("text", HighlightedText.of(article.body(), ArticleView.PARAGRAPH_SEPARATOR, found));
        sections.forEach(section -> section.addTo(article, model.asMap()));
        return DETAILS;
    }
}
