package io.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import io.parallax.IntegrationTest;
import io.parallax.importer.ArticleImporter;
import io.parallax.importer.ArticleSubmission;

/**
 * Imports a generated mix of articles from twelve stories, none naming its story, and measures how many land in the
 * right one: each true story's articles should gather in one story of their own, and no story should mix two.
 */
@IntegrationTest
// Its own database: the twelve generated stories would otherwise outgrow the seed story that other tests compare.
@TestPropertySource(properties = "parallax.data-dir=target/story-quality-data")
class StoryAssignmentQualityTests {

    @Autowired
    ArticleImporter importer;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void automaticAssignmentPutsAtLeastNinetyFivePercentOfArticlesInTheRightStory() {
        GeneratedStories generator = new GeneratedStories();
        List<GeneratedStories.Generated> articles = generator.generate(12, 20310101L);
        assertThat(generator.storySlugs()).hasSizeGreaterThanOrEqualTo(10);

        Map<Long, String> truth = new HashMap<>();
        for (GeneratedStories.Generated g : articles) {
            long id = importer.importArticle(submission(g)).article().id();
            truth.put(id, g.story());
        }
        Map<Long, Long> assigned = new HashMap<>();
        jdbc.sql("select id, story_id from article where id = any(:ids)").param("ids", truth.keySet().toArray(Long[]::new))
                .query(rs -> {
                    assigned.put(rs.getLong("id"), rs.getLong("story_id"));
                });

        double accuracy = accuracy(truth, assigned);
        System.out.printf("Story assignment: %d articles of %d stories, %.1f%% in the right story, %d stories made%n",
                truth.size(), generator.storySlugs().size(), 100 * accuracy, assigned.values().stream().distinct().count());
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theBulkImportAssignsStoriesAsWellAsSingleImports() throws Exception {
        GeneratedStories generator = new GeneratedStories();
        List<GeneratedStories.Generated> articles = generator.generate(12, 20310202L);
        StringBuilder ndjson = new StringBuilder();
        for (GeneratedStories.Generated g : articles) {
            ndjson.append(json.writeValueAsString(fields(g))).append('\n');
        }
        String location = mvc.perform(post("/api/imports").with(httpBasic("admin", "test-password"))
                        .contentType("application/x-ndjson").content(ndjson.toString()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        long job = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (int i = 0; i < 1200 && jdbc.sql("select status from import_job where id = :id").param("id", job)
                .query(String.class).single().equals("RUNNING"); i++) {
            Thread.sleep(100);
        }

        Map<Long, String> truth = new HashMap<>();
        Map<Long, Long> assigned = new HashMap<>();
        jdbc.sql("""
                select i.line, a.id, a.story_id from import_item i join article a on a.id = i.article_id
                where i.job_id = :job and i.status = 'STORED'""").param("job", job).query(rs -> {
                    truth.put(rs.getLong("id"), articles.get(rs.getInt("line") - 1).story());
                    assigned.put(rs.getLong("id"), rs.getLong("story_id"));
                });
        assertThat(truth).hasSize(articles.size());
        double accuracy = accuracy(truth, assigned);
        System.out.printf("Story assignment through the bulk import: %d articles, %.1f%% in the right story%n", truth.size(),
                100 * accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
        assertThat(jdbc.sql("select count(*) from story_assignment where article_id = any(:ids) and method in ('NEW', 'MATCHED')")
                .param("ids", truth.keySet().toArray(Long[]::new)).query(Long.class).single()).isEqualTo(articles.size());
    }

    @Test
    void eachDecisionIsStoredWithItsSimilarityAndReason() {
        GeneratedStories generator = new GeneratedStories();
        List<GeneratedStories.Generated> two = generator.generate(2, 7L).stream()
                .filter(g -> g.story().equals("chile-wildfires")).toList();
        long first = importer.importArticle(submission(two.get(0))).article().id();
        long second = importer.importArticle(submission(two.get(1))).article().id();

        var decisions = jdbc.sql("select article_id, method, similarity, reason from story_assignment where article_id in (:a, :b) order by article_id")
                .param("a", first).param("b", second).query().listOfRows();
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(1).get("method")).isEqualTo("MATCHED");
        assertThat((Double) decisions.get(1).get("similarity")).isGreaterThan(0.2);
        assertThat((String) decisions.get(1).get("reason")).contains("similar");
    }

    /**
     * An article is right when it sits in the story that holds most of its true story's articles, and that story holds
     * mostly articles of its true story: splitting a story and mixing two both count against it.
     */
    static double accuracy(Map<Long, String> truth, Map<Long, Long> assigned) {
        Map<String, Long> home = truth.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.collectingAndThen(Collectors.groupingBy(e -> assigned.get(e.getKey()), Collectors.counting()),
                        counts -> counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())));
        Map<Long, String> owner = assigned.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.collectingAndThen(Collectors.groupingBy(e -> truth.get(e.getKey()), Collectors.counting()),
                        counts -> counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())));
        long right = truth.entrySet().stream().filter(e -> {
            Long story = assigned.get(e.getKey());
            return story.equals(home.get(e.getValue())) && e.getValue().equals(owner.get(story));
        }).count();
        return (double) right / truth.size();
    }

    private ArticleSubmission submission(GeneratedStories.Generated g) {
        return json.convertValue(fields(g), ArticleSubmission.class);
    }

    private static Map<String, Object> fields(GeneratedStories.Generated g) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("outlet", g.outlet());
        fields.put("title", g.title());
        fields.put("publishedAt", g.published().toString());
        fields.put("body", g.body() + "\n\nRef " + UUID.randomUUID() + ".");
        return fields;
    }
}
