package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * An editor at work in Chromium: signs in, rejects a claim on an article page, merges two rows of the matrix and
 * undoes the merge, and finds each change in the history. On a database of its own, as it changes the seeds' claims.
 */
@TestPropertySource(properties = "parallax.data-dir=target/correction-browser-test-data")
class CorrectionBrowserTests extends BrowserTests {

    private void signIn() {
        open("/login");
        find("#username").sendKeys("editor");
        find("#password").sendKeys("editor-password");
        find("form.stacked button[type=submit]").click();
        waitFor().until(d -> d.findElements(By.cssSelector(".account form")).size() == 1);
    }

    /** Clicks with a script, as a sticky header or column may lie over the element at its scrolled position. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private List<String> rowAnchors() {
        return browser.findElements(By.cssSelector("table.matrix tbody tr")).stream().map(r -> r.getDomAttribute("id")).toList();
    }

    @Test
    void anEditorRejectsAClaimMergesTwoRowsAndUndoesTheMergeEachVisibleInTheHistory() {
        signIn();

        // Reject a claim from the article page; the form opens inline.
        open("/articles");
        String articleUrl = find("#results .article-card h2 a").getDomAttribute("href");
        open(articleUrl);
        int before = browser.findElements(By.cssSelector(".claims-table tbody tr")).size();
        WebElement firstRow = find(".claims-table tbody tr");
        String rejectedText = firstRow.findElements(By.cssSelector("td")).get(4).getText();
        click(firstRow.findElement(By.cssSelector("a.correct-claim")));
        WebElement reason = find(".reject-form input[name=reason]");
        reason.sendKeys("Page furniture, not a claim of the story");
        click(find(".reject-form button[type=submit]"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".correction-notice"), "Rejected"));
        assertThat(browser.findElements(By.cssSelector(".claims-table tbody tr"))).hasSize(before - 1);

        click(find("a.article-history"));
        WebElement rejection = find("tr.audit-entry[data-action=REJECT]");
        assertThat(rejection.getText()).contains("editor").contains("Page furniture, not a claim of the story").contains(rejectedText.replace("“", "").replace("”", ""));

        // Merge the first date row of the matrix into another one.
        open("/compare");
        List<String> rows = rowAnchors();
        WebElement dateRow = find("table.matrix tbody tr[id^='fact-date-']");
        String merged = dateRow.getDomAttribute("id");
        click(dateRow.findElement(By.cssSelector("a.correct-row")));
        WebElement into = find(".merge-form select[name=into]");
        String targetSubject = into.findElement(By.cssSelector("option")).getDomAttribute("value");
        find(".merge-form input[name=reason]").sendKeys("The same event under two names");
        click(find(".merge-form button[type=submit]"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".correction-notice"), "Merged the row"));
        assertThat(rowAnchors()).hasSize(rows.size() - 1).doesNotContain(merged);

        // The row's history shows the merge; undoing it there brings the row back.
        WebElement mergedRowLink = browser.findElements(By.cssSelector("table.matrix tbody tr a.row-history")).stream()
                .filter(a -> targetSubject.equals(subjectOf(a.getDomAttribute("href")))).findFirst().orElseThrow();
        click(mergedRowLink);
        WebElement merge = find("tr.audit-entry[data-action=MERGE]");
        assertThat(merge.getText()).contains("Merged the row").contains("The same event under two names").contains("editor");
        merge.findElement(By.cssSelector(".undo-form input[name=reason]")).sendKeys("They are two events after all");
        click(merge.findElement(By.cssSelector(".undo-form button[type=submit]")));
        WebElement undo = find("tr.audit-entry[data-action=UNDO]");
        assertThat(undo.getText()).contains("Undid: Merged the row").contains("They are two events after all");
        assertThat(find("tr.audit-entry[data-action=MERGE]").getText()).contains("undone");
        screenshot("correction-history-desktop", 1280, 900);

        open("/compare");
        assertThat(rowAnchors()).contains(merged).hasSize(rows.size());
    }

    /** The subject a row's history link names, decoded from its query string. */
    private static String subjectOf(String href) {
        String query = java.net.URI.create(href).getRawQuery();
        for (String pair : query.split("&")) {
            if (pair.startsWith("subject=")) {
                return java.net.URLDecoder.decode(pair.substring("subject=".length()), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
