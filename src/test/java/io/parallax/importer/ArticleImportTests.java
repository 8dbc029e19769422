package io.parallax.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.parallax.IntegrationTest;
import io.parallax.system.InvalidInputException;

@IntegrationTest
class ArticleImportTests {

    @Autowired
    ArticleImporter importer;

    @Autowired
    SeedLoader seeds;

    @Autowired
    JdbcClient jdbc;

    private long count(String sql, Object... args) {
        var statement = jdbc.sql(sql);
        for (Object arg : args) {
            statement = statement.param(arg);
        }
        return statement.query(Long.class).single();
    }

    private static ArticleSubmission article(String outlet, String url, String body) {
        return new ArticleSubmission(outlet, null, null, null, url, null, null, null, "2024-10-24", null, null,
                "Import test story", null, body);
    }

    @Test
    void theSeedArticlesAreLoadedOnceWithTheirMetadataAndLoadingAgainAddsNothing() throws Exception {
        long before = count("select count(*) from article");
        seeds.run(new DefaultApplicationArguments());

        assertThat(count("select count(*) from article")).isEqualTo(before);
        assertThat(count("select count(*) from article a join story s on s.id = a.story_id where s.name = 'Russia–North Korea treaty, 2024' and a.published_on is not null"
                + " and a.published_on_reason is null"))
                .isEqualTo(5);
        var ap = jdbc.sql("select a.published_on, a.published_on_inferred, a.wire, a.title_derived, a.published_via from article a "
                + "join outlet o on o.id = a.outlet_id where o.name = 'Associated Press'").query().singleRow();
        assertThat(ap.get("published_on").toString()).isEqualTo("2024-11-06");
        assertThat(ap).containsEntry("published_on_inferred", false).containsEntry("wire", "AP").containsEntry("title_derived", true)
                .containsEntry("published_via", "WDBO (wdbo.com)");
        var shoma = jdbc.sql("select a.published_on, a.published_on_inferred, o.kind, o.country from article a "
                + "join outlet o on o.id = a.outlet_id where o.slug = 'radio-shoma-93-4'").query().singleRow();
        assertThat(shoma.get("published_on").toString()).isEqualTo("2024-10-24");
        assertThat(shoma).containsEntry("published_on_inferred", true).containsEntry("kind", "BROADCASTER");
    }

    @Test
    void anArticleWithoutAPublisherBelongsToTheUnknownOutlet() {
        assertThat(jdbc.sql("select o.name from article a join outlet o on o.id = a.outlet_id where a.url is null "
                + "and a.title like 'Russia confirms agreement%'").query(String.class).single()).isEqualTo("Unknown outlet");
    }

    @Test
    void theOriginalTextIsKeptWordForWord() throws Exception {
        String original = java.nio.file.Files.readString(java.nio.file.Path.of("db/seed/004_2150b443729992c0.txt"));
        assertThat(jdbc.sql("select raw_text from article a join outlet o on o.id = a.outlet_id where o.slug = 'marketing-pro-hub'")
                .query(String.class).single()).isEqualTo(original);
    }

    @Test
    void theSameUrlOrTheSameNormalisedBodyIsADuplicate() {
        String url = "https://example.org/" + UUID.randomUUID();
        String body = "A body about parliament " + UUID.randomUUID() + ". It has two sentences.";
        ImportResult first = importer.importArticle(article("Duplicate Test Daily", url, body));
        ImportResult sameUrl = importer.importArticle(article("Duplicate Test Daily", url, "Quite another text altogether."));
        ImportResult sameBody = importer.importArticle(article("Another Outlet", null, "  " + body.toUpperCase() + "\n\nMore\n"));

        assertThat(first.duplicate()).isFalse();
        assertThat(sameUrl.duplicate()).isTrue();
        assertThat(sameUrl.article().id()).isEqualTo(first.article().id());
        assertThat(sameBody.duplicate()).isTrue();
        assertThat(sameBody.article().id()).isEqualTo(first.article().id());
        assertThat(count("select count(*) from outlet where name = 'Another Outlet'")).isZero();
    }

    @Test
    void theSameArticlePostedFromManyThreadsAtOnceIsStoredExactlyOnce() throws Exception {
        String url = "https://example.org/race/" + UUID.randomUUID();
        String outlet = "Race Outlet " + UUID.randomUUID();
        String body = "Racing body " + UUID.randomUUID() + ". Lawmakers voted on Thursday.";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ImportResult>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tasks.add(() -> importer.importArticle(article(outlet, url, body)));
            }
            List<ImportResult> results = new ArrayList<>();
            for (Future<ImportResult> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            assertThat(results).filteredOn(r -> !r.duplicate()).hasSize(1);
            assertThat(results).extracting(r -> r.article().id()).containsOnly(results.get(0).article().id());
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from article where url = ?", url)).isEqualTo(1);
        assertThat(count("select count(*) from outlet where name = ?", outlet)).isEqualTo(1);
    }

    @Test
    void differentArticlesForOneStoryAndOneOutletFromManyThreadsAreAllStoredAndCounted() throws Exception {
        String outlet = "Busy Outlet " + UUID.randomUUID();
        String story = "Busy story " + UUID.randomUUID();
        int articles = 160;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ImportResult>> tasks = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                String body = "Busy body number " + i + " " + UUID.randomUUID() + ". Lawmakers voted on Thursday.";
                tasks.add(() -> importer.importSubmitted(new ArticleSubmission(outlet, null, null, null, null, null, null,
                        null, "2024-10-24", null, null, story, null, body)));
            }
            for (Future<ImportResult> f : pool.invokeAll(tasks)) {
                assertThat(f.get().duplicate()).isFalse();
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from article a join outlet o on o.id = a.outlet_id where o.name = ?", outlet))
                .isEqualTo(articles);
        assertThat(count("select article_count from outlet where name = ?", outlet)).isEqualTo(articles);
        assertThat(count("select article_count from story where name = ?", story)).isEqualTo(articles);
    }

    @Test
    void aPublishedInstantKeepsTheDayAtItsOwnOffset() {
        var submission = new ArticleSubmission("Offset Times", null, null, null, null, null, "Offsets", null,
                "2024-10-24T23:30:00-05:00", null, null, "Import test story", null, "Late edition " + UUID.randomUUID() + ".");
        var article = importer.importArticle(submission).article();

        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2024, 10, 24));
        assertThat(article.publishedAt().toInstant().toString()).isEqualTo("2024-10-25T04:30:00Z");
    }

    @Test
    void aMalformedDateOrABodyOfPureFurnitureIsRefusedAndNothingIsStored() {
        long before = count("select count(*) from article");
        var badDate = new ArticleSubmission("Bad Date Gazette", null, null, null, null, null, null, null, "2024-13-45", null,
                null, null, null, "Text " + UUID.randomUUID() + ".");
        var furniture = new ArticleSubmission("Bad Date Gazette", null, null, null, null, null, null, null, null, null, null,
                null, null, "More\n\nComments are closed.\n\n0");

        assertThatThrownBy(() -> importer.importArticle(badDate)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().get("publishedAt"))
                .isEqualTo("2024-13-45 is not a date (yyyy-mm-dd) or an ISO-8601 instant");
        assertThatThrownBy(() -> importer.importArticle(furniture)).isInstanceOf(InvalidInputException.class);
        assertThat(count("select count(*) from article")).isEqualTo(before);
        assertThat(count("select count(*) from outlet where name = 'Bad Date Gazette'")).isZero();
    }
}
