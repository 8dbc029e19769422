package io.parallax.compare;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import io.parallax.article.ArticleFilter;
import io.parallax.article.ArticleSearch;
import io.parallax.outlet.Outlets;
import io.parallax.system.InvalidFilterException;
import io.parallax.system.ListPage;
import io.parallax.system.Paging;
import jakarta.servlet.http.HttpServletResponse;

/** The claim matrix and the timeline, both over the articles the filters select. */
@Controller
class CompareController {

    static final String MATRIX = "compare/matrix";
    static final String TIMELINE = "compare/timeline";
    /** Troop figures in the timeline's chart and table at once. */
    static final int FIGURES = 300;
    static final int MAX_COLUMNS = 12;
    static final int VALUES_PER_CELL = 2;
    static final int FORM_OUTLETS = 30;
    static final int FORM_STORIES = 50;

    private final ComparisonService comparisons;
    private final Outlets outlets;
    private final JsonMapper json;

    private final ArticleSearch articles;

    CompareController(ComparisonService comparisons, Outlets outlets, JsonMapper json, ArticleSearch articles) {
        this.articles = articles;
        this.comparisons = comparisons;
        this.outlets = outlets;
        this.json = json;
    }

    /**
     * The matrix; {@code show=all} shows every outlet's column and {@code col} the chosen ones, otherwise the main
     * independent sources are shown. Verdicts are always reached over every outlet the filters select.
     */
    @GetMapping("/compare")
    String matrix(@ModelAttribute("filter") ArticleFilter given, @RequestParam(required = false) String show,
            @RequestParam(name = "col", required = false) List<String> chosen, Model model, HttpServletResponse response) {
        ArticleFilter filter = scoped(given, model);
        withMatrix(filter, false, model, response, matrix -> {
            List<String> all = matrix.columns().stream().map(Matrix.Column::slug).toList();
            List<String> main = matrix.mainSources(MAX_COLUMNS);
            boolean filtered = filter.outlet() != null && !filter.outlet().isEmpty();
            List<String> picked = chosen == null ? List.of() : chosen.stream().filter(all::contains).toList();
            List<String> columns = "all".equals(show) || filtered ? all : !picked.isEmpty() ? picked : main;
            Matrix shown = matrix.showing(columns);
            model.addAttribute("full", matrix);
            model.addAttribute("matrix", shown);
            model.addAttribute("showing", "all".equals(show) || filtered ? "all" : !picked.isEmpty() ? "chosen" : "main");
            model.addAttribute("shownSlugs", columns);
            model.addAttribute("shownRows", shown.rows().stream().map(Matrix.Row::anchor).toList());
            model.addAttribute("valuesPerCell", VALUES_PER_CELL);
            model.addAttribute("sentences", comparisons.sentencesShown(shown, VALUES_PER_CELL));
            model.addAttribute("hiddenOutlets", matrix.columns().size() - shown.columns().size());
            model.addAttribute("hiddenFacts", matrix.rows().size() - shown.rows().size());
        });
        return MATRIX;
    }

    /** The troop figures a page at a time ({@code ?figures=2}), so a story with thousands of them stays one small page. */
    @GetMapping("/timeline")
    String timeline(@ModelAttribute("filter") ArticleFilter given, @RequestParam(required = false) String figures, Model model,
            HttpServletResponse response) {
        int figurePage = Paging.of("figures", figures, "size", null, 1, 1).page();
        ArticleFilter filter = scoped(given, model);
        withMatrix(filter, true, model, response, matrix -> {
            Timeline timeline = Timeline.of(matrix);
            ListPage page = new ListPage(figurePage, FIGURES, timeline.figures().size());
            int from = (int) Math.min(page.total(), (long) (figurePage - 1) * FIGURES);
            List<Timeline.Figure> shown = timeline.figures().subList(from, (int) page.last());
            model.addAttribute("timeline", timeline);
            model.addAttribute("figures", shown);
            model.addAttribute("figurePage", page);
            model.addAttribute("chartData", chartJson(shown));
        });
        return TIMELINE;
    }

    /** Without a story, the largest one: the form then shows which story is shown, and offers the others. */
    private ArticleFilter scoped(ArticleFilter given, Model model) {
        ArticleFilter filter = comparisons.scoped(given);
        model.addAttribute("filter", filter);
        return filter;
    }

    /** Fills in what the filter form needs, then the matrix, or the filter errors with a 400. */
    private void withMatrix(ArticleFilter filter, boolean sentences, Model model, HttpServletResponse response,
            Consumer<Matrix> show) {
        // As on the article list: the largest outlets and stories and the chosen ones, never all of them.
        Outlets.Offered offered = outlets.forFilter(filter.outlet(), FORM_OUTLETS);
        model.addAttribute("outlets", offered.outlets());
        model.addAttribute("moreOutlets", offered.more());
        model.addAttribute("stories", articles.stories(filter.story(), FORM_STORIES));
        try {
            show.accept(comparisons.compare(filter.validate(), sentences));
        }
        catch (InvalidFilterException ex) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", ex.errors());
        }
    }

    /** JSON for the chart script, safe inside a script element whatever the article text holds. */
    private String chartJson(List<Timeline.Figure> figures) {
        List<Map<String, Object>> points = figures.stream().map(f -> Map.<String, Object>ofEntries(
                Map.entry("date", f.publishedOn().toString()), Map.entry("low", f.low()),
                Map.entry("high", f.high() == null ? f.low() : f.high()), Map.entry("open", f.openEnded()),
                Map.entry("value", f.value()), Map.entry("text", f.text()), Map.entry("outlet", f.outlet()),
                Map.entry("source", f.source()), Map.entry("group", f.group()),
                Map.entry("qualifier", f.qualifier() == null ? "" : f.qualifier()))).toList();
        return json.writeValueAsString(points).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
