package io.parallax.compare;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.parallax.article.ArticleSearch;
import io.parallax.system.ListPage;
import io.parallax.system.NotFoundException;
import io.parallax.system.Paging;
import jakarta.servlet.http.HttpServletResponse;

/** Two articles side by side, with pickers to choose them. */
@Controller
class SideBySideController {

    static final String VIEW = "compare/articles";
    static final int CHOICES = 300;
    /** Facts listed, and aligned sentences on one page. */
    static final int FACTS = 200;
    static final int LINES = 400;

    private final SideBySideService sideBySide;
    private final ArticleSearch articles;

    SideBySideController(SideBySideService sideBySide, ArticleSearch articles) {
        this.sideBySide = sideBySide;
        this.articles = articles;
    }

    @GetMapping("/compare/articles")
    String compare(@RequestParam(required = false) String left, @RequestParam(required = false) String right,
            @RequestParam(required = false) String lines, Model model, HttpServletResponse response) {
        int linePage = Paging.of("lines", lines, "size", null, 1, 1).page();
        Long leftId = id(left);
        Long rightId = id(right);
        // The chosen articles' stories, not the whole archive: a picker of 100,000 articles helps no one.
        model.addAttribute("choices", articles.choices(java.util.stream.Stream.of(leftId, rightId)
                .filter(java.util.Objects::nonNull).distinct().toList(), CHOICES));
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        if ((left != null && !left.isBlank() && leftId == null) || (right != null && !right.isBlank() && rightId == null)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "Choose two articles from the lists; an article is named by its number.");
        }
        else if (leftId != null && rightId != null) {
            SideBySide comparison = sideBySide.compare(leftId, rightId);
            // Long articles: the facts and the aligned sentences a page at a time, so the page never grows with them.
            ListPage page = new ListPage(linePage, LINES, comparison.sentences().size());
            if (linePage > page.lastPage()) {
                throw new NotFoundException("These two articles line up in " + page.lastPage() + " pages of sentences.");
            }
            model.addAttribute("comparison", comparison);
            model.addAttribute("facts", comparison.claims().subList(0, Math.min(FACTS, comparison.claims().size())));
            int from = (int) Math.min(page.total(), (long) (linePage - 1) * LINES);
            model.addAttribute("lines", comparison.sentences().subList(from, (int) page.last()));
            model.addAttribute("linePage", page);
        }
        return VIEW;
    }

    private static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : null;
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }
}
