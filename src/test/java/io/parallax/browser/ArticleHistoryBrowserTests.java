package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The article list's filters with JavaScript on: Back restores whole pages, bad dates show their error, pages count from 1. */
class ArticleHistoryBrowserTests extends BrowserTests {

    @Test
    void backAfterChangingAFilterRestoresTheWholeListPage() {
        open("/articles");
        tickOutlet(browser, "Radio Shoma 93.4");
        waitFor().until(ExpectedConditions.urlContains("outlet=radio-shoma-93-4"));
        waitForResultCount("Showing 1–1 of 1 article");
        tickOutlet(browser, "Hurriyet Daily News");
        waitFor().until(ExpectedConditions.urlContains("outlet=hurriyet-daily-news"));
        waitForResultCount("Showing 1–2 of 2 articles");

        browser.navigate().back();

        waitFor().until(d -> !d.getCurrentUrl().contains("hurriyet"));
        waitForResultCount("Showing 1–1 of 1 article");
        assertThat(browser.findElements(By.cssSelector("header.site-header nav.site-nav"))).hasSize(1);
        assertThat(find("main h1").getText()).isEqualTo("Articles");
        assertThat(browser.findElements(By.cssSelector("form.filters"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#results"))).hasSize(1);
    }

    @Test
    void aFromDateAfterTheToDateShowsTheErrorInsteadOfStaleResults() {
        open("/articles");
        waitForResultCount("Showing 1–5 of 5 articles");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("document.getElementById('to').value = '2024-10-01';"
                + "document.getElementById('from').value = '2024-11-01';"
                + "document.getElementById('from').dispatchEvent(new Event('change', {bubbles: true}));");

        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#results .error-summary"),
                "The end date 2024-10-01 is before the start date 2024-11-01."));
        assertThat(browser.findElements(By.cssSelector("#results .article-card"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#results .result-count"))).isEmpty();
    }

    @Test
    void pageNumbersInAddressesStartAtOne() {
        open("/articles?size=2");
        waitForResultCount("Showing 1–2 of 5 articles");
        assertThat(find(".pagination").getText()).contains("Page 1 of 3");
        assertThat(find(".pagination a[rel=next]").getDomAttribute("href")).contains("page=2");

        open("/articles?size=2&page=2");
        waitForResultCount("Showing 3–4 of 5 articles");
        assertThat(find(".pagination a[rel=prev]").getDomAttribute("href")).contains("page=1");
    }
}
