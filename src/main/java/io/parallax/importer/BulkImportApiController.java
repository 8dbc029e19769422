package io.parallax.importer;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.parallax.importer.ImportJobs.ItemStatus;
import io.parallax.importer.ImportJobs.NewItem;
import io.parallax.system.NotFoundException;

/**
 * The bulk API: {@code POST /api/imports} takes NDJSON (one article a line, the fields of {@code POST /api/articles})
 * or uploaded files, answers 202 at once, and {@code GET /api/imports/{id}} reports progress and every line's result.
 */
@RestController
@Tag(name = "Imports", description = "Bulk import: many articles in one request, stored in the background with a result per line "
        + "(editor role, HTTP Basic)")
class BulkImportApiController {

    private static final String PROBLEM = "application/problem+json";
    private static final String ACCEPTED_EXAMPLE = """
            {"id": 7, "status": "RUNNING", "total": 2, "progress": "http://localhost:8080/api/imports/7"}""";
    private static final String NDJSON_EXAMPLE = """
            {"outlet": "Reuters", "url": "https://example.org/a", "title": "Senate ratifies the pact", "publishedAt": "2024-10-24", "body": "The Senate voted 68-31 ..."}
            {"outlet": "AP", "title": "Pact ratified", "publishedAt": "2024-10-24", "story": "Treaty ratification", "body": "..."}""";
    private static final String PROGRESS_EXAMPLE = """
            {"id": 7, "label": "NDJSON", "status": "DONE", "total": 2, "done": 2, "stored": 1, "duplicates": 0, "refused": 1,
             "pending": 0, "createdAt": "2024-10-24T10:00:00Z", "finishedAt": "2024-10-24T10:00:01Z",
             "items": [{"line": 1, "source": "line 1", "status": "STORED", "articleId": 41},
                       {"line": 2, "source": "line 2", "status": "REFUSED", "field": "body", "reason": "body must not be blank"}]}""";

    private static final int MAX_ITEMS_PER_PAGE = 10_000;

    private final BulkImporter importer;
    private final ImportJobs jobs;
    private final UploadReader uploads;

    BulkImportApiController(BulkImporter importer, ImportJobs jobs, UploadReader uploads) {
        this.importer = importer;
        this.jobs = jobs;
        this.uploads = uploads;
    }

