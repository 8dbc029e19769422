package io.parallax.outlet;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.parallax.system.NotFoundException;
import io.parallax.system.Paging;

/**
 * One outlet's page. The outlet package knows only the outlet; the features that know its articles and claims fill
 * in their own sections through {@link OutletPageSection}, so they depend on outlets and never the other way round.
 */
@Controller
class OutletProfileController {

    static final String DETAILS = "outlet/details";

    private final Outlets outlets;
    private final List<OutletPageSection> sections;

    OutletProfileController(Outlets outlets, List<OutletPageSection> sections) {
        this.outlets = outlets;
        this.sections = sections;
    }

    /** Its articles, claims and agreement checks come a page at a time: {@code ?articles=2&claims=3&checks=1}. */
    @GetMapping("/outlets/{slug}")
    String details(@PathVariable String slug, @RequestParam(required = false) String articles,
            @RequestParam(required = false) String claims, @RequestParam(required = false) String checks, Model model) {
        OutletPageSection.Pages pages = new OutletPageSection.Pages(page("articles", articles), page("claims", claims),
                page("checks", checks));
        OutletRef outlet = outlets.find(slug).filter(o -> o.slug().equals(slug))
                .orElseThrow(() -> new NotFoundException("There is no outlet " + slug + "."));
        model.addAttribute("outlet", outlet);
        model.addAttribute("pages", pages);
        sections.forEach(section -> section.addTo(outlet, pages, model.asMap()));
        return DETAILS;
    }

    private static int page(String name, String value) {
        return Paging.of(name, value, "size", null, 1, 1).page();
    }
}
