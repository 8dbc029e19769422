package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.parallax.system.LiveServer.Answer;

/** The inputs that once broke requests, each answered by the application itself with a 4xx that says why. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileInputTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private LiveServer server() {
        return new LiveServer(port);
    }

    private long articles() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }

    private Answer post(String json) {
        return server().send("POST", "/api/articles", "application/json", json, "Authorization", LiveServer.ADMIN);
    }

    @Test
    void aNulCharacterInAQueryParameterIsA400NamingTheParameterOnTheApiAndOnPages() {
        Answer api = server().get("/api/articles?q=a%00b");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"field\":\"q\"").contains("NUL");
        for (String path : new String[] {"/articles?q=%00", "/compare?outlet=%00", "/outlets?story=a%00", "/timeline?story=%00",
                "/api/claims?subject=%00", "/api/comparison?outlet=x%00"}) {
            Answer page = server().get(path);
            assertThat(page.status()).as(path).isEqualTo(400);
        }
        Answer page = server().get("/articles?q=a%00b");
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<nav").contains("NUL");
    }

    @Test
    void nulAndLoneSurrogatesInABodyAre400sNamingTheFieldAndStoreNothing() {
        long before = articles();
        Answer nul = post("{\"outlet\":\"Hostile\",\"title\":\"x\\u0000y\",\"body\":\"A body long enough to be an article.\"}");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.body()).contains("\"field\":\"title\"").contains("NUL");
        Answer surrogate = post("{\"outlet\":\"Hostile\",\"body\":\"A body \\ud800 with half a character.\"}");
        assertThat(surrogate.status()).isEqualTo(400);
        assertThat(surrogate.body()).contains("\"field\":\"body\"").contains("surrogate");
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void datesBeyondWhatTheDatabaseHoldsAre400s() {
        assertThat(server().get("/api/articles?from=%2B5874898-01-01").status()).isEqualTo(400);
        assertThat(server().get("/articles?to=%2B5874898-01-01").status()).isEqualTo(400);
        long before = articles();
        for (String date : new String[] {"+300000-01-01T00:00:00Z", "+999999999-12-31T00:00:00Z", "0000-01-01", "-0001-01-01"}) {
            Answer answer = post("{\"outlet\":\"Hostile\",\"publishedAt\":\"" + date
                    + "\",\"body\":\"The lower house voted on Tuesday to approve the treaty, 397-0.\"}");
            assertThat(answer.status()).as(date).isEqualTo(400);
            assertThat(answer.body()).as(date).contains("\"field\":\"publishedAt\"");
        }
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void aFirstLineTooLongForATitleIsCutAndTheArticleStored() {
        Answer answer = post("{\"outlet\":\"Hostile\",\"url\":\"https://example.org/long-first-line\",\"body\":\""
                + "word ".repeat(4_000) + "\\n\\nThe lower house voted 210-190 on Tuesday.\"}");
        assertThat(answer.status()).isEqualTo(201);
        String title = jdbc.sql("select title from article where url = 'https://example.org/long-first-line'").query(String.class).single();
        assertThat(title.length()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void dottedAndIndexedParameterNamesAreNeverA500() {
        for (String path : new String[] {"/?page.size=", "/articles?from.year=1", "/api/articles?outlet%5B0%5D=x", "/compare?to.x=",
                "/api/claims?page.size=2", "/api/comparison?q%5B%5D=a"}) {
            Answer answer = server().get(path);
            assertThat(answer.status()).as(path).isIn(200, 400);
        }
    }

    @Test
    void aLanguageTheColumnCannotHoldIsA400() {
        Answer answer = post("{\"outlet\":\"Hostile\",\"language\":\"en-aaaaaaaa-bbbbbbbb-cccccccc\",\"body\":\"Some text here.\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"language\"");
    }

    @Test
    void aWildcardContentTypeIsRefusedWithA415() {
        Answer answer = server().send("POST", "/api/articles", "*/*", "{\"outlet\":\"x\",\"body\":\"y\"}",
                "Authorization", LiveServer.ADMIN);
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aFormBodyWithABrokenPercentEscapeIsNeverA500WhateverTheMethod() {
        for (String method : new String[] {"PUT", "PATCH", "DELETE", "POST"}) {
            for (String path : new String[] {"/api/imports", "/api/articles", "/articles", "/stories"}) {
                Answer answer = server().send(method, path, "application/x-www-form-urlencoded", "title=%zz&body=%E0%A4%A",
                        "Authorization", LiveServer.ADMIN);
                assertThat(answer.status()).as(method + " " + path).isBetween(400, 499);
            }
        }
    }

    @Test
    void aLongStoryPageIsServedWholeToAReaderWithoutASession() {
        // Enough outlets that the page streams out before its article list, whose form editors use to split the story.
        String story = "Long page story " + java.util.UUID.randomUUID();
        for (int i = 0; i < 150; i++) {
            Answer created = post("{\"outlet\":\"Long Page Outlet Number " + i + " " + story.substring(16) + "\",\"story\":\"" + story
                    + "\",\"publishedAt\":\"2024-10-24\",\"body\":\"Lawmakers voted 120-30 on Thursday. Item " + i + " of " + story + ".\"}");
            assertThat(created.status()).isEqualTo(201);
        }
        Answer page = server().get("/stories/" + Slugs.of(story));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Long Page Outlet Number 149").contains("</html>")
                .doesNotContain("_csrf").doesNotContain("name=\"article\"");
        assertThat(page.header("Set-Cookie")).isNull();
    }

    @Test
    void errorRequestedDirectlyIsANotFoundPage() {
        Answer page = server().get("/error");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("<nav");
        Answer json = server().get("/error", "Accept", "application/json");
        assertThat(json.status()).isEqualTo(404);
        assertThat(json.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void oddMethodsGetTheApplicationsOwnAnswerWithoutAServerBanner() {
        for (String method : new String[] {"CONNECT", "PROPFIND", "FOO", "TRACE"}) {
            Answer api = server().raw(method + " /api/articles HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(api.status()).as(method).isBetween(400, 501);
            assertThat(api.header("Content-Type")).as(method).startsWith("application/problem+json");
            assertThat(api.header("Server")).as(method).isNull();
            assertThat(api.body()).as(method).doesNotContainIgnoringCase("tomcat");
            Answer page = server().raw(method + " /articles HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(page.status()).as(method).isBetween(400, 501);
            assertThat(page.header("Content-Type")).as(method).startsWith("text/html");
            assertThat(page.body()).as(method).contains("Parallax").doesNotContainIgnoringCase("tomcat");
        }
    }

    @Test
    void anOutletNameWithACommaWorksAsAFilter() {
        Answer created = post("{\"outlet\":\"Comma, Fold & Co.\",\"url\":\"https://example.org/comma\","
                + "\"body\":\"An article from an outlet whose name has a comma in it.\"}");
        assertThat(created.status()).isIn(200, 201);
        Answer filtered = server().get("/api/articles?outlet=Comma,%20Fold%20%26%20Co.");
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.body()).contains("\"total\":1");
    }
}
