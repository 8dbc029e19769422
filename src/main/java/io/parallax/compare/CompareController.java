package io.parallax.compare;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.databind.json.JsonMapper;

import io.parallax.article.ArticleFilter;
import io.parallax.outlet.Outlets;
import io.parallax.story.Stories;
import io.parallax.system.InvalidFilterException;
import jakarta.servlet.http.HttpServletResponse;

/** The claim matrix and the timeline, both over the articles the filters select. */
@Controller
class CompareController {

    static final String MATRIX = "compare/matrix";
    static final String TIMELINE = "compare/timeline";
    static final int MAX_COLUMNS = 12;
    static final int VALUES_PER_CELL = 2;

    private final ComparisonService comparisons;
    private final Outlets outlets;
    private final Stories stories;
    private final JsonMapper json;

    CompareController(ComparisonService comparisons, Outlets outlets, Stories stories, JsonMapper json) {
        this.comparisons = comparisons;
        this.outlets = outlets;
        this.stories = stories;
        this.json = json;
    }

    @GetMapping("/compare")
    String matrix(@ModelAttribute("filter") ArticleFilter filter, Model model, HttpServletResponse response) {
        withMatrix(filter, false, model, response, matrix -> {
            // A reader can compare a dozen outlets at a glance; more are one filter away.
            boolean chosen = filter.outlet() != null && !filter.outlet().isEmpty();
            Matrix shown = chosen ? matrix : matrix.limitedTo(MAX_COLUMNS);
            model.addAttribute("matrix", shown);
            model.addAttribute("valuesPerCell", VALUES_PER_CELL);
            model.addAttribute("sentences", comparisons.sentencesShown(shown, VALUES_PER_CELL));
            model.addAttribute("hiddenOutlets", matrix.columns().size() - shown.columns().size());
        });
        return MATRIX;
    }

    @GetMapping("/timeline")
    String timeline(@ModelAttribute("filter") ArticleFilter filter, Model model, HttpServletResponse response) {
        withMatrix(filter, true, model, response, matrix -> {
            Timeline timeline = Timeline.of(matrix);
            model.addAttribute("timeline", timeline);
            model.addAttribute("chartData", chartJson(timeline.figures()));
        });
        return TIMELINE;
    }

    /** Fills in what the filter form needs, then the matrix, or the filter errors with a 400. */
    private void withMatrix(ArticleFilter filter, boolean sentences, Model model, HttpServletResponse response,
            Consumer<Matrix> show) {
        model.addAttribute("outlets", outlets.summaries());
        model.addAttribute("stories", stories.all());
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
        List<Map<String, Object>> points = figures.stream().map(f -> Map.<String, Object>of("date", f.publishedOn().toString(),
                "low", f.low(), "high", f.high(), "value", f.value(), "text", f.text(), "outlet", f.outlet(),
                "source", f.source(), "qualifier", f.qualifier() == null ? "" : f.qualifier())).toList();
        return json.writeValueAsString(points).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
