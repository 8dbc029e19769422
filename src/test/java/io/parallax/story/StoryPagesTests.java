package io.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.parallax.IntegrationTest;
import io.parallax.system.Slugs;

@IntegrationTest
class StoryPagesTests {

    private static final String SEEDS = "russia-north-korea-treaty-2024";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStoriesPageListsEachStoryWithItsArticlesOutletsDatesAndDisputes() throws Exception {
        mvc.perform(get("/stories")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Russia–North Korea treaty, 2024")))
                .andExpect(content().string(containsString("href=\"/stories/" + SEEDS + "\"")))
                .andExpect(content().string(containsString("href=\"/compare?story=" + SEEDS + "\"")));
    }

    @Test
    void aStoryPageListsItsArticlesAndOutletsAndLinksToItsMatrixAndTimeline() throws Exception {
        mvc.perform(get("/stories/" + SEEDS)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Russian parliament ratifies defence treaty with North Korea")))
                .andExpect(content().string(containsString("/timeline?story=" + SEEDS)))
                .andExpect(content().string(containsString("Hurriyet Daily News")));
        mvc.perform(get("/stories/no-such-story")).andExpect(status().isNotFound());
    }

    @Test
    void theMatrixWithoutAStoryShowsTheLargestStoryOnly() throws Exception {
        String other = "Matrix scope test " + UUID.randomUUID();
        add(other, "Scope Daily", "The senate voted 61-39 on Tuesday to approve the harbour bill. " + UUID.randomUUID());
        long largest = jdbc.sql("select count(*) from article group by story_id order by count(*) desc limit 1").query(Long.class).single();
        mvc.perform(get("/api/comparison")).andExpect(status().isOk()).andExpect(jsonPath("$.articles", is((int) largest)));
        mvc.perform(get("/compare")).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + SEEDS + "\" selected")));
    }

    @Test
    void editorsMoveRenameSplitAndMergeStoriesAndEachChangeIsLogged() throws Exception {
        String a = "Editing test A " + UUID.randomUUID();
        String b = "Editing test B " + UUID.randomUUID();
        long a1 = add(a, "Edit Times", "First article of A. " + UUID.randomUUID());
        long a2 = add(a, "Edit Times", "Second article of A. " + UUID.randomUUID());
        long b1 = add(b, "Edit Post", "First article of B. " + UUID.randomUUID());
        String slugA = Slugs.of(a);
        String slugB = Slugs.of(b);

        mvc.perform(post("/stories/" + slugB + "/move").param("article", String.valueOf(a2)).param("to", slugB).with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/stories/" + slugA + "/move").param("article", String.valueOf(a2)).param("to", slugB)
                .with(csrf()).with(user("reader").roles("READER"))).andExpect(status().isForbidden());

        mvc.perform(post("/stories/" + slugA + "/move").param("article", String.valueOf(a2)).param("to", slugB)
                .with(csrf()).with(user("editor").roles("EDITOR"))).andExpect(redirectedUrl("/stories/" + slugB));
        assertThat(storyOf(a2)).isEqualTo(storyOf(b1));

        String renamed = "Renamed " + b;
        mvc.perform(post("/stories/" + slugB + "/rename").param("name", renamed).with(csrf()).with(user("editor").roles("EDITOR")))
                .andExpect(redirectedUrl("/stories/" + Slugs.of(renamed)));

        mvc.perform(post("/api/stories/" + Slugs.of(renamed) + "/split").with(httpBasic("editor", "editor-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"articles\": [" + b1 + "], \"name\": \"Split " + b + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name", is("Split " + b)));
        assertThat(storyOf(b1)).isNotEqualTo(storyOf(a2));

        mvc.perform(post("/api/stories/" + Slugs.of("Split " + b) + "/merge").with(httpBasic("editor", "editor-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"into\": \"" + slugA + "\"}"))
                .andExpect(status().isOk());
        assertThat(storyOf(b1)).isEqualTo(storyOf(a1));
        assertThat(jdbc.sql("select count(*) from story where slug = :s").param("s", Slugs.of("Split " + b)).query(Long.class).single()).isZero();

        List<String> log = jdbc.sql("select action || ' ' || editor from story_change where detail like :d order by id")
                .param("d", "%" + b + "%").query(String.class).list();
        assertThat(log).containsExactly("MOVE editor", "RENAME editor", "SPLIT editor", "MERGE editor");
        assertThat(jdbc.sql("select method from story_assignment where article_id = :id").param("id", b1).query(String.class).single())
                .isEqualTo("EDITOR");
        mvc.perform(get("/stories/" + slugA)).andExpect(content().string(containsString("Merged")));
    }

    @Test
    void aBadStoryChangeIsRefusedWithA400AndChangesNothing() throws Exception {
        String a = "Refusal test " + UUID.randomUUID();
        add(a, "Edit Times", "Only article. " + UUID.randomUUID());
        mvc.perform(post("/api/stories/" + Slugs.of(a) + "/merge").with(httpBasic("editor", "editor-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"into\": \"" + Slugs.of(a) + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/stories/move").with(httpBasic("editor", "editor-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"articles\": [], \"story\": \"" + Slugs.of(a) + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/stories/no-such-story/rename").with(httpBasic("editor", "editor-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\"}"))
                .andExpect(status().isNotFound());
    }

    private long storyOf(long articleId) {
        return jdbc.sql("select story_id from article where id = :id").param("id", articleId).query(Long.class).single();
    }

    private long add(String story, String outlet, String text) throws Exception {
        String body = "The committee met in the capital on Monday and heard from witnesses for several hours. " + text;
        String json = """
                {"outlet": "%s", "story": "%s", "publishedAt": "2024-11-10", "body": "%s"}""".formatted(outlet, story, body);
        String location = mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
