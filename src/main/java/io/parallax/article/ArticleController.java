package io.parallax.article;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

import io.parallax.outlet.Outlets;
import io.parallax.system.InvalidFilterException;
import jakarta.servlet.http.HttpServletResponse;

/** The article list with its filters. */
@Controller
class ArticleController {

    static final String LIST = "article/list";
    static final String LIST_RESULTS = "article/list :: results";
    static final int FORM_OUTLETS = 30;
    static final int FORM_STORIES = 50;

    private final ArticleSearch search;
    private final Outlets outlets;

    ArticleController(ArticleSearch search, Outlets outlets) {
        this.search = search;
        this.outlets = outlets;
    }

    @GetMapping({"/", "/articles"})
    String list(@ModelAttribute("filter") ArticleFilter filter, Model model, HttpServletResponse response,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore) {
        response.addHeader("Vary", "HX-Request, HX-History-Restore-Request");
        // The form offers the largest outlets and stories and the chosen ones, not all of them: it stays the same size
        // however large the archive grows; any other outlet can be typed by name.
        Outlets.Offered offered = outlets.forFilter(filter.outlet(), FORM_OUTLETS);
        model.addAttribute("outlets", offered.outlets());
        model.addAttribute("moreOutlets", offered.more());
        model.addAttribute("stories", search.stories(filter.story(), FORM_STORIES));
        try {
            ArticleFilter.Criteria criteria = filter.validate();
            model.addAttribute("criteria", criteria);
            model.addAttribute("result", search.find(criteria));
        }
        catch (InvalidFilterException ex) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", ex.errors());
        }
        // Going Back asks htmx to restore a whole page, which it swaps in for the body: never a bare fragment then.
        boolean fragment = htmx != null && !"true".equals(historyRestore);
        return fragment ? LIST_RESULTS : LIST;
    }
}
