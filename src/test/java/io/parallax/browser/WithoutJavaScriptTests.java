package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The pages are plain links and forms, so a reader with JavaScript switched off can do everything. */
class WithoutJavaScriptTests extends BrowserTests {

    private Path profile;
    private WebDriver plain;

    @BeforeEach
    void startBrowserWithoutJavaScript() {
        profile = temporaryDirectory("parallax-chromium-nojs-");
        plain = browserWithoutJavaScript(profile);
    }

    @AfterEach
    void quitBrowserWithoutJavaScript() {
        if (plain != null) {
            plain.quit();
        }
        deleteQuietly(profile);
    }

    @Test
    void theFilterFormWorksWithJavaScriptSwitchedOff() {
        open(plain, "/articles");
        assertThat(text(plain, "#results .result-count")).isEqualTo("Showing 1–5 of 5 articles");
        assertThat(htmxLoaded()).as("htmx ran although JavaScript is off").isFalse();

        tickOutlet(plain, "Hurriyet Daily News");
        tickOutlet(plain, "Radio Shoma 93.4");
        applyFilters(plain);

        waitFor(plain).until(ExpectedConditions.urlContains("outlet=hurriyet-daily-news"));
        waitFor(plain).until(ExpectedConditions.urlContains("outlet=radio-shoma-93-4"));
        assertThat(text(plain, "#results .result-count")).isEqualTo("Showing 1–2 of 2 articles");
        assertThat(titles(plain)).containsExactly(ArticleListTests.HURRIYET_TITLE, ArticleListTests.RADIO_SHOMA_TITLE);

        plain.findElement(By.linkText(ArticleListTests.RADIO_SHOMA_TITLE)).click();
        waitFor(plain).until(ExpectedConditions.urlMatches("/articles/\\d+$"));
        assertThat(text(plain, "h1")).isEqualTo(ArticleListTests.RADIO_SHOMA_TITLE);
    }

    /** Whether the page's htmx script ran; asking may itself fail when the browser runs no script. */
    private boolean htmxLoaded() {
        try {
            return Boolean.TRUE.equals(((JavascriptExecutor) plain).executeScript("return typeof window.htmx === 'object'"));
        }
        catch (WebDriverException ex) {
            return false;
        }
    }
}
