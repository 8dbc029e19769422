package io.parallax.article;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.parallax.IntegrationTest;

@IntegrationTest
class ArticleApiTests {

    private static final String SEED_STORY = "russia-north-korea-treaty-2024";

    @Autowired
    MockMvc mvc;

    private static String json(String outlet, String url, String body) {
        return """
                {"outlet": %s, "url": %s, "title": "API test", "publishedAt": "2024-10-24", "story": "API test story", "body": %s}
                """.formatted(quote(outlet), quote(url), quote(body));
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void listsTheSeedArticlesNewestFirstWithPaging() throws Exception {
        mvc.perform(get("/api/articles").param("story", SEED_STORY).param("from", "2024-01-01").param("size", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", is(5)))
                .andExpect(jsonPath("$.page", is(1)))
                .andExpect(jsonPath("$.size", is(3)))
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.items[0].publishedAt", is("2024-11-06")))
                .andExpect(jsonPath("$.items[2].publishedAt", is("2024-11-06")));
        mvc.perform(get("/api/articles").param("story", SEED_STORY).param("from", "2024-01-01").param("size", "3").param("page", "2"))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].publishedAt", is("2024-10-24")));
    }

    @Test
    void filtersByOutletsGivenBySlugOrNameByDatesAndByText() throws Exception {
        mvc.perform(get("/api/articles").param("outlet", "radio-shoma-93-4").param("outlet", "Associated Press"))
                .andExpect(jsonPath("$.total", is(2)))
                .andExpect(jsonPath("$.items[*].outletSlug", hasItem("associated-press")));
        mvc.perform(get("/api/articles").param("story", SEED_STORY).param("from", "2024-10-01").param("to", "2024-10-31"))
                .andExpect(jsonPath("$.total", is(2)))
                .andExpect(jsonPath("$.items[*].publishedAt", hasItem("2024-10-24")));
        mvc.perform(get("/api/articles").param("q", "Duma 397").param("story", SEED_STORY))
                .andExpect(jsonPath("$.total", is(1)))
                .andExpect(jsonPath("$.items[0].outletName", is("Radio Shoma 93.4")));
    }

    @Test
    void badFiltersAreProblemDetailsNamingEachField() throws Exception {
        mvc.perform(get("/api/articles").param("from", "2024-13-45").param("page", "-1").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'from')].message", hasItem(containsString("2024-13-45 is not a date"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'page')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'size')]").exists());
        mvc.perform(get("/api/articles").param("outlet", "no-such-outlet"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", is("There is no outlet called no-such-outlet.")));
        mvc.perform(get("/api/articles").param("from", "2024-11-06").param("to", "2024-10-24"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("to")));
    }

    @Test
    void hostileSearchTextIsJustText() throws Exception {
        mvc.perform(get("/api/articles").param("q", "'); drop table article; -- <script>&|!(:*"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", is(0)));
        mvc.perform(get("/api/articles").param("outlet", "hurriyet-daily-news")).andExpect(jsonPath("$.total", is(1)));
    }

    @Test
    void aPageBeyondTheEndIsEmptyButStillCountsTheResults() throws Exception {
        mvc.perform(get("/api/articles").param("story", SEED_STORY).param("from", "2024-01-01").param("page", "999"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.total", is(5)));
    }

    @Test
    void oneArticleByIdAndA404ProblemForAnUnknownOne() throws Exception {
        mvc.perform(get("/api/articles/1")).andExpect(status().isOk()).andExpect(jsonPath("$.id", is(1)))
                .andExpect(jsonPath("$.body").isString()).andExpect(jsonPath("$.duplicate").doesNotExist());
        mvc.perform(get("/api/articles/987654"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", is("There is no article with id 987654.")));
        mvc.perform(get("/api/articles/not-a-number")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void postingNeedsTheAdminUser() throws Exception {
        String body = json("Auth Outlet", null, "Unauthenticated " + UUID.randomUUID());
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/articles").with(httpBasic("admin", "wrong")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/articles").param("outlet", "Auth Outlet")).andExpect(status().isBadRequest());
    }

    @Test
    void postingCreatesTheArticleAndPostingItAgainReturnsTheExistingOne() throws Exception {
        String url = "https://example.org/api/" + UUID.randomUUID();
        String body = json("API Test Outlet", url, "Lawmakers approved a bill " + UUID.randomUUID() + ". More to come.");
        String location = mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/articles/")))
                .andExpect(jsonPath("$.duplicate", is(false)))
                .andExpect(jsonPath("$.outlet.name", is("API Test Outlet")))
                .andExpect(jsonPath("$.story", is("API test story")))
                .andExpect(jsonPath("$.publishedAt", is("2024-10-24")))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicate", is(true)))
                .andExpect(header().string("Location", endsWith(location.substring(location.lastIndexOf('/')))));
        mvc.perform(get(location.substring(location.indexOf("/api/")))).andExpect(jsonPath("$.url", is(url)));
    }

    @Test
    void withoutAStoryAnArticleJoinsTheStoryItIsMostSimilarTo() throws Exception {
        String named = """
                {"outlet": "Harbour Gazette", "title": "Dockworkers strike shuts Rotterdam port", "publishedAt": "2024-11-12",
                 "story": "Rotterdam port strike, test", "body": "Dockworkers at the Port of Rotterdam walked out on Tuesday over pay, the FNV Havens union said. Container terminals on the Maasvlakte stood idle. %s"}"""
                .formatted(UUID.randomUUID());
        String storyless = """
                {"outlet": "Storyless Post", "title": "Rotterdam port strike enters second day", "publishedAt": "2024-11-13",
                 "body": "Container terminals at the Port of Rotterdam stayed shut as the dockworkers' strike went on. The FNV Havens union said talks on pay had broken down. %s"}"""
                .formatted(UUID.randomUUID());
        for (String body : new String[] {named, storyless}) {
            mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.story", is("Rotterdam port strike, test")));
        }
    }

    @Test
    void withoutAStoryAnArticleOnANewTopicStartsAStoryNamedFromItsHeadline() throws Exception {
        String body = """
                {"outlet": "Storyless Post", "title": "Volcano erupts near Grindavik", "publishedAt": "2024-11-20",
                 "body": "Lava flowed towards the fishing town of Grindavik after the volcano erupted overnight. Iceland's Met Office said the fissure was three kilometres long. %s"}"""
                .formatted(UUID.randomUUID());
        mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.story", startsWith("Grindavik volcano erupt")));
    }

    @Test
    void withoutATitleAnArticleStillGetsOne() throws Exception {
        String body = """
                {"outlet": "Storyless Post", "body": "No story named %s. Just text."}""".formatted(UUID.randomUUID());
        mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.titleDerived", is(true)));
    }

    @Test
    void invalidArticlesAre400ProblemsNamingEachBadField() throws Exception {
        mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"ftp:/nope\", \"language\": \"English!\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("outlet")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("body")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("url")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("language")));
        mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(json("Dates Daily", null, "Text.").replace("2024-10-24", "2024-13-45")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("publishedAt")))
                .andExpect(jsonPath("$.errors[0].message", containsString("2024-13-45 is not a date")));
        mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outlet\": \"Broken"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title", is("Malformed request body")));
        mvc.perform(get("/api/articles").param("outlet", "Dates Daily")).andExpect(status().isBadRequest());
    }

    @Test
    void bodiesOverOneMegabyteAre413() throws Exception {
        String huge = "x".repeat(1024 * 1024 + 10);
        mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(json("Huge Outlet", null, huge)))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/articles").param("outlet", "Huge Outlet")).andExpect(status().isBadRequest());
    }

    @Test
    void outletsComeWithTheirArticleCounts() throws Exception {
        mvc.perform(get("/api/outlets"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.slug == 'associated-press')].articleCount", hasItem(1)))
                .andExpect(jsonPath("$[?(@.slug == 'associated-press')].kind", hasItem("WIRE_AGENCY")))
                .andExpect(jsonPath("$[?(@.slug == 'unknown')].name", hasItem("Unknown outlet")));
    }

    @Test
    void healthReportsTheDatabaseToTheAdmin() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("admin", "test-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("UP")))
                .andExpect(jsonPath("$.components.db.status", is("UP")))
                .andExpect(jsonPath("$.components.db.details.database", is("PostgreSQL")));
    }
}
