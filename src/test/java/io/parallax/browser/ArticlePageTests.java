package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One article's page, reached from the list, and the page for an article that does not exist. */
class ArticlePageTests extends BrowserTests {

    @Test
    void anArticleOpenedFromTheListShowsItsTitleOutletDateWireAndText() {
        open("/articles");

        browser.findElement(By.linkText(ArticleListTests.HURRIYET_TITLE)).click();

        waitFor().until(ExpectedConditions.urlMatches("/articles/\\d+$"));
        assertThat(find("h1").getText()).isEqualTo(ArticleListTests.HURRIYET_TITLE);
        assertThat(fact("Outlet")).contains("Hurriyet Daily News", "(newspaper)");
        assertThat(fact("Published")).contains("Wednesday 6 November 2024", "inferred from the text");
        assertThat(fact("Wire")).isEqualTo("AFP");
        List<String> paragraphs = browser.findElements(By.cssSelector("#body p")).stream().map(WebElement::getText).toList();
        assertThat(paragraphs).hasSizeGreaterThan(2);
        assertThat(paragraphs.getFirst()).startsWith("Russian lawmakers on Wednesday voted unanimously to ratify");
        assertThat(browser.getTitle()).isEqualTo(ArticleListTests.HURRIYET_TITLE + " · Parallax");
    }

    @Test
    void aDateStatedByTheSourceCarriesNoInferredMark() {
        open("/articles?outlet=associated-press");

        find("#results .article-card h2 a").click();

        waitFor().until(ExpectedConditions.urlMatches("/articles/\\d+$"));
        assertThat(fact("Outlet")).contains("Associated Press", "(wire agency)", "published via WDBO");
        assertThat(fact("Published")).isEqualTo("Wednesday 6 November 2024");
        assertThat(fact("Wire")).isEqualTo("AP");
        assertThat(fact("Dateline")).isEqualTo("MOSCOW");
        assertThat(browser.findElements(By.cssSelector("#body p"))).isNotEmpty();
    }

    @Test
    void theTextAsReceivedIsKeptBehindADisclosure() {
        open("/articles?outlet=hurriyet-daily-news");
        find("#results .article-card h2 a").click();

        WebElement original = find("details.original");
        assertThat(original.findElement(By.tagName("pre")).isDisplayed()).isFalse();
        original.findElement(By.tagName("summary")).click();

        assertThat(find("details.original pre").getText()).contains("Russian lawmakers on Wednesday voted unanimously");
    }

    @Test
    void anUnknownArticleShowsTheNotFoundPageInTheSiteLayout() {
        open("/articles/987654");

        assertThat(find("h1").getText()).isEqualTo("Not found");
        assertThat(find("main").getText()).contains("There is no article with id 987654.");
        assertThat(find(".site-header .brand").getText()).isEqualTo("Parallax");
        assertThat(find(".site-footer").getText()).contains("Parallax compares how news outlets report the same story");
        assertThat(browser.findElement(By.linkText("Browse the articles")).getDomAttribute("href")).isEqualTo("/articles");
        assertThat(browser.getPageSource()).doesNotContain("Exception", "Whitelabel");
    }

    /** The value shown beside a label in the article's facts, e.g. "Published". */
    private String fact(String label) {
        return find(".facts").findElement(By.xpath("./div[dt[normalize-space()='" + label + "']]/dd")).getText();
    }
}
