package io.parallax.importer;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.parallax.importer.ImportJobs.ItemKind;
import io.parallax.importer.ImportJobs.ItemStatus;
import io.parallax.importer.ImportJobs.NewItem;
import io.parallax.system.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "Add articles" page for editors: paste a text, upload files or give web addresses; each request becomes an
 * import that runs in the background, whose page shows its progress and what was refused, and can be left and reopened.
 */
@Controller
class ImportPageController {

    private static final String FORM = "importer/form";
    private static final String DETAILS = "importer/details";
    private static final int SHOWN = 200;

    private final BulkImporter importer;
    private final ImportJobs jobs;
    private final UploadReader uploads;
    private final JsonMapper json;

    ImportPageController(BulkImporter importer, ImportJobs jobs, UploadReader uploads, JsonMapper json) {
        this.importer = importer;
        this.jobs = jobs;
        this.uploads = uploads;
        this.json = json;
    }

    /** What the form sends; every field is optional, but something must be given. */
    record AddArticles(String text, String title, String outlet, String url, String publishedAt, String story,
            String defaultOutlet, String urls) {
    }

    @GetMapping("/imports")
    String form(Model model) {
        model.addAttribute("recent", jobs.recent(20));
        return FORM;
    }

    @PostMapping("/imports")
    String add(@ModelAttribute AddArticles form, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Principal user, Model model) throws IOException {
        List<NewItem> items = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        String story = blank(form.story());
        if (blank(form.text()) != null) {
            ArticleSubmission pasted = new ArticleSubmission(blank(form.outlet()), null, null, null, blank(form.url()), null,
                    blank(form.title()), null, blank(form.publishedAt()), null, null, story, null, form.text());
            items.add(new NewItem(ItemKind.JSON, "pasted text", json.writeValueAsString(pasted)));
            labels.add("pasted text");
        }
        UploadReader.Defaults defaults = new UploadReader.Defaults(blank(form.defaultOutlet()), null, story);
        try {
            for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
                if (!file.isEmpty()) {
                    items.addAll(uploads.read(file.getOriginalFilename(), file.getBytes(), defaults));
                    labels.add(file.getOriginalFilename());
                }
            }
        }
        catch (UploadReader.UploadTooLargeException ex) {
            return again(model, form, ex.getMessage() + ". Split the archive into smaller ones.");
        }
        if (form.urls() != null) {
            form.urls().lines().map(String::strip).filter(u -> !u.isEmpty()).forEach(address -> {
                items.add(new NewItem(ItemKind.URL, address, address));
                labels.add(address);
            });
        }
        if (items.isEmpty()) {
            return again(model, form, "Paste a text, choose files or give web addresses to import.");
        }
        String label = labels.size() == 1 ? labels.getFirst() : labels.getFirst() + " and " + (labels.size() - 1) + " more";
        long id = importer.submit(ImportOrigin.BROWSER, label, user.getName(), items);
        return "redirect:/imports/" + id;
    }

    @GetMapping("/imports/{id}")
    String details(@PathVariable long id, Model model) {
        fill(id, model);
        return DETAILS;
    }

    /** The progress section alone, which the page polls with htmx while the import runs. */
    @GetMapping(path = "/imports/{id}/progress")
    String progress(@PathVariable long id, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        fill(id, model);
        return htmx != null ? DETAILS + " :: progress" : DETAILS;
    }

    @GetMapping("/imports/{id}/refused.csv")
    ResponseEntity<byte[]> refused(@PathVariable long id) throws IOException {
        jobs.progress(id).orElseThrow(() -> NotFoundException.forId("import", id));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("item", "source", "field", "reason").get())) {
            for (ImportItem item : jobs.items(id, ItemStatus.REFUSED, 0, Integer.MAX_VALUE)) {
                csv.printRecord(item.line(), item.source(), item.field(), item.reason());
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("import-" + id + "-refused.csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void fill(long id, Model model) {
        ImportProgress progress = jobs.progress(id).orElseThrow(() -> NotFoundException.forId("import", id));
        model.addAttribute("job", progress);
        model.addAttribute("refused", jobs.items(id, ItemStatus.REFUSED, 0, SHOWN));
        model.addAttribute("stored", jobs.items(id, ItemStatus.STORED, 0, SHOWN));
        model.addAttribute("duplicates", jobs.items(id, ItemStatus.DUPLICATE, 0, SHOWN));
        model.addAttribute("shown", SHOWN);
    }

    private String again(Model model, AddArticles form, String error) {
        model.addAttribute("error", error);
        model.addAttribute("form", form);
        model.addAttribute("recent", jobs.recent(20));
        return FORM;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
