package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seeds plus copies of the AP story as other sites carry them: "Associated Press via Local News 8", the story
 * hosted for another paper with one figure changed, and a newspaper's copy credited to AP. They make one AP column and
 * count once, and the article page and the two-article view show where the text comes from. This class adds articles,
 * so it keeps a database of its own.
 */
@TestPropertySource(properties = "parallax.data-dir=target/browser-test-data-wire")
class WireCopiesBrowserTests extends BrowserTests {

    private static final String STORY = "Russia–North Korea treaty, 2024";
    private static final Map<String, Long> added = new LinkedHashMap<>();

    @BeforeEach
    void addWireCopies() throws Exception {
        if (!added.isEmpty()) {
            return;
        }
        String ap = apStory();
        added.put("via", add(Map.of("outlet", "Associated Press via Local News 8", "publishedAt", "2024-11-06", "story", STORY,
                "body", ap + "\n\nCopyright 2024 The Associated Press. All rights reserved.")));
        added.put("hosted", add(Map.of("outlet", "Associated Press (hosted.ap.org for The Example Post)",
                "publishedAt", "2024-11-06", "story", STORY,
                "body", ap.replace("up to 10,000 North Korean soldiers", "up to 12,000 North Korean soldiers")
                        + "\n\nThe Example Post carries stories from The Associated Press.")));
        added.put("independent", add(Map.of("outlet", "The Example Independent", "outletKind", "newspaper", "wire", "AP",
                "publishedAt", "2024-11-06", "story", STORY, "body", ap + "\n\nThis story was first published by AP.")));
    }

    @Test
    void apCopiesMakeOneColumnAndCountOnce() {
        open("/compare?show=all");
        List<String> headers = browser.findElements(By.cssSelector("table.matrix thead th[data-outlet] > a")).stream()
                .map(WebElement::getText).toList();

        assertThat(headers).filteredOn(h -> h.contains("Associated Press")).containsExactly("Associated Press");
        assertThat(headers).noneMatch(h -> h.contains("via") || h.contains("hosted"));
        assertThat(headers).contains("The Example Independent");

        WebElement council = find("table.matrix").findElement(By.xpath(
                ".//tbody/tr[th//span[@class='question' and normalize-space()='When was the Federation Council ratification?']]"));
        assertThat(council.getDomAttribute("data-verdict")).isEqualTo("AGREE");
        assertThat(council.getDomAttribute("data-sources")).isEqualTo("2");
        assertThat(council.findElement(By.cssSelector(".reason")).getText())
                .isEqualTo("2 independent sources agree on 6 Nov 2024 (5 copies of one AP story, counted once).");

        open("/compare");
        List<String> defaults = browser.findElements(By.cssSelector("table.matrix thead th[data-outlet] > a")).stream()
                .map(WebElement::getText).toList();
        assertThat(defaults).containsExactlyInAnyOrder("Associated Press", "Hurriyet Daily News", "Radio Shoma 93.4");
        assertThat(find(".columns-control").getText()).contains("Show all outlets");
    }

    @Test
    void theArticlePageShowsItsLineageAndTheTwoArticleViewMarksTheChangedFigure() {
        open("/articles/" + added.get("hosted"));

        WebElement lineage = find(".lineage-original");
        assertThat(lineage.getText()).startsWith("This article copies AP’s story of 6 Nov (").contains("% identical)");
        assertThat(find("dl.facts").getText()).contains("published via hosted.ap.org for The Example Post");

        lineage.findElement(By.linkText("See the two side by side")).click();
        waitFor().until(ExpectedConditions.urlContains("right=" + added.get("hosted")));

        assertThat(browser.findElements(By.cssSelector("ol.aligned del.changed.figure")).stream().map(WebElement::getText))
                .containsExactly("10,000");
        assertThat(browser.findElements(By.cssSelector("ol.aligned ins.changed.figure")).stream().map(WebElement::getText))
                .containsExactly("12,000");
    }

    @Test
    void anOutletCarryingAnApStoryIsCheckedAgainstOtherSourcesNotAgainstApsCopies() {
        open("/outlets/the-example-independent");

        WebElement council = find("table.agreement-checks").findElement(By.xpath(
                ".//tbody/tr[th[normalize-space()='When was the Federation Council ratification?']]"));
        // AP's own story and its copies are the same source as this AP copy: only AFP's report is another source.
        assertThat(council.findElement(By.xpath("./td[2]")).getText()).isEqualTo("6 Nov 2024 (1 other source)");
        assertThat(council.findElement(By.xpath("./td[3]")).getText()).isEqualTo("agrees");
    }

    private static String apStory() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("db/seed"))) {
            Path text = files.filter(p -> p.getFileName().toString().startsWith("000_") && p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow();
            return Files.readString(text);
        }
    }

    private long add(Map<String, String> article) throws Exception {
        String credentials = Base64.getEncoder().encodeToString("admin:test-password".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/articles")))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build().writeValueAsString(article), StandardCharsets.UTF_8))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            String location = response.headers().firstValue("Location").orElseThrow();
            return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        }
    }
}
