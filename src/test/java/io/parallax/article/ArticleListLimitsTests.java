package io.parallax.article;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.IntegrationTest;

/**
 * A list longer than anyone pages through is counted only up to its cap ("more than 10,000 articles"; 1,000 for a
 * full-text search) and pages beyond it are empty, so no list request reads the whole archive. The 10,050 articles are written
 * in the test's transaction and rolled back with it.
 */
@IntegrationTest
@Transactional
class ArticleListLimitsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void manyArticles() {
        jdbc.sql("insert into outlet (name, slug, kind) values ('Limits Gazette', 'limits-gazette', 'NEWSPAPER')").update();
        jdbc.sql("insert into story (name, slug) values ('Limits story', 'limits-story')").update();
        jdbc.sql("""
                insert into article (outlet_id, story_id, url, title, published_on, body, raw_text, content_hash)
                select (select id from outlet where slug = 'limits-gazette'), (select id from story where slug = 'limits-story'),
                       'https://limits.example/' || g, 'Limits article ' || g, date '2030-01-01' + (g % 300),
                       'The quarrymen of Zeltburg met again on day ' || g || '.', 'raw', 'limits-' || g
                from generate_series(1, 10050) g""").update();
    }

    @Test
    void aLongListSaysMoreThanTenThousandAndAnswersWithItsFirstPage() throws Exception {
        mvc.perform(get("/articles").param("outlet", "limits-gazette")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing 1–20 of more than 10,000 articles")))
                .andExpect(content().string(containsString("Limits article")));
        mvc.perform(get("/api/articles").param("outlet", "limits-gazette").param("size", "5")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total", is(10_000))).andExpect(jsonPath("$.more", is(true)))
                .andExpect(jsonPath("$.items.length()", is(5)));
        mvc.perform(get("/api/articles").param("outlet", "limits-gazette").param("from", "2030-01-01").param("to", "2030-01-10"))
                .andExpect(jsonPath("$.total", is(339))).andExpect(jsonPath("$.more", is(false)));
    }

    @Test
    void pagesEndAtTheCapWithAMessageSayingHowToNarrowTheList() throws Exception {
        mvc.perform(get("/api/articles").param("outlet", "limits-gazette").param("page", "500")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()", is(20)));
        mvc.perform(get("/api/articles").param("outlet", "limits-gazette").param("page", "501")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()", is(0))).andExpect(jsonPath("$.more", is(true)));
        mvc.perform(get("/articles").param("outlet", "limits-gazette").param("page", "1000000")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Only the first 10,000 results are listed; narrow the filters")));
    }

    @Test
    void aCommonSearchWordIsCountedToOneThousand() throws Exception {
        mvc.perform(get("/articles").param("q", "quarrymen Zeltburg")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing 1–20 of more than 1,000 articles")));
        mvc.perform(get("/api/articles").param("q", "quarrymen").param("page", "50")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total", is(1000))).andExpect(jsonPath("$.more", is(true)));
        mvc.perform(get("/api/articles").param("q", "quarrymen").param("page", "51")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()", is(0)));
        mvc.perform(get("/api/articles").param("q", "quarrymen day 7")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total", is(1))).andExpect(jsonPath("$.more", is(false)));
    }

    @Test
    void theFilterFormOffersTheLargestOutletsAndTheChosenOneNotEveryOutlet() throws Exception {
        jdbc.sql("insert into outlet (name, slug, kind) select 'Form Outlet ' || g, 'form-outlet-' || g, 'NEWSPAPER' from generate_series(1, 40) g")
                .update();
        jdbc.sql("""
                insert into article (outlet_id, story_id, url, title, published_on, body, raw_text, content_hash)
                select o.id, (select id from story where slug = 'limits-story'), 'https://form.example/' || o.id || '/' || g,
                       'Form article', date '2030-01-01', 'Body', 'raw', 'form-' || o.id || '-' || g
                from outlet o cross join generate_series(1, 2) g where o.slug like 'form-outlet-%'""").update();
        String page = mvc.perform(get("/articles").param("outlet", "form-outlet-40")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long boxes = page.lines().filter(l -> l.contains("type=\"checkbox\" name=\"outlet\"")).count();
        org.assertj.core.api.Assertions.assertThat(boxes).isBetween(2L, 31L);
        org.assertj.core.api.Assertions.assertThat(page).contains("Limits Gazette").contains("value=\"form-outlet-40\"")
                .contains("Another outlet, by name");
        mvc.perform(get("/articles").param("outlet", "Form Outlet 17")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing 1–2 of 2 articles")));
    }
}
