package io.parallax.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs the application on a random port and drives it with a real, headless Chromium: one browser per test class,
 * quit when the class is done.
 *
 * <p>The browser tests keep their own embedded database, so that articles other tests add through the API cannot
 * change the counts they read. They need Debian's {@code chromium} and {@code chromium-driver}; without them the tests
 * are skipped, except under {@code CI=true}, where they fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parallax.data-dir=target/browser-test-data")
@ActiveProfiles("test")
abstract class BrowserTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(15);
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    static WebDriver browser;
    private static ChromeDriverService service;
    private static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        requireBrowser();
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        profile = temporaryDirectory("parallax-chromium-");
        browser = new ChromeDriver(service, options(profile, true));
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (service != null) {
            service.stop();
            service = null;
        }
        deleteQuietly(profile);
    }

    /** Fails under CI when Chromium or its driver is missing; skips elsewhere, saying what to install. */
    static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) {
            return;
        }
        String message = "The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + "; install them with: apt-get install -y chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
    }

    /**
     * Chromium options that download nothing and talk to nobody but the application under test.
     * With {@code javascript} false the browser runs no script at all, like a reader who turned it off.
     */
    static ChromeOptions options(Path userDataDir, boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-US", "--user-data-dir=" + userDataDir.toAbsolutePath(),
                "--window-size=1280,900");
        if (javascript) {
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
        }
        else {
            options.addArguments("--blink-settings=scriptEnabled=false");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US",
                    "profile.managed_default_content_settings.javascript", 2));
        }
        return options;
    }

    /** A second browser with JavaScript switched off; the caller quits it. */
    static WebDriver browserWithoutJavaScript(Path userDataDir) {
        requireBrowser();
        ChromeDriverService own = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(own, options(userDataDir, false));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        open(browser, path);
    }

    void open(WebDriver driver, String path) {
        // get() returns once the page has loaded.
        driver.get(url(path));
    }

    static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, WAIT);
    }

    WebDriverWait waitFor() {
        return waitFor(browser);
    }

    WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    static String text(WebDriver driver, String css) {
        return waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
    }

    /** The result count as the reader sees it, e.g. "Showing 1–5 of 5 articles". */
    String resultCount() {
        return text(browser, "#results .result-count");
    }

    void waitForResultCount(String expected) {
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#results"), expected));
    }

    /** The titles of the listed articles, top to bottom. */
    static List<String> titles(WebDriver driver) {
        // Read in one script, so that htmx swapping the results in between cannot leave a stale element half-read.
        Object texts = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#results .article-card h2')).map(e => e.innerText.trim());");
        return ((List<?>) texts).stream().map(String::valueOf).toList();
    }

    /** The dates of the listed articles as in their {@code datetime} attributes, top to bottom. */
    static List<String> dates(WebDriver driver) {
        Object values = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#results .article-card time')).map(e => e.getAttribute('datetime'));");
        return ((List<?>) values).stream().map(String::valueOf).toList();
    }

    /** Ticks the outlet checkbox whose label shows the outlet's name. */
    static void tickOutlet(WebDriver driver, String name) {
        WebElement label = driver.findElement(By.xpath(
                "//fieldset[contains(@class,'outlets')]//label[span[normalize-space()='" + name + "']]"));
        WebElement box = label.findElement(By.cssSelector("input[type=checkbox]"));
        if (!box.isSelected()) {
            box.click();
        }
    }

    static void applyFilters(WebDriver driver) {
        driver.findElement(By.xpath("//form[contains(@class,'filters')]//button[normalize-space()='Apply filters']")).click();
    }

    /**
     * Saves what the browser shows in a viewport of the given size as target/screenshots/NAME.png; a phone-sized
     * viewport is emulated as a mobile device, so the page's viewport meta tag applies.
     */
    void screenshot(String name, int width, int height) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        try {
            waitFor().until(d -> ((Number) chrome.executeScript("return window.innerWidth")).intValue() == width);
            Files.createDirectories(SCREENSHOTS);
            File shot = chrome.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static void deleteQuietly(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (IOException | UncheckedIOException ex) {
            // a temporary profile left behind is harmless
        }
    }
}
