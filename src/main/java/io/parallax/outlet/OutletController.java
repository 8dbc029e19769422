package io.parallax.outlet;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The outlets the archive holds articles from. */
@Controller
class OutletController {

    static final String LIST = "outlet/list";

    private final Outlets outlets;

    OutletController(Outlets outlets) {
        this.outlets = outlets;
    }

    @GetMapping("/outlets")
    String list(Model model) {
        model.addAttribute("outlets", outlets.summaries());
        return LIST;
    }
}
