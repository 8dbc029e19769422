package io.parallax.outlet;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.parallax.system.NotFoundException;

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

    @GetMapping("/outlets/{slug}")
    String details(@PathVariable String slug, Model model) {
        OutletRef outlet = outlets.find(slug).filter(o -> o.slug().equals(slug))
                .orElseThrow(() -> new NotFoundException("There is no outlet " + slug + "."));
        model.addAttribute("outlet", outlet);
        sections.forEach(section -> section.addTo(outlet, model.asMap()));
        return DETAILS;
    }
}
