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

import io.parallax.importer.ImportJobs.ItemStatus;
import io.parallax.importer.ImportJobs.NewItem;
import io.parallax.system.NotFoundException;

/**
 * The bulk API: {@code POST /api/imports} takes NDJSON (one article a line, the fields of {@code POST /api/articles})
 * or uploaded files, answers 202 at once, and {@code GET /api/imports/{id}} reports progress and every line's result.
 */
@RestController
class BulkImportApiController {

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
    ResponseEntity<Map<String, Object>> importLines(HttpServletRequest request, Principal user) throws IOException {
        String text = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return accepted(uploads.lines(text, ""), "NDJSON", user);
    }

    @PostMapping(path = "/api/imports", consumes = "multipart/form-data")
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
    Map<String, Object> progress(@PathVariable long id, @RequestParam(required = false) ItemStatus status,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "1000") int limit) {
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
