package io.parallax.article;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import java.util.List;

import io.parallax.claim.ClaimView;
import io.parallax.claim.Claims;
import io.parallax.claim.HighlightedText;
import io.parallax.outlet.Outlets;
import io.parallax.story.Stories;
import io.parallax.system.InvalidFilterException;
import io.parallax.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** The article list with its filters, and one article's page. */
@Controller
class ArticleController {

    static final String LIST = "article/list";
    static final String LIST_RESULTS = "article/list :: results";
    static final String DETAILS = "article/details";

    private final ArticleSearch search;
    private final ArticleRepository articles;
    private final Outlets outlets;
    private final Stories stories;
    private final Claims claims;

    ArticleController(ArticleSearch search, ArticleRepository articles, Outlets outlets, Stories stories, Claims claims) {
        this.claims = claims;
        this.search = search;
        this.articles = articles;
        this.outlets = outlets;
        this.stories = stories;
    }

    @GetMapping({"/", "/articles"})
    String list(@ModelAttribute("filter") ArticleFilter filter, Model model, HttpServletResponse response,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        response.addHeader("Vary", "HX-Request");
        model.addAttribute("outlets", outlets.summaries());
        model.addAttribute("stories", stories.all());
        try {
            ArticleFilter.Criteria criteria = filter.validate();
            model.addAttribute("criteria", criteria);
            model.addAttribute("result", search.find(criteria));
        }
        catch (InvalidFilterException ex) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", ex.errors());
        }
        return htmx != null ? LIST_RESULTS : LIST;
    }

    @GetMapping("/articles/{id}")
    @Transactional(readOnly = true)
    String details(@PathVariable long id, Model model) {
        Article article = articles.findById(id).orElseThrow(() -> NotFoundException.forId("article", id));
        List<ClaimView> found = claims.forArticle(id);
        model.addAttribute("article", ArticleView.of(article));
        model.addAttribute("claims", found);
        model.addAttribute("text", HighlightedText.of(article.getBody(), Article.PARAGRAPH_SEPARATOR, found));
        return DETAILS;
    }
}
