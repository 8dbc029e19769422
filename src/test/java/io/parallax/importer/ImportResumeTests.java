package io.parallax.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.parallax.IntegrationTest;
import io.parallax.importer.ImportJobs.ItemKind;
import io.parallax.importer.ImportJobs.NewItem;

/** An import stopped between two batches (as at shutdown) keeps exactly what it stored and resumes from there. */
@IntegrationTest
class ImportResumeTests {

    @Autowired
    BulkImporter importer;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resumeNormalRunning() {
        importer.afterEachBatch(id -> { });
        importer.resumeUnfinished();
    }

    @Test
    void anImportStoppedMidwayReportsWhatItStoredAndFinishesOnResume() throws Exception {
        String run = UUID.randomUUID().toString();
        List<NewItem> items = IntStream.rangeClosed(1, 120).mapToObj(i -> new NewItem(ItemKind.JSON, "line " + i,
                BulkImportApiTests.line("Resume Gazette", "https://resume.example/" + run + "/" + i,
                        BulkImportApiTests.body(run + "-" + i)))).toList();
        // Stop as the server would at shutdown, right after the first batch (50 items in tests) is committed.
        importer.afterEachBatch(id -> importer.requestStop());
        long id = importer.submit(ImportOrigin.API, "resume test", "admin", items);
        await(id, p -> p.done() > 0);
        importer.stop();
        ImportProgress stopped = jobs.progress(id).orElseThrow();

        assertThat(stopped.status()).isEqualTo("RUNNING");
        assertThat(stopped.stored()).isEqualTo(50);
        assertThat(stopped.pending()).isEqualTo(70);
        // Exactly the items reported stored have their article, and no other article of this import exists.
        long storedItemsWithArticle = jdbc.sql("""
                select count(*) from import_item i join article a on a.id = i.article_id
                where i.job_id = :id and i.status = 'STORED' and a.url like :u""")
                .param("id", id).param("u", "https://resume.example/" + run + "/%").query(Long.class).single();
        assertThat(storedItemsWithArticle).isEqualTo(50);
        assertThat(articles(run)).isEqualTo(50);

        importer.afterEachBatch(jobId -> { });
        assertThat(importer.resumeUnfinished()).isGreaterThanOrEqualTo(1);
        ImportProgress finished = await(id, ImportProgress::finished);

        assertThat(finished.stored()).isEqualTo(120);
        assertThat(finished.duplicates()).isZero();
        assertThat(articles(run)).isEqualTo(120);
    }

    private long articles(String run) {
        return jdbc.sql("select count(*) from article where url like :u").param("u", "https://resume.example/" + run + "/%")
                .query(Long.class).single();
    }

    private ImportProgress await(long id, java.util.function.Predicate<ImportProgress> condition) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            ImportProgress p = jobs.progress(id).orElseThrow();
            if (condition.test(p)) {
                return p;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The import did not get there within 30 s: " + jobs.progress(id).orElseThrow());
    }
}
