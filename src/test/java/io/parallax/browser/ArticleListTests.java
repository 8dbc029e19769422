package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Browsing and filtering the article list in a browser with JavaScript, where htmx updates the results in place. */
class ArticleListTests extends BrowserTests {

    static final String HURRIYET_TITLE = "Russian senators ratify North Korean defense pact";
    static final String RADIO_SHOMA_TITLE = "Russian parliament ratifies defence treaty with North Korea";

    @Test
    void theListShowsTheFiveSeedArticlesNewestFirst() {
        open("/articles");

        assertThat(resultCount()).isEqualTo("Showing 1–5 of 5 articles");
        assertThat(titles(browser)).hasSize(5).contains(HURRIYET_TITLE, RADIO_SHOMA_TITLE);
        assertThat(dates(browser)).containsExactly("2024-11-06", "2024-11-06", "2024-11-06", "2024-10-24", "2024-10-24");
        assertThat(browser.findElements(By.cssSelector("#results .article-card .meta")).stream().map(WebElement::getText))
                .anySatisfy(meta -> assertThat(meta).contains("Associated Press", "6 November 2024", "AP wire"))
                .anySatisfy(meta -> assertThat(meta).contains("Radio Shoma 93.4", "24 October 2024", "inferred"));
    }

    @Test
    void theHomePageIsTheArticleList() {
        open("/");

        assertThat(find("h1").getText()).isEqualTo("Articles");
        assertThat(resultCount()).isEqualTo("Showing 1–5 of 5 articles");
    }

    @Test
    void tickingOneOutletAndApplyingShowsOnlyThatOutletsArticles() {
        open("/articles");

        tickOutlet(browser, "Hurriyet Daily News");
        applyFilters(browser);

        waitForResultCount("Showing 1–1 of 1 article");
        waitFor().until(ExpectedConditions.urlContains("outlet=hurriyet-daily-news"));
        assertThat(titles(browser)).containsExactly(HURRIYET_TITLE);
    }

    @Test
    void tickingTwoOutletsShowsTheArticlesOfBoth() {
        open("/articles");

        tickOutlet(browser, "Hurriyet Daily News");
        tickOutlet(browser, "Radio Shoma 93.4");
        applyFilters(browser);

        waitForResultCount("Showing 1–2 of 2 articles");
        waitFor().until(ExpectedConditions.urlContains("outlet=hurriyet-daily-news"));
        waitFor().until(ExpectedConditions.urlContains("outlet=radio-shoma-93-4"));
        assertThat(titles(browser)).containsExactly(HURRIYET_TITLE, RADIO_SHOMA_TITLE);
    }

    @Test
    void aDateRangeShowsOnlyTheArticlesPublishedWithinIt() {
        open("/articles");

        // Typing into a date input depends on the browser's locale; setting the value is what a date picker does.
        setValue("#from", "2024-10-01");
        setValue("#to", "2024-10-31");
        applyFilters(browser);

        waitForResultCount("Showing 1–2 of 2 articles");
        waitFor().until(ExpectedConditions.urlContains("from=2024-10-01"));
        waitFor().until(ExpectedConditions.urlContains("to=2024-10-31"));
        assertThat(dates(browser)).containsExactly("2024-10-24", "2024-10-24");
        assertThat(titles(browser)).contains(RADIO_SHOMA_TITLE).doesNotContain(HURRIYET_TITLE);
    }

    @Test
    void searchingTheTextFindsTheArticlesThatMentionAWord() {
        open("/articles");

        find("#q").sendKeys("Duma");
        applyFilters(browser);

        waitForResultCount("Showing 1–4 of 4 articles");
        waitFor().until(ExpectedConditions.urlContains("q=Duma"));
        assertThat(titles(browser)).hasSize(4).contains(RADIO_SHOMA_TITLE).doesNotContain(HURRIYET_TITLE);
    }

    @Test
    void htmxUpdatesTheResultsInPlaceWithoutReloadingThePage() {
        open("/articles");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        waitFor().until(d -> Boolean.TRUE.equals(js.executeScript("return typeof window.htmx === 'object'")));
        js.executeScript("window.parallaxMarker = 'still the same page'");

        // No Apply: ticking a box is enough when htmx runs.
        tickOutlet(browser, "Associated Press");

        waitForResultCount("Showing 1–1 of 1 article");
        waitFor().until(ExpectedConditions.urlContains("outlet=associated-press"));
        assertThat(find("#results .article-card .meta").getText()).contains("Associated Press");
        assertThat(js.executeScript("return window.parallaxMarker")).isEqualTo("still the same page");

        find("#q").sendKeys("Kursk");
        waitFor().until(ExpectedConditions.urlContains("q=Kursk"));
        waitForResultCount("Showing 1–1 of 1 article");
        assertThat(js.executeScript("return window.parallaxMarker")).isEqualTo("still the same page");
    }

    @Test
    void anInvalidDateInTheAddressIsExplainedOnThePage() {
        open("/articles?from=2024-13-45");

        WebElement summary = find(".error-summary");
        assertThat(summary.getText()).contains("These filters cannot be applied", "2024-13-45 is not a date");
        assertThat(find("#from").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find(".site-header").getText()).contains("Parallax", "Articles", "Outlets");
        assertThat(browser.getPageSource()).doesNotContain("Exception", "at io.parallax", "Whitelabel");
    }

    private void setValue(String css, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", find(css), value);
    }
}