    @PostMapping(path = "/api/imports", consumes = {"application/x-ndjson", "application/jsonl", "application/json", "text/plain"})
    @Operation(summary = "Import many articles: NDJSON (one article a line, the fields of POST /api/articles) or uploaded files",
            description = "Answers 202 at once with the import's id; the articles are then checked, stored and their claims "
                    + "extracted in the background. Each line is checked and de-duplicated exactly as POST /api/articles "
                    + "would; a bad line is refused with its reason and never spoils the good ones. Follow the Location "
                    + "header (GET /api/imports/{id}) for progress and every line's result.",
            security = @SecurityRequirement(name = "basicAuth"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"),
                            examples = @ExampleObject(value = NDJSON_EXAMPLE)),
                    @Content(mediaType = "multipart/form-data", schema = @Schema(type = "object",
                            description = "One or more parts named \"file\": .ndjson, .json, .csv (with a header row), .txt, "
                                    + ".html, or a .zip of these"))}),
            responses = {
                    @ApiResponse(responseCode = "202", description = "Accepted: the import runs in the background.",
                            headers = @Header(name = "Location", description = "GET it for progress and per-line results",
                                    schema = @Schema(type = "string", format = "uri")),
                            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
                                    examples = @ExampleObject(value = ACCEPTED_EXAMPLE))),
                    @ApiResponse(responseCode = "400", description = "The request holds no articles (no line, no file).",
                            content = @Content(mediaType = PROBLEM, schema = @Schema(type = "object"))),
                    @ApiResponse(responseCode = "401", description = "No valid editor or admin credentials on this request.",
                            content = @Content(mediaType = PROBLEM, schema = @Schema(type = "object"))),
                    @ApiResponse(responseCode = "413", description = "The request, a file or a zip's content is over the import "
                            + "limit (parallax.import.max-request-size, 64 MB by default).",
                            content = @Content(mediaType = PROBLEM, schema = @Schema(type = "object")))})
    ResponseEntity<Map<String, Object>> importLines(HttpServletRequest request, Principal user) throws IOException {
        String text = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return accepted(uploads.lines(text, ""), "NDJSON", user);
    }

    @PostMapping(path = "/api/imports", consumes = "multipart/form-data")
    @Operation(summary = "Import many articles from uploaded files (documented with the NDJSON form above)", hidden = true)
    ResponseEntity<Map<String, Object>> importFiles(@RequestParam("file") List<MultipartFile> files, Principal user)
            throws IOException {
        List<NewItem> items = new ArrayList<>();
        for (MultipartFile file : files) {
            items.addAll(uploads.read(file.getOriginalFilename(), file.getBytes(), UploadReader.Defaults.NONE));
        }
        String label = files.size() == 1 ? files.getFirst().getOriginalFilename() : files.size() + " files";
        return accepted(items, label, user);
    }

    @GetMapping("/api/imports/{id}")
    @Operation(summary = "An import's progress (done, stored, duplicates, refused, pending) and the result of each line",
            security = @SecurityRequirement(name = "basicAuth"),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The import's counts and a page of its items in line order.",
                            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
                                    examples = @ExampleObject(value = PROGRESS_EXAMPLE))),
                    @ApiResponse(responseCode = "401", description = "No valid editor or admin credentials on this request.",
                            content = @Content(mediaType = PROBLEM, schema = @Schema(type = "object"))),
                    @ApiResponse(responseCode = "404", description = "No import has this id.",
                            content = @Content(mediaType = PROBLEM, schema = @Schema(type = "object")))})
    Map<String, Object> progress(@PathVariable long id,
            @Parameter(description = "Only the items with this result") @RequestParam(required = false) ItemStatus status,
            @Parameter(description = "Items to skip") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "Items to return, at most 10,000") @RequestParam(defaultValue = "1000") int limit) {
        ImportProgress p = jobs.progress(id).orElseThrow(() -> NotFoundException.forId("import", id));
        Map<String, Object> body = summary(p);
        List<Map<String, Object>> items = new ArrayList<>();
        for (ImportItem item : jobs.items(id, status, Math.max(0, offset), Math.clamp(limit, 1, MAX_ITEMS_PER_PAGE))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("line", item.line());
            row.put("source", item.source());
            row.put("status", item.status());
            if (item.articleId() != null) {
                row.put("articleId", item.articleId());
            }
            if (item.field() != null) {
                row.put("field", item.field());
            }
            if (item.reason() != null) {
                row.put("reason", item.reason());
            }
            items.add(row);
        }
        body.put("items", items);
        return body;
    }

    @GetMapping("/api/imports")
    @Operation(summary = "The 50 most recent imports with their counts, newest first",
            security = @SecurityRequirement(name = "basicAuth"),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The imports' summaries.",
                            content = @Content(mediaType = "application/json", schema = @Schema(type = "array"))),
                    @ApiResponse(responseCode = "401", description = "No valid editor or admin credentials on this request.",
                            content = @Content(mediaType = PROBLEM, schema = @Schema(type = "object")))})
    List<Map<String, Object>> recent() {
        return jobs.recent(50).stream().map(BulkImportApiController::summary).toList();
    }

    @ExceptionHandler(UploadReader.UploadTooLargeException.class)
    ProblemDetail tooLarge(UploadReader.UploadTooLargeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage() + ".");
        problem.setTitle("Upload too large");
        return problem;
    }

    private ResponseEntity<Map<String, Object>> accepted(List<NewItem> items, String label, Principal user) {
        if (items.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The request holds no articles: send one JSON object per line, or upload files.");
            problem.setTitle("Nothing to import");
            throw new EmptyImportException(problem);
        }
        long id = importer.submit(ImportOrigin.API, label, user == null ? null : user.getName(), items);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/imports/{id}").buildAndExpand(id).toUri();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("status", "RUNNING");
        body.put("total", items.size());
        body.put("progress", location.toString());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(location).body(body);
    }

    @ExceptionHandler(EmptyImportException.class)
    ProblemDetail empty(EmptyImportException ex) {
        return ex.problem;
    }

    private static Map<String, Object> summary(ImportProgress p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", p.id());
        body.put("label", p.label());
        body.put("status", p.status());
        body.put("total", p.total());
        body.put("done", p.done());
        body.put("stored", p.stored());
        body.put("duplicates", p.duplicates());
        body.put("refused", p.refused());
        body.put("pending", p.pending());
        body.put("createdAt", p.createdAt());
        body.put("finishedAt", p.finishedAt());
        return body;
    }

    private static class EmptyImportException extends RuntimeException {

        private final transient ProblemDetail problem;

        EmptyImportException(ProblemDetail problem) {
            super(problem.getDetail());
            this.problem = problem;
        }
    }
}
