package io.parallax.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.parallax.importer.ImportJobs.ItemKind;
import io.parallax.importer.ImportJobs.NewItem;

/**
 * Turns uploaded files into import items: {@code .ndjson} (one article a line), {@code .json} (an article or an array
 * of them, the API's fields), {@code .csv} with a header row naming those fields, {@code .txt} and {@code .html} (one
 * article each), and {@code .zip} archives of any of these, within caps on entries and unpacked size.
 */
@Component
class UploadReader {

    static final int MAX_ZIP_ENTRIES = 2_000;
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    private final JsonMapper json;

    UploadReader(JsonMapper json) {
        this.json = json;
    }

    /** Defaults for what a plain text or HTML file does not say itself. */
    record Defaults(String outlet, String publishedAt, String story) {

        static final Defaults NONE = new Defaults(null, null, null);
    }

    /** The items in one uploaded file; a file that is too big unpacked throws {@link UploadTooLargeException}. */
    List<NewItem> read(String fileName, byte[] content, Defaults defaults) {
        List<NewItem> items = new ArrayList<>();
        read(fileName == null ? "upload" : fileName, content, defaults, items, new long[] {0, 0});
        return items;
    }

    /** NDJSON text: one item per non-blank line, each named by its line number. */
    List<NewItem> lines(String text, String prefix) {
        List<NewItem> items = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                items.add(new NewItem(ItemKind.JSON, prefix + "line " + (i + 1), lines[i].strip()));
            }
        }
        return items;
    }

    private void read(String name, byte[] content, Defaults defaults, List<NewItem> items, long[] zipTotals) {
        String lower = name.toLowerCase(Locale.ROOT);
        String extension = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        switch (extension) {
            case "ndjson", "jsonl" -> items.addAll(lines(utf8(content), name + ", "));
            case "json" -> json(name, utf8(content), items);
            case "csv" -> csv(name, utf8(content), defaults, items);
            case "txt" -> items.add(article(name, defaults, null, utf8(content)));
            case "html", "htm" -> html(name, content, defaults, items);
            case "zip" -> zip(name, content, defaults, items, zipTotals);
            default -> items.add(new NewItem(ItemKind.REFUSED, name,
                    "not a file Parallax reads (.txt, .html, .json, .ndjson, .csv or .zip)"));
        }
    }

    private void json(String name, String text, List<NewItem> items) {
        JsonNode node;
        try {
            node = json.readTree(text);
        }
        catch (JacksonException ex) {
            items.add(new NewItem(ItemKind.REFUSED, name, "not valid JSON"));
            return;
        }
        if (node != null && node.isArray()) {
            int i = 0;
            for (JsonNode element : node) {
                items.add(new NewItem(ItemKind.JSON, name + ", item " + (++i), element.toString()));
            }
        }
        else {
            items.add(new NewItem(ItemKind.JSON, name, text));
        }
    }

    private void csv(String name, String text, Defaults defaults, List<NewItem> items) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), format)) {
            for (CSVRecord record : parser) {
                Map<String, String> fields = new LinkedHashMap<>();
                record.toMap().forEach((key, value) -> {
                    if (key != null && !key.isBlank() && value != null && !value.isEmpty()) {
                        fields.put(key.strip(), value);
                    }
                });
                fields.putIfAbsent("outlet", defaults.outlet());
                fields.putIfAbsent("publishedAt", defaults.publishedAt());
                fields.putIfAbsent("story", defaults.story());
                fields.values().removeIf(v -> v == null);
                items.add(new NewItem(ItemKind.JSON, name + ", row " + (record.getRecordNumber() + 1),
                        json.writeValueAsString(fields)));
            }
        }
        catch (IOException | RuntimeException ex) {
            items.add(new NewItem(ItemKind.REFUSED, name, "not a CSV file with a header row ("
                    + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()) + ")"));
        }
    }

    private void html(String name, byte[] content, Defaults defaults, List<NewItem> items) {
        try {
            var page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
            ArticleSubmission found = HtmlArticles.read(page, null);
            ArticleSubmission withDefaults = new ArticleSubmission(
                    found.outlet() != null ? found.outlet() : defaults.outlet(), found.outletKind(), found.outletDomain(),
                    found.outletCountry(), found.url(), found.publishedVia(), found.title(), found.byline(),
                    found.publishedAt() != null ? found.publishedAt() : defaults.publishedAt(), found.publishedAtInferred(),
                    found.language(), defaults.story(), found.wire(), found.body());
            items.add(new NewItem(ItemKind.JSON, name, json.writeValueAsString(withDefaults)));
        }
        catch (IOException ex) {
            items.add(new NewItem(ItemKind.REFUSED, name, "not readable as HTML"));
        }
    }

    private NewItem article(String name, Defaults defaults, String title, String body) {
        ArticleSubmission submission = new ArticleSubmission(defaults.outlet(), null, null, null, null, null, title, null,
                defaults.publishedAt(), null, null, defaults.story(), null, body);
        return new NewItem(ItemKind.JSON, name, json.writeValueAsString(submission));
    }

    private void zip(String name, byte[] content, Defaults defaults, List<NewItem> items, long[] totals) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String entryName = entry.getName();
                String base = entryName.substring(entryName.lastIndexOf('/') + 1);
                if (entry.isDirectory() || base.startsWith(".") || entryName.startsWith("__MACOSX/")) {
                    continue;
                }
                if (++totals[0] > MAX_ZIP_ENTRIES) {
                    throw new UploadTooLargeException(name + " holds more than " + MAX_ZIP_ENTRIES + " files");
                }
                // Count what is actually unpacked: the sizes an archive declares can lie.
                byte[] bytes = readCapped(zip, MAX_UNPACKED_BYTES - totals[1], name);
                totals[1] += bytes.length;
                if (base.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    items.add(new NewItem(ItemKind.REFUSED, name + ", " + entryName, "archives inside archives are not read"));
                    continue;
                }
                read(name + ", " + entryName, bytes, defaults, items, totals);
            }
        }
        catch (IOException ex) {
            items.add(new NewItem(ItemKind.REFUSED, name, "not a readable zip archive"));
        }
    }

    private static byte[] readCapped(InputStream in, long remaining, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > remaining) {
                throw new UploadTooLargeException(name + " unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String utf8(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** An upload over the caps: too many files in an archive, or too much once unpacked. */
    static class UploadTooLargeException extends RuntimeException {

        UploadTooLargeException(String message) {
            super(message);
        }
    }
}
