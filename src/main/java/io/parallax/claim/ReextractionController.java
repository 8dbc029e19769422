package io.parallax.claim;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The background re-reading of the archive: its progress for editors as a page (polled by htmx, refreshed without
 * JavaScript) and as JSON, and the admin's request to re-read every article.
 */
@Controller
class ReextractionController {

    private final Reextraction reextraction;

    ReextractionController(Reextraction reextraction) {
        this.reextraction = reextraction;
    }

    @GetMapping("/extraction")
    String page(Model model) {
        model.addAttribute("progress", reextraction.progress());
        return "claim/extraction";
    }

    @GetMapping("/extraction/progress")
    String progress(Model model) {
        model.addAttribute("progress", reextraction.progress());
        return "claim/extraction :: progress";
    }

    @GetMapping("/api/admin/claims/extraction")
    @ResponseBody
    @Operation(summary = "Progress of the background re-reading of the archive by the running engine (editor or admin)")
    @ApiResponse(responseCode = "200", description = "The run's state, articles to read, read and failed, and its rate")
    Reextraction.Progress status() {
        return reextraction.progress();
    }

    @PostMapping("/api/admin/claims/extract")
    @ResponseBody
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Re-read every article with the running engine, in the background; old claims are served until "
            + "each article's new ones are written")
    @ApiResponse(responseCode = "202", description = "The run started (or the one under way), with its progress")
    Reextraction.Progress extractAll() {
        return reextraction.start(true);
    }
}
