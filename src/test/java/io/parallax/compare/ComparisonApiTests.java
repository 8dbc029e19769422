package io.parallax.compare;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.parallax.IntegrationTest;

/** The comparison of the five seed articles, as the API and the pages give it. */
@IntegrationTest
class ComparisonApiTests {

    private static final String SEEDS = "russia-north-korea-treaty-2024";
    private static final String TROOPS = "$.rows[?(@.subject == 'troops/north-korea/russia' && @.type == 'TROOP_COUNT')]";
    private static final String DUMA_DATE = "$.rows[?(@.subject == 'ratification/state-duma' && @.type == 'DATE')]";
    private static final String DUMA_VOTE = "$.rows[?(@.subject == 'ratification/state-duma' && @.type == 'VOTE')]";

    @Autowired
    MockMvc mvc;

    @Test
    void theTroopRowIsUpdatedOverTimeNotADisagreement() throws Exception {
        mvc.perform(get("/api/comparison").param("story", SEEDS).param("from", "2024-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.articles", is(5)))
                .andExpect(jsonPath(TROOPS + ".disagreement", hasItem(false)))
                .andExpect(jsonPath(TROOPS + ".verdict", hasItem("updated over time")))
                .andExpect(jsonPath(TROOPS + ".change", hasItem("3,000 (US, 24 Oct) → 10,000 (US, 6 Nov)")))
                .andExpect(jsonPath(TROOPS + ".cells[*].value", hasItems("3,000", "up to 10,000")))
                .andExpect(jsonPath(TROOPS + ".cells[?(@.value == 'up to 10,000')].outlet", hasItem("Associated Press")))
                .andExpect(jsonPath(TROOPS + ".cells[?(@.value == '3,000')].outlet", hasItem("Radio Shoma 93.4")));
    }

    @Test
    void theDumaDateAgreesAcrossOctoberTwentyFourthAndThursday() throws Exception {
        mvc.perform(get("/api/comparison").param("story", SEEDS).param("from", "2024-01-01"))
                .andExpect(jsonPath(DUMA_DATE + ".disagreement", hasItem(false)))
                .andExpect(jsonPath(DUMA_DATE + ".consensus", hasItem("24 Oct 2024")))
                .andExpect(jsonPath(DUMA_DATE + ".cells[*].text", hasItem("Oct. 24")))
                .andExpect(jsonPath(DUMA_DATE + ".cells[*].text", hasItem(containsString("Thursday"))))
                .andExpect(jsonPath(DUMA_VOTE + ".cells[*].text", hasItem("397-0")))
                .andExpect(jsonPath(DUMA_VOTE + ".cells[*].outlet", hasItem("Radio Shoma 93.4")));
    }

    @Test
    void theComparisonTakesTheArticleFilters() throws Exception {
        mvc.perform(get("/api/comparison").param("outlet", "radio-shoma-93-4"))
                .andExpect(jsonPath("$.articles", is(1)))
                .andExpect(jsonPath("$.outlets[0]", is("Radio Shoma 93.4")))
                .andExpect(jsonPath("$.rows[*].disagreement", org.hamcrest.Matchers.not(hasItem(true))));
        mvc.perform(get("/api/comparison").param("from", "2024-13-45"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theMatrixPageShowsTheFlagTheValuesAndTheSentences() throws Exception {
        mvc.perform(get("/compare").param("story", SEEDS))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("updated over time")))
                .andExpect(content().string(containsString("How this verdict was reached")))
                .andExpect(content().string(containsString("up to 10,000")))
                .andExpect(content().string(containsString("<summary>Sentence</summary>")))
                .andExpect(content().string(containsString("#claim-")));
        mvc.perform(get("/compare").param("to", "not-a-date"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("not-a-date is not a date")));
    }

    @Test
    void theTimelineListsTroopFiguresAndDatedEvents() throws Exception {
        mvc.perform(get("/timeline").param("story", SEEDS))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"timeline-data\"")))
                .andExpect(content().string(containsString("about 3,000")))
                .andExpect(content().string(containsString("State Duma ratification")));
    }

    @Test
    void twoArticlesSideBySidePairTheRewrittenWireCopy() throws Exception {
        String ap = idOf("associated-press");
        String unknown = idOf("unknown");
        mvc.perform(get("/compare/articles").param("left", ap).param("right", unknown))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reworded")))
                .andExpect(content().string(containsString("Their claims")));
        mvc.perform(get("/compare/articles").param("left", "abc").param("right", ap))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/compare/articles").param("left", "987654").param("right", ap))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOutletPageMeasuresAgreementWithTheOthers() throws Exception {
        mvc.perform(get("/outlets/radio-shoma-93-4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("agree with the consensus of the other independent sources")));
        mvc.perform(get("/outlets/no-such-outlet")).andExpect(status().isNotFound());
    }

    @Test
    void theMatrixExportsAsCsvWithOneLinePerClaim() throws Exception {
        mvc.perform(get("/compare.csv").param("outlet", "radio-shoma-93-4"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("\"question\",\"subject\",\"type\"")))
                .andExpect(content().string(containsString("\"397-0\"")))
                .andExpect(content().string(containsString("\"Radio Shoma 93.4\"")));
    }

    @Test
    void csvFieldsAreQuotedAndCannotBecomeFormulas() {
        org.assertj.core.api.Assertions.assertThat(ComparisonExportController.field("=HYPERLINK(\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        org.assertj.core.api.Assertions.assertThat(ComparisonExportController.field("a,b")).isEqualTo("\"a,b\"");
    }

    private String idOf(String outlet) throws Exception {
        String json = mvc.perform(get("/api/articles").param("outlet", outlet)).andReturn().getResponse().getContentAsString();
        return String.valueOf(com.jayway.jsonpath.JsonPath.<Integer>read(json, "$.items[0].id"));
    }
}
