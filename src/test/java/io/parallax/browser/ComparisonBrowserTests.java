package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The claim matrix, the timeline, the two-article view and the claim highlights, as a reader sees them in Chromium. */
class ComparisonBrowserTests extends BrowserTests {

    private WebElement row(String question) {
        return find("table.matrix").findElement(By.xpath(".//tbody/tr[th//span[@class='question' and normalize-space()='" + question + "']]"));
    }

    private static List<String> cellTexts(WebElement row) {
        return row.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList();
    }

    @Test
    void theTroopRowReadsUpdatedOverTimeWithTheChangeAndItsDates() {
        open("/compare");
        WebElement troops = row("How many North Korean troops in Russia?");

        assertThat(troops.getDomAttribute("data-verdict")).isEqualTo("UPDATED");
        assertThat(troops.findElement(By.cssSelector("th .verdict .badge")).getText()).isEqualTo("updated over time");
        assertThat(troops.findElement(By.cssSelector("th .reason")).getText())
                .isEqualTo("Updated over time: 3,000 (US, 24 Oct) → 10,000 (US, 6 Nov).");
        assertThat(troops.findElements(By.cssSelector(".entry.dissenting"))).isEmpty();
        WebElement reasoning = troops.findElement(By.cssSelector("details.reasoning"));
        reasoning.findElement(By.tagName("summary")).click();
        assertThat(reasoning.getText()).contains("published 24 Oct 2024").contains("published 6 Nov 2024");
        WebElement ap = troops.findElement(By.cssSelector("td[data-outlet='associated-press']"));
        WebElement shoma = troops.findElement(By.cssSelector("td[data-outlet='radio-shoma-93-4']"));
        assertThat(ap.getText()).contains("up to 10,000");
        assertThat(shoma.getText()).contains("3,000");
    }

    @Test
    void theDumaVoteShowsRadioShomasTallyAndTheDumaDateAgrees() {
        open("/compare");
        WebElement vote = row("What was the vote in the State Duma ratification?");
        assertThat(vote.findElement(By.cssSelector("td[data-outlet='radio-shoma-93-4']")).getText()).contains("397-0");

        WebElement date = row("When was the State Duma ratification?");
        assertThat(date.getDomAttribute("data-verdict")).isEqualTo("AGREE");
        assertThat(date.findElement(By.cssSelector("th")).getText()).contains("Most say: 24 Oct 2024");
        assertThat(String.join(" ", cellTexts(date))).contains("Oct. 24").contains("Thursday");
    }

    @Test
    void aFactOneOutletReportsReadsSingleSource() {
        open("/compare");
        WebElement vote = row("What was the vote in the State Duma ratification?");

        assertThat(vote.findElement(By.cssSelector("th .verdict .badge")).getText()).isEqualTo("single source");
        assertThat(vote.findElement(By.cssSelector("th .reason")).getText()).isEqualTo("Only Radio Shoma 93.4 reports this.");
        assertThat(find(".matrix-summary").getText()).contains("facts").contains("1 updated over time");
    }

    @Test
    void theSentenceOpensFromTheKeyboardAndLinksToTheHighlightedClaim() {
        open("/compare");
        WebElement vote = row("What was the vote in the State Duma ratification?");
        WebElement summary = vote.findElement(By.cssSelector("td[data-outlet='radio-shoma-93-4'] details summary"));
        summary.sendKeys(Keys.ENTER);
        WebElement details = vote.findElement(By.cssSelector("td[data-outlet='radio-shoma-93-4'] details"));
        waitFor().until(d -> details.getDomProperty("open").equals("true"));
        assertThat(details.getText()).contains("The State Duma voted 397-0");

        details.findElement(By.linkText("Open in the article")).click();
        waitFor().until(d -> d.getCurrentUrl().contains("#claim-"));
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        WebElement mark = find("mark#" + id);
        assertThat(mark.getText()).isEqualTo("397-0");
        assertThat(mark.getDomAttribute("data-value")).contains("State Duma: 397–0 (unanimous)");
    }

