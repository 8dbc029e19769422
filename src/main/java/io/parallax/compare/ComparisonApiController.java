package io.parallax.compare;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

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

    record RowResource(String subject, String label, String question, String type, String consensus, boolean disagreement,
            String explanation, List<CellResource> cells) {

        static RowResource of(Matrix.Row row) {
            List<CellResource> cells = row.cells().stream().flatMap(c -> c.entries().stream()).map(CellResource::of).toList();
            return new RowResource(row.subject(), row.label(), row.question(), row.type().name(), row.consensus(),
                    row.disagreement(), row.explanation(), cells);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CellResource(String outlet, String outletSlug, long articleId, LocalDate publishedAt, boolean publishedAtInferred,
            long claimId, String value, String date, String precision, Integer min, Integer max, String qualifier,
            String chamber, Integer votesFor, Integer votesAgainst, Integer abstentions, Boolean unanimous, String text,
            String sentence, String attribution, boolean dissenting) {

        static CellResource of(Matrix.Entry e) {
            ClaimView c = e.claim();
            return new CellResource(e.article().outlet(), e.article().outletSlug(), e.article().id(), e.article().publishedOn(),
                    e.article().publishedOnInferred(), c.id(), c.valueLabel(), c.date(),
                    c.precision() == null ? null : c.precision().name(), c.min(), c.max(),
                    c.qualifier() == null ? null : c.qualifier().name(), c.chamber(), c.votesFor(), c.votesAgainst(),
                    c.abstentions(), c.unanimous(), c.text(), c.sentence(), c.attributionLabel(), e.dissenting());
        }
    }
}
