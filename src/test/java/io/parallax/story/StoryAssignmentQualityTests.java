package io.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
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
        Map<String, Object> fields = new HashMap<>();
        fields.put("outlet", g.outlet());
        fields.put("title", g.title());
        fields.put("publishedAt", g.published().toString());
        fields.put("body", g.body() + "\n\nRef " + UUID.randomUUID() + ".");
        return json.convertValue(fields, ArticleSubmission.class);
    }
}
