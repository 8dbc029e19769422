package io.parallax.outlet;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Outlets as JSON, with their article counts. */
@RestController
@RequestMapping("/api/outlets")
class OutletApiController {

    private final Outlets outlets;

    OutletApiController(Outlets outlets) {
        this.outlets = outlets;
    }

    @GetMapping
    List<OutletResource> list() {
        return outlets.summaries().stream().map(OutletResource::of).toList();
    }

    record OutletResource(long id, String name, String slug, String kind, String domain, String country, long articleCount) {

        static OutletResource of(OutletSummary o) {
            return new OutletResource(o.id(), o.name(), o.slug(), o.kind().name(), o.domain(), o.country(), o.articleCount());
        }
    }
}
