package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The outlets page: every outlet with its number of articles, each linking to its articles. */
class OutletPageTests extends BrowserTests {

    @Test
    void theOutletsPageListsEveryOutletWithItsArticleCount() {
        open("/outlets");

        assertThat(find("h1").getText()).isEqualTo("Outlets");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.data tbody tr"));
        assertThat(rows.stream().map(r -> r.findElement(By.tagName("th")).getText())).containsExactlyInAnyOrder(
                "Associated Press", "Hurriyet Daily News", "Marketing Pro Hub", "Radio Shoma 93.4", "Unknown outlet");
        assertThat(rows.stream().map(r -> r.findElement(By.cssSelector("td.num")).getText())).containsOnly("1");
        WebElement hurriyet = row(rows, "Hurriyet Daily News");
        assertThat(hurriyet.getText()).contains("newspaper", "Turkey", "hurriyetdailynews.com");
    }

    @Test
    void anOutletLinksToTheListFilteredToItsArticles() {
        open("/outlets");

        browser.findElement(By.linkText("Hurriyet Daily News")).click();

        waitFor().until(ExpectedConditions.urlContains("/articles?outlet=hurriyet-daily-news"));
        waitForResultCount("Showing 1–1 of 1 article");
        assertThat(titles(browser)).containsExactly(ArticleListTests.HURRIYET_TITLE);
        assertThat(browser.findElement(By.xpath(
                "//fieldset[contains(@class,'outlets')]//label[span[normalize-space()='Hurriyet Daily News']]/input"))
                .isSelected()).isTrue();
    }

    @Test
    void theArticleCountLinksToTheSameFilteredList() {
        open("/outlets");

        row(browser.findElements(By.cssSelector("table.data tbody tr")), "Radio Shoma 93.4")
                .findElement(By.cssSelector("td.num a")).click();

        waitFor().until(ExpectedConditions.urlContains("/articles?outlet=radio-shoma-93-4"));
        waitForResultCount("Showing 1–1 of 1 article");
        assertThat(titles(browser)).containsExactly(ArticleListTests.RADIO_SHOMA_TITLE);
    }

    private static WebElement row(List<WebElement> rows, String outlet) {
        return rows.stream().filter(r -> r.findElement(By.tagName("th")).getText().equals(outlet)).findFirst().orElseThrow();
    }
}
