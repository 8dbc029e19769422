package io.parallax.claim;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.parallax.article.ArticlePageSection;
import io.parallax.article.ArticleView;
import io.parallax.article.Articles;
import io.parallax.system.InvalidFilterException;
import io.parallax.system.NotFoundException;
import io.parallax.system.Paging;

/**
 * One article's page, with every claim found in it highlighted in its text. A long article comes in parts
 * ({@code ?part=2}), each with the claims that stand in it, so that no page grows with the article's length;
 * {@code ?claim=ID} opens the part a claim stands in.
 */
@Controller
class ArticlePageController {

    static final String DETAILS = "article/details";
    /** Characters of body text on one page, and claims in one part. */
    static final int PART_CHARS = 20_000;
    static final int PART_CLAIMS = 150;
    /** Characters of the text as received shown at once. */
    static final int RECEIVED_CHARS = 20_000;

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
    String details(@PathVariable long id, @RequestParam(required = false) String part,
            @RequestParam(required = false) String claim, @RequestParam(required = false) String received, Model model) {
        int partNumber = Paging.of("part", part, "size", null, 1, 1).page();
        int receivedNumber = Paging.of("received", received, "size", null, 1, 1).page();
        Long claimId = claim == null || claim.isBlank() ? null : claimId(claim);
        ArticleView article = articles.find(id).orElseThrow(() -> NotFoundException.forId("article", id));
        // Without their sentences: the page shows none, and a long article's claims are many.
        List<ClaimView> all = claims.forArticles(List.of(id), false);
        TextParts parts = TextParts.of(article.body(), ArticleView.PARAGRAPH_SEPARATOR, all, PART_CHARS, PART_CLAIMS);
        TextParts.Part shown;
        if (claimId != null && part == null) {
            shown = all.stream().filter(c -> c.id() == claimId).findFirst().map(parts::holding).orElse(parts.get(1));
        }
        else if (partNumber > parts.count()) {
            throw new NotFoundException("This article has " + parts.count() + (parts.count() == 1 ? " part." : " parts."));
        }
        else {
            shown = parts.get(partNumber);
        }
        List<ClaimView> found = parts.claimsIn(shown, all);
        model.addAttribute("article", article);
        model.addAttribute("claims", found);
        model.addAttribute("claimTotal", all.size());
        model.addAttribute("part", shown);
        model.addAttribute("parts", parts.count());
        model.addAttribute("extraction", extraction.status(id).orElse(null));
        model.addAttribute("text", HighlightedText.of(article.body(), ArticleView.PARAGRAPH_SEPARATOR, found,
                shown.start(), shown.end()));
        String raw = article.rawText() == null ? "" : article.rawText();
        int receivedParts = Math.max(1, (raw.length() + RECEIVED_CHARS - 1) / RECEIVED_CHARS);
        if (receivedNumber > receivedParts) {
            throw new NotFoundException("The text as received has " + receivedParts + (receivedParts == 1 ? " part." : " parts."));
        }
        int from = (receivedNumber - 1) * RECEIVED_CHARS;
        model.addAttribute("receivedText", raw.substring(from, Math.min(raw.length(), from + RECEIVED_CHARS)));
        model.addAttribute("receivedFrom", from);
        model.addAttribute("receivedPart", receivedNumber);
        model.addAttribute("receivedParts", receivedParts);
        model.addAttribute("receivedOpen", received != null);
        sections.forEach(section -> section.addTo(article, model.asMap()));
        return DETAILS;
    }

    private static Long claimId(String value) {
        try {
            return Long.parseLong(value.strip());
        }
        catch (NumberFormatException ex) {
            throw new InvalidFilterException(Map.of("claim", "The claim must be a claim's number."));
        }
    }
}