    @Test
    void filteringTheMatrixByOutletKeepsTheUrlShareable() {
        open("/compare");
        tickOutlet(browser, "Radio Shoma 93.4");
        applyFilters(browser);
        waitFor().until(ExpectedConditions.urlContains("outlet=radio-shoma-93-4"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#matrix .result-count"), "1 article from 1 outlet"));
        assertThat(browser.findElements(By.cssSelector("table.matrix thead th"))).hasSize(2);
    }

    @Test
    void theTimelineChartRendersTheSameFiguresAsItsTable() {
        open("/timeline");
        WebElement canvas = find("canvas#timeline-chart");
        waitFor().until(d -> canvas.getDomAttribute("data-figures") != null);
        int rows = browser.findElements(By.cssSelector("#figures-table tbody tr")).size();
        Object points = ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart('timeline-chart').data.datasets.filter(d => d.label !== '_span')"
                        + ".reduce((n, d) => n + d.data.length, 0)");
        assertThat(rows).isGreaterThan(3);
        assertThat(((Number) points).intValue()).isEqualTo(rows);
        assertThat(find("#figures-table").getText()).contains("about 3,000").contains("up to 10,000");
        assertThat(find("ol.events").getText()).contains("State Duma ratification").contains("Oct. 24");
    }

    @Test
    void twoArticlesCanBeChosenAndTheRewordedCopyIsPaired() {
        open("/articles?outlet=associated-press");
        find("#results .article-card h2 a").click();
        find("p.compare-link a").click();
        new org.openqa.selenium.support.ui.Select(find("select#right")).selectByVisibleText(
                browser.findElements(By.cssSelector("select#right option")).stream().map(WebElement::getText)
                        .filter(t -> t.startsWith("Unknown outlet")).findFirst().orElseThrow());
        find("form.pickers button").click();

        waitFor().until(ExpectedConditions.urlContains("right="));
        assertThat(find("ol.aligned").findElements(By.cssSelector("li.reworded"))).isNotEmpty();
        assertThat(find("table.claim-compare").getText()).contains("same");
    }

    /** Runs checks in a viewport emulating a phone of the given size. */
    private void asPhone(int width, int height, Runnable checks) {
        org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        try {
            waitFor().until(d -> ((Number) chrome.executeScript("return window.innerWidth")).intValue() == width);
            checks.run();
        }
        finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @ParameterizedTest(name = "{0} at {2}px")
    @CsvSource({"compare-desktop, /compare, 1280, 900", "compare-phone, /compare, 390, 844",
            "timeline-desktop, /timeline, 1280, 900", "timeline-phone, /timeline, 390, 844", "side-by-side-desktop, /compare/articles?left=1&right=2, 1280, 900",
            "claims-desktop, /articles?outlet=radio-shoma-93-4, 1280, 900"})
    void comparisonPagesArePhotographedAtPhoneAndDesktopWidths(String name, String path, int width, int height) {
        open(path);
        if (name.startsWith("claims")) {
            find("#results .article-card h2 a").click();
            find("mark.claim");
        }
        find("main h1");
        screenshot(name, width, height);
        if (name.startsWith("compare")) {
            // The matrix scrolls inside its own box; the page itself never scrolls sideways.
            Number pageOverflow = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(pageOverflow.intValue()).isLessThanOrEqualTo(0);
        }
        if (name.equals("compare-desktop")) {
            // Headers stay on top and the fact column at the left while the box scrolls.
            assertThat(find("table.matrix tbody .fact-col").getCssValue("position")).isEqualTo("sticky");
            assertThat(find("table.matrix thead th").getCssValue("position")).isEqualTo("sticky");
        }
        if (width < 600) {
            asPhone(width, height, () -> {
                if (name.equals("compare-phone")) {
                    // On a phone each fact is a card: rows are blocks, each value named by its outlet, no sideways scroll.
                    assertThat(find("table.matrix tbody tr").getCssValue("display")).isEqualTo("block");
                    assertThat(find("table.matrix thead").getSize().getHeight()).isLessThanOrEqualTo(1);
                    Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                            "const box = document.querySelector('.matrix-scroll'); return box.scrollWidth - box.clientWidth");
                    assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
                }
                if (name.equals("timeline-phone")) {
                    // The legend is a list below the chart, so it never covers the points.
                    waitFor().until(d -> !d.findElements(By.cssSelector("figure.chart ul.chart-legend li")).isEmpty());
                    WebElement canvas = find("canvas#timeline-chart");
                    WebElement legend = find("figure.chart ul.chart-legend");
                    assertThat(legend.getRect().getY()).isGreaterThanOrEqualTo(canvas.getRect().getY() + canvas.getRect().getHeight());
                    assertThat(legend.getText()).contains("U.S. government");
                }
            });
        }
    }
}
