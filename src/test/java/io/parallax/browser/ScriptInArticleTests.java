package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.test.context.TestPropertySource;

/**
 * An article whose text contains markup is shown as text: nothing in it runs. This class adds an article, so it keeps
 * a database of its own and its article a story of its own, and the other browser tests' counts stay as they are.
 */
@TestPropertySource(properties = "parallax.data-dir=target/browser-test-data-writes")
class ScriptInArticleTests extends BrowserTests {

    static final String STORY = "Browser test story";
    static final String SCRIPT = "<script>document.body.setAttribute('data-injected', 'script'); alert('injected')</script>";
    static final String IMAGE = "<img id=\"injected\" src=\"x\" onerror=\"alert('injected')\">";

    @Test
    void markupInAnArticleBodyIsShownAsTextAndNeverRuns() throws Exception {
        String body = "A browser test checks that the text of an article is shown as text.\n\n"
                + "This paragraph carries a script: " + SCRIPT + "\n\n"
                + "And this one an image that would run code: " + IMAGE + "\n";
        String json = """
                {"outlet": "Browser Test Gazette", "title": "An article with markup in it", "publishedAt": "2024-11-07",
                 "language": "en", "story": "%s", "body": %s}
                """.formatted(STORY, jsonString(body));

        HttpResponse<String> response = post("/api/articles", json);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        open("/articles/" + id);

        assertThat(find("h1").getText()).isEqualTo("An article with markup in it");
        String text = find("#body").getText();
        assertThat(text).contains(SCRIPT).contains(IMAGE);
        assertThat(browser.findElements(By.cssSelector("#body script, #body img, #injected"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return document.body.getAttribute('data-injected')")).isNull();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

        open("/articles?story=" + STORY.replace(' ', '+'));
        waitForResultCount("Showing 1–1 of 1 article");
        assertThat(titles(browser)).containsExactly("An article with markup in it");
        assertThat(find("#results .excerpt").getText()).contains("<script>document.body");
        assertThat(browser.findElements(By.cssSelector("#results script, #injected"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        String credentials = Base64.getEncoder().encodeToString("admin:test-password".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
