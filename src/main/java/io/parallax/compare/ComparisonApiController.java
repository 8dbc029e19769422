package io.parallax.compare;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import io.parallax.analysis.ClaimValue;
import io.parallax.article.ArticleFilter;
import io.parallax.claim.ClaimView;

/** The claim matrix as JSON, with the same filters as the page. */
@RestController
class ComparisonApiController {

    private final ComparisonService comparisons;

    ComparisonApiController(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/api/comparison")
    ComparisonResource comparison(@ModelAttribute ArticleFilter filter) {
        Matrix matrix = comparisons.compare(filter.validate());
        return new ComparisonResource(matrix.articleCount(),
                matrix.columns().stream().map(Matrix.Column::outlet).toList(),
                matrix.rows().stream().map(RowResource::of).toList());
    }

    record ComparisonResource(int articles, List<String> outlets, List<RowResource> rows) {
    }

    record RowResource(String subject, String label, String question, String type, String consensus, String verdict,
            boolean disagreement, int independentSources, String reason, List<String> reasoning, String change,
            String explanation, List<CellResource> cells) {

        static RowResource of(Matrix.Row row) {
            List<CellResource> cells = row.cells().stream().flatMap(c -> c.entries().stream()).map(CellResource::of).toList();
            return new RowResource(row.subject(), row.label(), row.question(), row.type().name(), row.consensus(),
                    row.verdict().label(), row.disagreement(), row.sources(), row.reason(), row.reasoning(), row.change(),
                    row.explanation(), cells);
        }
    }

    /** One claim in a cell: the value as said ({@code value}) and the value's own fields beside it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CellResource(String outlet, String outletSlug, long articleId, LocalDate publishedAt, boolean publishedAtInferred,
            long claimId, String value, @JsonUnwrapped ClaimValue normalised, String text, String sentence,
            String attribution, String sourceKey, boolean dissenting, String independentSource, Long copyOf, String relation,
            Double similarity) {

        static CellResource of(Matrix.Entry e) {
            ClaimView c = e.claim();
            return new CellResource(e.article().outlet(), e.article().outletSlug(), e.article().id(), e.article().publishedOn(),
                    e.article().publishedOnInferred(), c.id(), c.valueLabel(), c.value(), c.text(), c.sentence(),
                    c.attributionLabel(), c.sourceKey(), e.dissenting(), e.article().sourceName(),
                    e.article().lineage() == null ? null : e.article().lineage().originalId(),
                    e.article().lineage() == null ? null : e.article().lineage().relation().name(),
                    e.article().lineage() == null ? null : e.article().lineage().similarity());
        }
    }
}
