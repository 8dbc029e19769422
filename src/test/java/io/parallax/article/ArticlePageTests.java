package io.parallax.article;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.parallax.IntegrationTest;

@IntegrationTest
class ArticlePageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theHomePageListsTheSeedArticlesWithTheirCount() throws Exception {
        mvc.perform(get("/").param("story", "russia-north-korea-treaty-2024").param("from", "2024-01-01"))
                .andExpect(status().isOk())
                .andExpect(view().name(ArticleController.LIST))
                .andExpect(content().string(containsString("Showing 1–5 of 5 articles")))
                .andExpect(content().string(containsString("Russian senators ratify North Korean defense pact")));
    }

    @Test
    void anInvalidDateIsExplainedWithA400AndNeverA500() throws Exception {
        mvc.perform(get("/articles").param("from", "2024-13-45"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("2024-13-45 is not a date")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/articles").param("outlet", "radio-shoma-93-4").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(containsString("Showing 1–1 of 1 article")))
                .andExpect(content().string(not(containsString("<header"))));
    }

    @Test
    void anEmptyResultAndAPageBeyondTheEndSayWhatHappened() throws Exception {
        mvc.perform(get("/articles").param("q", "zebra giraffe"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No articles match these filters")));
        mvc.perform(get("/articles").param("page", "50"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no page")));
    }

    @Test
    void hostileSearchTextIsEchoedEscaped() throws Exception {
        mvc.perform(get("/articles").param("q", "\"><script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    @Test
    void anArticlePageShowsItsFactsAndBodyAndMarksAnInferredDate() throws Exception {
        long id = JsonPath.<Integer>read(mvc.perform(get("/api/articles").param("outlet", "radio-shoma-93-4"))
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        mvc.perform(get("/articles/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Russian parliament ratifies defence treaty with North Korea")))
                .andExpect(content().string(containsString("Thursday 24 October 2024")))
                .andExpect(content().string(containsString("inferred from the text")))
                .andExpect(content().string(containsString("The State Duma voted <mark")))
                .andExpect(content().string(containsString("https://radioshoma934.ae/news/")));
    }

    @Test
    void markupInAnArticleIsShownAsTextNeverRun() throws Exception {
        String body = "{\"outlet\": \"Hostile Herald\", \"story\": \"Escaping test\", \"title\": \"<img src=x onerror=alert(1)>\", "
                + "\"body\": \"Plain text " + UUID.randomUUID() + " with <script>alert('x')</script> inside.\"}";
        String json = mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").exists())
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(json, "$.id");
        mvc.perform(get("/articles/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert('x')</script>"))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
    }

    @Test
    void aStoryFilterIsOfferedOnceThereAreTwoStories() throws Exception {
        mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"outlet\": \"Second Story Times\", \"story\": \"A second story\", \"body\": \"Second story text "
                        + UUID.randomUUID() + ".\"}")).andExpect(status().isCreated());
        mvc.perform(get("/articles"))
                .andExpect(content().string(containsString("<select id=\"story\" name=\"story\">")))
                .andExpect(content().string(containsString(">A second story</option>")));
        mvc.perform(get("/articles").param("story", "a-second-story"))
                .andExpect(content().string(containsString("Showing 1–1 of 1 article")));
    }

    @Test
    void anUnknownArticleIsA404PageInTheLayout() throws Exception {
        mvc.perform(get("/articles/{id}", 987654))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no article with id 987654.")))
                .andExpect(content().string(containsString("class=\"site-nav\"")));
    }

    @Test
    void theOutletsPageCountsArticlesAndLinksToTheFilteredList() throws Exception {
        mvc.perform(get("/outlets"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hurriyet Daily News")))
                .andExpect(content().string(containsString("href=\"/articles?outlet=hurriyet-daily-news\"")));
    }

    @Test
    void formsCarryACsrfTokenAndAPostWithoutOneIsRefused() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
    }
}
