package io.parallax.compare;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.parallax.article.ArticleFilter;
import io.parallax.article.ArticleSummary;
import io.parallax.claim.Claims;
import io.parallax.outlet.Outlet;
import io.parallax.outlet.Outlets;
import io.parallax.system.NotFoundException;

/** One outlet's page: its articles, its claims, and how often the other outlets back them. */
@Controller
class OutletProfileController {

    static final String DETAILS = "outlet/details";

    private final Outlets outlets;
    private final ComparisonService comparisons;
    private final Claims claims;

    OutletProfileController(Outlets outlets, ComparisonService comparisons, Claims claims) {
        this.outlets = outlets;
        this.comparisons = comparisons;
        this.claims = claims;
    }

    @GetMapping("/outlets/{slug}")
    String details(@PathVariable String slug, Model model) {
        Outlet outlet = outlets.find(slug).filter(o -> o.getSlug().equals(slug))
                .orElseThrow(() -> new NotFoundException("There is no outlet " + slug + "."));
        Matrix matrix = comparisons.compare(ArticleFilter.none().validate());
        List<ArticleSummary> own = matrix.columns().stream().filter(c -> c.slug().equals(slug))
                .flatMap(c -> c.articles().stream())
                .map(a -> new ArticleSummary(a.id(), a.title(), false, a.outlet(), a.outletSlug(), a.publishedOn(),
                        a.publishedOnInferred(), a.wire(), null, null))
                .toList();
        model.addAttribute("outlet", outlet);
        model.addAttribute("articles", own);
        model.addAttribute("claims", claims.forArticles(own.stream().map(ArticleSummary::id).toList()));
        model.addAttribute("record", OutletRecord.of(matrix, slug));
        return DETAILS;
    }
}
