package io.parallax.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.parallax.IntegrationTest;
import io.parallax.analysis.ClaimExtractor;

/** The seed articles' claims as stored at import, served by the API and highlighted on the article page. */
@IntegrationTest
class ClaimApiTests {

    @Autowired
    MockMvc mvc;

    private String idOf(String outlet) throws Exception {
        String json = mvc.perform(get("/api/articles").param("outlet", outlet)).andReturn().getResponse().getContentAsString();
        return String.valueOf(JsonPath.<Integer>read(json, "$.items[0].id"));
    }

    @Test
    void theApArticleDatesTheDumaRatificationAndCitesTheStateDepartmentForUpToTenThousand() throws Exception {
        mvc.perform(get("/api/articles/{id}/claims", idOf("associated-press")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.text == 'Oct. 24')].date", hasItem("2024-10-24")))
                .andExpect(jsonPath("$.items[?(@.text == 'Oct. 24')].precision", hasItem("DAY")))
                .andExpect(jsonPath("$.items[?(@.text == 'Oct. 24')].subject", hasItem("ratification/state-duma")))
                .andExpect(jsonPath("$.items[?(@.text =~ /up to 10,000.*/)].qualifier", hasItem("AT_MOST")))
                .andExpect(jsonPath("$.items[?(@.text =~ /up to 10,000.*/)].max", hasItem(10000)))
                .andExpect(jsonPath("$.items[?(@.text =~ /up to 10,000.*/)].attribution", hasItem(containsString("State Department"))))
                .andExpect(jsonPath("$.items[?(@.text =~ /up to 10,000.*/)].subject", hasItem("troops/north-korea/russia")));
    }

    @Test
    void radioShomaReportsAUnanimousDumaVoteAndLloydAustinsFigure() throws Exception {
        mvc.perform(get("/api/articles/{id}/claims", idOf("radio-shoma-93-4")))
                .andExpect(jsonPath("$.items[?(@.text == '397-0')].type", hasItem("VOTE")))
                .andExpect(jsonPath("$.items[?(@.text == '397-0')].chamber", hasItem("State Duma")))
                .andExpect(jsonPath("$.items[?(@.text == '397-0')].votesFor", hasItem(397)))
                .andExpect(jsonPath("$.items[?(@.text == '397-0')].votesAgainst", hasItem(0)))
                .andExpect(jsonPath("$.items[?(@.text == '397-0')].unanimous", hasItem(true)))
                .andExpect(jsonPath("$.items[?(@.text =~ /about 3,000.*/)].qualifier", hasItem("APPROXIMATE")))
                .andExpect(jsonPath("$.items[?(@.text =~ /about 3,000.*/)].attributionPerson", hasItem("Lloyd Austin")));
    }

    @Test
    void everySpanIsTheTextAtItsOffsets() throws Exception {
        String id = idOf("hurriyet-daily-news");
        String body = JsonPath.read(mvc.perform(get("/api/articles/{id}", id)).andReturn().getResponse().getContentAsString(), "$.body");
        String claims = mvc.perform(get("/api/articles/{id}/claims", id)).andReturn().getResponse().getContentAsString();
        java.util.List<java.util.Map<String, Object>> list = JsonPath.read(claims, "$.items");
        org.assertj.core.api.Assertions.assertThat(list).isNotEmpty();
        for (var claim : list) {
            int start = (Integer) claim.get("start");
            int end = (Integer) claim.get("end");
            org.assertj.core.api.Assertions.assertThat(body.substring(start, end)).isEqualTo(claim.get("text"));
            org.assertj.core.api.Assertions.assertThat((String) claim.get("sentence")).contains((String) claim.get("text"));
        }
    }

    @Test
    void claimsAcrossArticlesFilterByTypeSubjectOutletAndDate() throws Exception {
        mvc.perform(get("/api/claims").param("type", "VOTE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].type", everyItem(is("VOTE"))))
                .andExpect(jsonPath("$.items[?(@.text == '397-0')].outlet", hasItem("Radio Shoma 93.4")))
                .andExpect(jsonPath("$.items[?(@.text == '397-0')].publishedAt", hasItem("2024-10-24")))
                .andExpect(jsonPath("$.items[?(@.text == '397-0')].articleId").exists());
        mvc.perform(get("/api/claims").param("type", "troop_count").param("subject", "troops/north-korea/russia")
                        .param("from", "2024-11-01").param("to", "2024-11-30"))
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.items[*].publishedAt", everyItem(is("2024-11-06"))));
        mvc.perform(get("/api/claims").param("type", "weather"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field", is("type")));
        mvc.perform(get("/api/articles/987654/claims")).andExpect(status().isNotFound());
    }

    @Test
    void theArticlePageHighlightsClaimsAndListsThem() throws Exception {
        mvc.perform(get("/articles/{id}", idOf("radio-shoma-93-4")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"claim claim-vote\"")))
                .andExpect(content().string(containsString(">397-0</mark>")))
                .andExpect(content().string(containsString("State Duma: 397–0 (unanimous)")))
                .andExpect(content().string(containsString("tabindex=\"0\"")));
    }

    @Test
    void highlightingNeverLetsMarkupThrough() throws Exception {
        String body = "{\"outlet\": \"Markup Monitor\", \"story\": \"Highlight test\", \"publishedAt\": \"2024-10-24\", "
                + "\"body\": \"<b onmouseover=alert(1)>The Duma voted 397-0</b> on Thursday " + UUID.randomUUID() + ", sending 3,000 troops.\"}";
        String json = mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(json, "$.id");
        mvc.perform(get("/articles/{id}", id))
                .andExpect(content().string(not(containsString("<b onmouseover"))))
                .andExpect(content().string(containsString("&lt;b onmouseover=alert(1)&gt;")));
    }

    @Test
    void reExtractionNeedsTheAdminAndRereadsEveryArticle() throws Exception {
        mvc.perform(post("/api/admin/claims/extract")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/admin/claims/extract").with(httpBasic("admin", "test-password")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.everything").value(true))
                .andExpect(jsonPath("$.engineVersion").value(ClaimExtractor.VERSION));
        // The run goes on in the background; its progress is the editors' to read.
        mvc.perform(get("/api/admin/claims/extraction")).andExpect(status().isUnauthorized());
        String progress = "";
        for (int i = 0; i < 600 && !progress.contains("\"state\":\"DONE\""); i++) {
            Thread.sleep(100);
            progress = mvc.perform(get("/api/admin/claims/extraction").with(httpBasic("editor", "editor-password")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
        assertThat(progress).contains("\"state\":\"DONE\"").contains("\"everything\":true");
        assertThat(((Number) JsonPath.read(progress, "$.done")).longValue()).isGreaterThanOrEqualTo(5);
        mvc.perform(get("/api/articles/{id}/claims", idOf("radio-shoma-93-4")))
                .andExpect(jsonPath("$.items[?(@.text == '397-0')].votesFor", hasItem(397)));
    }
}
