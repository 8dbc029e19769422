package io.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.IntegrationTest;

/**
 * Each story keeps its size, outlets and date span (V52), so the stories pages and "the largest story" never group the
 * archive; these tests change articles every way the app does (insert, move, delete, re-extract) and check the kept
 * figures against a count made from scratch.
 */
@IntegrationTest
@Transactional
class StoryCountsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Stories stories;

    @Autowired
    MockMvc mvc;

    @Test
    void keptCountsFollowInsertsMovesAndDeletesAndMatchACountFromScratch() throws Exception {
        long one = story("Counts one");
        long two = story("Counts two");
        long a = outlet("Counts A");
        long b = outlet("Counts B");
        insert(one, a, 3, "2030-03-01");
        insert(one, b, 2, "2030-02-01");
        insert(two, b, 1, "2030-05-05");
        assertThat(kept(one)).containsExactly(5L, 2L, "2030-02-01", "2030-03-03");
        assertThat(kept(two)).containsExactly(1L, 1L, "2030-05-05", "2030-05-05");

        jdbc.sql("update article set story_id = :two where story_id = :one and outlet_id = :b").param("two", two).param("one", one)
                .param("b", b).update();
        assertThat(kept(one)).containsExactly(3L, 1L, "2030-03-01", "2030-03-03");
        assertThat(kept(two)).containsExactly(3L, 1L, "2030-02-01", "2030-05-05");

        jdbc.sql("delete from article where story_id = :one and published_on = '2030-03-03'").param("one", one).update();
        assertThat(kept(one)).containsExactly(2L, 1L, "2030-03-01", "2030-03-02");

        // Every story's kept figures equal a count made from scratch, seeds and other tests' stories included.
        List<Map<String, Object>> wrong = jdbc.sql("""
                select s.id from story s left join (select story_id, count(*) n, count(distinct outlet_id) o,
                       min(published_on) f, max(published_on) l from article group by story_id) c on c.story_id = s.id
                where s.article_count <> coalesce(c.n, 0) or s.outlet_count <> coalesce(c.o, 0)
                   or s.first_published is distinct from c.f or s.last_published is distinct from c.l""").query().listOfRows();
        assertThat(wrong).isEmpty();
        mvc.perform(get("/stories/counts-two")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Counts B")));
    }

    @Test
    void aStorysStampMovesWhenItsArticlesAreReadAgainButNotForAnotherStory() {
        long one = story("Stamp one");
        long two = story("Stamp two");
        long a = outlet("Stamp A");
        insert(one, a, 2, "2030-03-01");
        insert(two, a, 2, "2030-03-01");
        long article = jdbc.sql("select min(id) from article where story_id = :s").param("s", one).query(Long.class).single();
        jdbc.sql("insert into claim_extraction (article_id, extractor_version, extracted_at) values (:id, 'test', now())")
                .param("id", article).update();
        String before = stories.stamp(one);
        String other = stories.stamp(two);
        jdbc.sql("update claim_extraction set extracted_at = clock_timestamp() where article_id = :id").param("id", article).update();
        assertThat(stories.stamp(one)).isNotEqualTo(before);
        assertThat(stories.stamp(two)).isEqualTo(other);
    }

    @Test
    void theLargestStoryIsReadFromTheKeptCounts() {
        long big = story("Counts largest");
        insert(big, outlet("Counts L"), 500, "2030-01-01");
        assertThat(stories.largest()).map(StoryRef::id).contains(big);
    }

    private List<Object> kept(long story) {
        return jdbc.sql("select article_count, outlet_count, first_published::text, last_published::text from story where id = :id")
                .param("id", story).query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .single();
    }

    private long story(String name) {
        return jdbc.sql("insert into story (name, slug) values (:n, lower(replace(:n, ' ', '-'))) returning id").param("n", name)
                .query(Long.class).single();
    }

    private long outlet(String name) {
        return jdbc.sql("insert into outlet (name, slug, kind) values (:n, lower(replace(:n, ' ', '-')), 'NEWSPAPER') returning id")
                .param("n", name).query(Long.class).single();
    }

    /** {@code n} articles on consecutive days from {@code first}. */
    private void insert(long story, long outlet, int n, String first) {
        jdbc.sql("""
                insert into article (outlet_id, story_id, title, published_on, body, raw_text, content_hash)
                select :outlet, :story, 'Counted ' || g, cast(:first as date) + (g - 1), 'Body ' || g, 'raw', md5(random()::text || g)
                from generate_series(1, :n) g""").param("outlet", outlet).param("story", story).param("first", first).param("n", n)
                .update();
    }
}
