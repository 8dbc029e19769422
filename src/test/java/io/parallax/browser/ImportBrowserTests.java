package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * An editor signs in, uploads a zip of HTML pages and a CSV file, watches the import finish and finds the articles.
 * It adds articles, so it runs on a database of its own and leaves the seed-only archive to the other browser tests.
 */
@TestPropertySource(properties = "parallax.data-dir=target/browser-test-data-import")
class ImportBrowserTests extends BrowserTests {

    private static String page(String site, String headline, String date, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%2$s</title>
                <meta property="og:site_name" content="%1$s"><meta property="og:title" content="%2$s">
                <meta property="article:published_time" content="%3$s"></head>
                <body><nav><a href="/">Front page</a> <a href="/world">World</a></nav>
                <article><h1>%2$s</h1>%4$s</article><footer>Contact the newsroom</footer></body></html>
                """.formatted(site, headline, date, body);
    }

    private static Path files() throws IOException {
        Path dir = Files.createTempDirectory("parallax-import-upload-");
        Path zip = dir.resolve("pages.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "pages/quarry.html", page("Valley Tribune", "Quarry permit vote delayed again", "2025-03-12",
                    "The county board delayed its vote on the quarry permit on Tuesday for the third time this year.",
                    "Residents filled the hall and about 200 people signed a petition against the expansion."));
            entry(out, "pages/ferry.html", page("Coastline Post", "Ferry strike ends after four days", "2025-03-14",
                    "Ferry crews returned to work on Friday after the union accepted a new pay offer.",
                    "The strike had stranded travellers on the islands since Monday."));
            entry(out, "pages/notes.md", "Notes that are not an article.");
        }
        Path csv = dir.resolve("desk.csv");
        Files.writeString(csv, """
                outlet,title,publishedAt,url,body
                Harbour Ledger,Library reopens after flood repairs,2025-03-10,https://ledger.example/library,"The central library reopened on Monday after months of repairs to its flooded basement, the council said."
                Harbour Ledger,No text here,2025-03-10,https://ledger.example/empty,
                """, StandardCharsets.UTF_8);
        return dir;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void anEditorUploadsAZipOfPagesAndACsvWatchesTheProgressAndFindsTheArticles() throws IOException {
        open("/login");
        find("#username").sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("test-password");
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlToBe(url("/")));

        browser.findElement(By.linkText("Add articles")).click();
        waitFor().until(ExpectedConditions.titleContains("Add articles"));
        Path dir = files();
        find("#files").sendKeys(dir.resolve("pages.zip").toAbsolutePath() + "\n" + dir.resolve("desk.csv").toAbsolutePath());
        browser.findElement(By.cssSelector("form.import-form button[type=submit]")).click();

        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#import-progress .import-status"), "Done."));
        WebElement bar = find("#import-bar");
        assertThat(bar.getDomAttribute("value")).isEqualTo(bar.getDomAttribute("max")).isEqualTo("5");
        assertThat(browser.findElement(By.cssSelector(".import-counts")).getText())
                .contains("5 of 5 done", "3 stored", "0 duplicates", "2 refused");
        assertThat(browser.findElements(By.cssSelector(".import-refused tbody tr")).stream().map(WebElement::getText).toList())
                .anySatisfy(row -> assertThat(row).contains("pages.zip, pages/notes.md", "not a file Parallax reads"))
                .anySatisfy(row -> assertThat(row).contains("desk.csv, row 3", "body", "body is required"));
        assertThat(browser.findElements(By.cssSelector(".import-stored a")).stream().map(WebElement::getText).toList())
                .containsExactlyInAnyOrder("Quarry permit vote delayed again", "Ferry strike ends after four days",
                        "Library reopens after flood repairs");
        screenshot("import-done-desktop", 1280, 900);

        open("/imports");
        assertThat(find(".recent-imports tbody tr").getText()).contains("pages.zip and 1 more", "done");

        open("/articles?q=ferry");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#results"), "Ferry strike ends after four days"));
        open("/articles?outlet=valley-tribune");
        assertThat(titles(browser)).containsExactly("Quarry permit vote delayed again");
    }
}
