package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.parallax.IntegrationTest;

/**
 * The stories page counts facts in dispute from each story's matrix, but builds a matrix only for a story that changed:
 * counts are kept under the story's own stamp, so an import into another story leaves them, and a change to the story
 * (here its claims read again) builds its matrix once.
 */
@IntegrationTest
class StoryDisputesCacheTests {

    private static final String SEEDS = "russia-north-korea-treaty-2024";

    @Autowired
    StoryDisputes disputes;

    @Autowired
    ComparisonService comparisons;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStoriesPageBuildsAMatrixOnlyForAStoryThatChanged() throws Exception {
        int disputed = disputes.factsInDispute(SEEDS);
        mvc.perform(get("/stories")).andExpect(status().isOk());
        long built = comparisons.matricesBuilt();
        mvc.perform(get("/stories")).andExpect(status().isOk());
        assertThat(disputes.factsInDispute(SEEDS)).isEqualTo(disputed);
        assertThat(comparisons.matricesBuilt()).isEqualTo(built);

        String other = "Disputes cache test " + UUID.randomUUID();
        mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"outlet": "Cache Daily", "story": "%s", "publishedAt": "2024-11-10",
                         "body": "The council voted 7-2 on Monday to close the bridge. %s"}""".formatted(other, UUID.randomUUID())))
                .andExpect(status().isCreated());
        assertThat(disputes.factsInDispute(SEEDS)).isEqualTo(disputed);
        assertThat(comparisons.matricesBuilt()).as("an import into another story keeps this story's count").isEqualTo(built);

        jdbc.sql("""
                update claim_extraction set extracted_at = clock_timestamp()
                where article_id = (select min(a.id) from article a join story s on s.id = a.story_id where s.slug = :slug)""")
                .param("slug", SEEDS).update();
        assertThat(disputes.factsInDispute(SEEDS)).isEqualTo(disputed);
        assertThat(disputes.factsInDispute(SEEDS)).isEqualTo(disputed);
        assertThat(comparisons.matricesBuilt()).as("a change to the story builds its matrix once").isEqualTo(built + 1);
    }
}
