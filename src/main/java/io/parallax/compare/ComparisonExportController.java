package io.parallax.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import io.parallax.article.ArticleFilter;
import io.parallax.claim.ClaimView;

/** The claim matrix as a CSV file, one line per claim in a cell, for spreadsheets and notebooks. */
@RestController
class ComparisonExportController {

    private static final List<String> HEADER = List.of("question", "subject", "type", "verdict", "independent_sources", "reason",
            "consensus", "disagreement", "outlet", "independent_source", "copy_of", "article_id", "published_on", "published_on_inferred", "value", "as_written", "source", "sentence", "differs");

    private final ComparisonService comparisons;

    ComparisonExportController(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/compare.csv")
    ResponseEntity<String> csv(@ModelAttribute ArticleFilter filter) {
        Matrix matrix = comparisons.compare(filter.validate());
        String body = Stream.concat(Stream.of(line(HEADER)), matrix.rows().stream().flatMap(row -> row.cells().stream()
                        .flatMap(cell -> cell.entries().stream()).map(e -> line(fields(row, e)))))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"parallax-comparison.csv\"")
                .body(body);
    }

    private static List<String> fields(Matrix.Row row, Matrix.Entry e) {
        ClaimView c = e.claim();
        LocalDate published = e.article().publishedOn();
        return List.of(row.question(), row.subject(), row.type().name(), row.verdict().label(), String.valueOf(row.sources()),
                row.reason(), row.consensus() == null ? "" : row.consensus(),
                String.valueOf(row.disagreement()), e.article().outlet(), e.article().sourceName(),
                e.article().lineage() == null ? "" : String.valueOf(e.article().lineage().originalId()),
                String.valueOf(e.article().id()),
                published == null ? "" : published.toString(), String.valueOf(e.article().publishedOnInferred()),
                c.valueLabel(), c.text(), c.attributionLabel() == null ? "" : c.attributionLabel(), c.sentence(),
                String.valueOf(e.dissenting()));
    }

    static String line(List<String> fields) {
        return fields.stream().map(ComparisonExportController::field).collect(Collectors.joining(","));
    }

    /** Quotes every field, and keeps spreadsheet programs from reading article text as a formula. */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
