package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The list, an article and the outlets at desktop and phone widths: each page fits its width without sideways
 * scrolling, and a screenshot of it lands in target/screenshots for people to look at.
 */
class ScreenshotTests extends BrowserTests {

    @ParameterizedTest(name = "{0} at {2}x{3} fits its width")
    @CsvSource({
            "list-desktop,     /articles,                              1280, 900",
            "list-phone,       /articles,                              390,  844",
            "article-desktop,  /articles?outlet=hurriyet-daily-news,   1280, 900",
            "article-phone,    /articles?outlet=hurriyet-daily-news,   390,  844",
            "outlets-desktop,  /outlets,                               1280, 900",
            "outlets-phone,    /outlets,                               390,  844",
            "stories-desktop,  /stories,                               1280, 900",
            "story-desktop,    /stories/russia-north-korea-treaty-2024, 1280, 900",
            "story-phone,      /stories/russia-north-korea-treaty-2024, 390,  844"})
    void eachPageFitsItsWidthAndIsPhotographed(String name, String path, int width, int height) {
        open(path);
        if (name.startsWith("article")) {
            find("#results .article-card h2 a").click();
            waitFor().until(d -> d.getCurrentUrl().matches(".*/articles/\\d+$"));
        }
        find("main h1");

        screenshot(name, width, height);

        assertThat(Files.exists(SCREENSHOTS.resolve(name + ".png"))).isTrue();
        assertThat(overflow(width, height)).as("page wider than the %d px viewport", width).isLessThanOrEqualTo(0);
    }

    /** How far the page reaches beyond the viewport's width, measured at that width. */
    private long overflow(int width, int height) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        try {
            return ((Number) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        }
        finally {
            ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride",
                    java.util.Map.of());
        }
    }
}
