package io.parallax.claim;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.parallax.IntegrationTest;
import io.parallax.analysis.Extraction;

/** The extraction record says whether the engine read an article, and the article page says so when it did not. */
@IntegrationTest
class ExtractionStatusTests {

    private static final String BODY = "The State Duma on Oct. 24 voted 397-0 to ratify the treaty, and up to 10,000 troops "
            + "were sent to Russia, the U.S. State Department said. ";

    @Autowired
    MockMvc mvc;

    @Autowired
    ClaimExtraction extraction;

    private int importArticle(String language) throws Exception {
        String json = "{\"outlet\": \"Language Test Outlet\", \"story\": \"Language test\", \"language\": \"" + language + "\", "
                + "\"publishedAt\": \"2024-10-25\", \"body\": \"" + BODY + UUID.randomUUID() + "\"}";
        String created = mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.id");
    }

    @Test
    void anArticleInALanguageWithoutRulesIsStoredWithoutClaimsAndTheReason() throws Exception {
        int id = importArticle("de");

        mvc.perform(get("/api/articles/{id}/claims", id)).andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(0)));
        ClaimExtraction.Status recorded = extraction.status(id).orElseThrow();
        assertThat(recorded.status()).isEqualTo(Extraction.Status.SKIPPED);
        assertThat(recorded.reason()).isEqualTo("No extraction rules for language \"de\"");
        mvc.perform(get("/articles/{id}", id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("This text was not read for claims: No extraction rules for language &quot;de&quot;.")))
                .andExpect(content().string(not(containsString("No dates, troop counts or vote results were found"))));
    }

    @Test
    void anEnglishArticleIsReadAndRecordedAsRead() throws Exception {
        int id = importArticle("en-GB");

        mvc.perform(get("/api/articles/{id}/claims", id)).andExpect(jsonPath("$.items[?(@.text == '397-0')].votesFor").exists());
        ClaimExtraction.Status recorded = extraction.status(id).orElseThrow();
        assertThat(recorded.status()).isEqualTo(Extraction.Status.EXTRACTED);
        assertThat(recorded.reason()).isNull();
        mvc.perform(get("/articles/{id}", id)).andExpect(content().string(not(containsString("not read for claims"))));
    }
}
