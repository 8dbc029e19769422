package io.parallax.compare;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.parallax.analysis.ClaimValue;
import io.parallax.article.ArticleFilter;
import io.parallax.claim.ClaimView;
import io.parallax.system.ApiPage;
import io.parallax.system.Paging;
import jakarta.servlet.http.HttpServletRequest;

/** The claim matrix as JSON, with the same filters as the page. */
@RestController
class ComparisonApiController {

    /** Claims listed in one row; a fact one long article repeats thousands of times links to the rest. */
    static final int CELLS_PER_ROW = 30;

    private final ComparisonService comparisons;

    ComparisonApiController(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    /**
     * The matrix a page of rows at a time ({@code size} up to {@value ArticleFilter#MAX_SIZE}, the default), each row
     * with at most {@value #CELLS_PER_ROW} of its claims and a link to all of them.
     */
    @GetMapping("/api/comparison")
    ComparisonResource comparison(@ModelAttribute ArticleFilter filter, HttpServletRequest request) {
        ArticleFilter.Criteria criteria = filter.validate();
        int size = filter.size() == null || filter.size().isBlank() ? ArticleFilter.MAX_SIZE : criteria.size();
        Paging paging = new Paging(criteria.page(), size);
        // The page and size choose rows, not articles: every page is cut from the same (cached) matrix.
        Matrix matrix = comparisons.compare(new ArticleFilter.Criteria(criteria.outlets(), criteria.from(), criteria.to(),
                criteria.q(), criteria.story(), 1, ArticleFilter.DEFAULT_SIZE));
        List<Matrix.Row> rows = matrix.rows();
        List<RowResource> shown = rows.stream().skip(paging.offset()).limit(size).map(row -> RowResource.of(row, criteria)).toList();
        ApiPage<RowResource> page = ApiPage.of(shown, paging, rows.size(), request);
        return new ComparisonResource(matrix.articleCount(),
                matrix.columns().stream().map(Matrix.Column::outlet).toList(),
                page.items(), page.page(), page.size(), page.total(), page.totalPages(), page.next(), page.previous());
    }

    record ComparisonResource(int articles, List<String> outlets, List<RowResource> rows, int page, int size, long totalRows,
            int totalPages, String next, String previous) {
    }

    /** A row: its verdict and its first claims; {@code allCells} lists every claim on the fact, page by page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RowResource(String subject, String label, String question, String type, String consensus, String verdict,
            boolean disagreement, int independentSources, String reason, List<String> reasoning, String change,
            String explanation, List<CellResource> cells, int cellCount, String allCells) {

        static RowResource of(Matrix.Row row, ArticleFilter.Criteria criteria) {
            List<Matrix.Entry> entries = row.cells().stream().flatMap(c -> c.entries().stream()).toList();
            List<CellResource> cells = entries.stream().limit(CELLS_PER_ROW).map(CellResource::of).toList();
            String all = entries.size() <= CELLS_PER_ROW || row.subject() == null ? null
                    : UriComponentsBuilder.fromPath("/api/claims").queryParam("type", row.type().name())
                            .queryParam("subject", row.subject()).queryParamIfPresent("outlet", java.util.Optional.ofNullable(
                                    criteria.outlets().isEmpty() ? null : criteria.outlets()))
                            .queryParamIfPresent("from", java.util.Optional.ofNullable(criteria.from()))
                            .queryParamIfPresent("to", java.util.Optional.ofNullable(criteria.to()))
                            .encode().build().toUriString();
            return new RowResource(row.subject(), row.label(), row.question(), row.type().name(), row.consensus(),
                    row.verdict().label(), row.disagreement(), row.sources(), row.reason(), row.reasoning(), row.change(),
                    row.explanation(), cells, entries.size(), all);
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
                    e.article().publishedOnInferred(), c.id(), c.valueLabel(), c.value(), c.text(), c.sentenceExcerpt(),
                    c.attributionLabel(), c.sourceKey(), e.dissenting(), e.article().sourceName(),
                    e.article().lineage() == null ? null : e.article().lineage().originalId(),
                    e.article().lineage() == null ? null : e.article().lineage().relation().name(),
                    e.article().lineage() == null ? null : e.article().lineage().similarity());
        }
    }
}
