package io.parallax.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.parallax.ParallaxApplication;
import io.parallax.analysis.ClaimExtractor;

/**
 * A new engine version over an archive, through three starts of the whole application on one database: start-up does
 * not wait for the archive to be read again, the stored claims are served meanwhile and switch article by article
 * (never none, never a mix), progress is reported on the page, the API and the health endpoint, a shutdown mid-run
 * resumes at the next start with only the articles still stale, and an editor's decision holds after the new reading.
 */
class BackgroundReextractionTests {

    private static final String DATA = "target/reextraction-test-data";
    private static final int COPIES = 60;
    private static final String OLD = "old-engine";
    private static final String OLD_LABEL = "Row of the old engine";
    private static final String MISSING_LINEAGE = "select count(*) from article a where not exists (select 1 from article_lineage l where l.article_id = a.id)";
    private static final String EDITOR = "Basic " + Base64.getEncoder().encodeToString("editor:editor-password".getBytes(StandardCharsets.UTF_8));
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:test-password".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ConfigurableApplicationContext start(boolean clean) {
        // Arguments, as on a command line, so that they win over the test profile's own data directory.
        return new SpringApplicationBuilder(ParallaxApplication.class).profiles("test")
                .run("--parallax.data-dir=" + DATA, "--parallax.embedded.clean=" + clean, "--server.port=0",
                        // Small batches on one thread with a pause after each, so that a run over a few hundred articles takes long enough
                        // to watch, however fast the machine.
                        "--parallax.extraction.batch-size=10", "--parallax.extraction.threads=1",
                        "--parallax.extraction.pause=40ms");
    }

    @Test
    void aNewEngineVersionIsReadInTheBackgroundResumesAfterARestartAndKeepsEditorsDecisions() throws Exception {
        long articles;
        long withClaims;
        long lastArticle;
        long correctedArticle;
        long copyOfCorrected;
        int rejectedStart;
        String rejectedType;

        // 1. An archive read by an older engine: the seeds and copies of them, all marked as read by another version,
        //    with one claim rejected by an editor.
        try (ConfigurableApplicationContext first = start(true)) {
            Reextraction job = first.getBean(Reextraction.class);
            await(job, p -> p.state() == Reextraction.State.DONE);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            copySeeds(jdbc);
            articles = count(jdbc, "select count(*) from article");
            assertThat(articles).isEqualTo(5L * (COPIES + 1));
            withClaims = count(jdbc, "select count(distinct article_id) from claim");
            lastArticle = count(jdbc, "select max(id) from article");

            record Target(long id, long articleId, String type, int start) {
            }
            Target target = jdbc.sql("""
                    select c.id, c.article_id, c.type, c.start_offset from claim c
                    where c.article_id = (select min(id) from article) order by c.start_offset limit 1""")
                    .query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4))).single();
            correctedArticle = target.articleId();
            rejectedType = target.type();
            rejectedStart = target.start();
            copyOfCorrected = count(jdbc, "select id from article where content_hash = 'copy-1-" + correctedArticle + "'");
            HttpResponse<String> reject = send(port(first), "POST", "/api/corrections/claims/" + target.id() + "/reject",
                    EDITOR, "{\"reason\":\"Not part of this story\"}");
            assertThat(reject.statusCode()).isEqualTo(201);
            assertThat(claimsAt(jdbc, correctedArticle, rejectedType, rejectedStart)).isZero();

            // Twenty articles stored without their wire lineage, which is recorded after start-up, in the background.
            jdbc.sql("delete from article_lineage where article_id in (select id from article order by id desc limit 20)").update();
            jdbc.sql("update claim set extractor_version = :old").param("old", OLD).update();
            jdbc.sql("update claim_extraction set extractor_version = :old").param("old", OLD).update();
            jdbc.sql("update claim set subject_label = :label where article_id = :id").param("label", OLD_LABEL)
                    .param("id", lastArticle).update();
        }

        // 2. Start-up with the new engine: ready while the archive is still to be read, serving the old claims.
        int seenBeforeStop;
        Reextraction stopped;
        try (ConfigurableApplicationContext second = start(false)) {
            Reextraction job = second.getBean(Reextraction.class);
            Reextraction.Progress atReady = job.progress();
            assertThat(atReady.running()).as("the run is under way, not finished, when the application is ready: %s", atReady).isTrue();
            assertThat(atReady.done()).isLessThan(articles);
            int port = port(second);
            HttpResponse<String> oldClaims = send(port, "GET", "/api/articles/" + lastArticle + "/claims", null, null);
            assertThat(oldClaims.statusCode()).isEqualTo(200);
            assertThat(oldClaims.body()).contains(OLD_LABEL);

            HttpResponse<String> api = send(port, "GET", "/api/admin/claims/extraction", EDITOR, null);
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(api.body()).contains("\"engineVersion\":\"" + ClaimExtractor.VERSION + "\"").contains("\"total\"");
            assertThat(send(port, "GET", "/api/admin/claims/extraction", null, null).statusCode()).isEqualTo(401);

            // Watch it: every article keeps claims throughout, each all old or all new; progress moves.
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            boolean sawPartway = false;
            Reextraction.Progress p = job.progress();
            while (p.done() < 100) {
                assertThat(p.state()).isIn(Reextraction.State.COUNTING, Reextraction.State.RUNNING);
                assertThat(count(jdbc, "select count(distinct article_id) from claim")).isEqualTo(withClaims);
                assertThat(count(jdbc, """
                        select count(*) from (select article_id from claim group by article_id
                                              having count(distinct extractor_version) > 1) mixed""")).isZero();
                sawPartway |= p.total() == articles && p.done() > 0 && p.done() < p.total();
                Thread.sleep(10);
                p = job.progress();
            }
            // On a fast machine the first hundred may be read between two looks: the look that ends the loop counts too.
            sawPartway |= p.total() == articles && p.done() > 0 && p.done() < p.total();
            assertThat(sawPartway).as("progress seen between none and all").isTrue();
            assertThat(p.total()).isEqualTo(articles);
            String page = send(port, "GET", "/extraction", EDITOR, null).body();
            assertThat(page).contains("extraction-bar").contains("articles read");
            // While it runs, the page polls its progress fragment (htmx) and refreshes itself without JavaScript.
            assertThat(page).contains("hx-get=\"/extraction/progress\"").contains("http-equiv=\"refresh\"");
            HttpResponse<String> fragment = send(port, "GET", "/extraction/progress", EDITOR, null);
            assertThat(fragment.statusCode()).isEqualTo(200);
            assertThat(fragment.body()).contains("id=\"extraction-progress\"").doesNotContain("<html");
            assertThat(send(port, "GET", "/extraction", null, null).statusCode()).isIn(302, 401);
            String health = send(port, "GET", "/actuator/health", ADMIN, null).body();
            assertThat(health).contains("\"claimReextraction\"").contains("\"remaining\"");
            seenBeforeStop = (int) job.progress().done();
            stopped = job;
        }
        // The shutdown let the batch being written finish and stopped there.
        assertThat(stopped.progress().state()).isEqualTo(Reextraction.State.STOPPED);
        long readBeforeStop = stopped.progress().done();
        assertThat(readBeforeStop).isBetween((long) seenBeforeStop, articles - 1);

        // 3. The next start resumes with only what is still stale, and finishes.
        try (ConfigurableApplicationContext third = start(false)) {
            Reextraction job = third.getBean(Reextraction.class);
            Reextraction.Progress done = await(job, p -> p.state() == Reextraction.State.DONE);
            assertThat(done.total()).isEqualTo(articles - readBeforeStop);
            assertThat(done.done()).isEqualTo(done.total());
            assertThat(done.failed()).isZero();
            assertThat(done.percent()).isEqualTo(100);

            JdbcClient jdbc = third.getBean(JdbcClient.class);
            assertThat(count(jdbc, "select count(*) from claim_extraction where extractor_version <> '" + ClaimExtractor.VERSION + "'")).isZero();
            assertThat(count(jdbc, "select count(*) from claim where extractor_version <> '" + ClaimExtractor.VERSION + "'")).isZero();
            assertThat(count(jdbc, "select count(distinct article_id) from claim")).isEqualTo(withClaims);
            assertThat(count(jdbc, "select count(*) from claim where subject_label = '" + OLD_LABEL + "'")).isZero();
            for (int i = 0; i < 600 && count(jdbc, MISSING_LINEAGE) > 0; i++) {
                Thread.sleep(100);
            }
            assertThat(count(jdbc, MISSING_LINEAGE)).as("articles without a wire lineage").isZero();
            assertThat(count(jdbc, "select count(*) from article_lineage where article_id = " + lastArticle + " and original_id is not null"))
                    .as("the last copy is linked to an earlier copy of its text").isEqualTo(1);
            // The engine finds the rejected claim again (its copy has it), and the editor's decision removes it again.
            assertThat(claimsAt(jdbc, copyOfCorrected, rejectedType, rejectedStart)).isEqualTo(1);
            assertThat(claimsAt(jdbc, correctedArticle, rejectedType, rejectedStart)).isZero();

            int port = port(third);
            String finished = send(port, "GET", "/extraction", EDITOR, null).body();
            assertThat(finished).contains("Every article has been read by the running engine").doesNotContain("hx-get=\"/extraction/progress\"");
            assertThat(send(port, "GET", "/actuator/health", ADMIN, null).body()).contains("\"state\":\"DONE\"");

            // 4. An editor asks for the whole archive to be read again; the application stops part-way through.
            HttpResponse<String> requested = send(port, "POST", "/api/admin/claims/extract", ADMIN, null);
            assertThat(requested.statusCode()).isEqualTo(202);
            Reextraction.Progress forced = await(job, p -> p.done() >= 60 || !p.running());
            assertThat(forced.everything()).isTrue();
            assertThat(forced.running()).as("still reading when the application stops: %s", forced).isTrue();
        }
        long readOfForced;
        try (ConfigurableApplicationContext fourth = start(false)) {
            // 5. The next start resumes the request with the articles not read since it was made, and finishes it.
            Reextraction job = fourth.getBean(Reextraction.class);
            Reextraction.Progress resumed = await(job, p -> p.state() == Reextraction.State.DONE);
            assertThat(resumed.everything()).isTrue();
            readOfForced = resumed.total();
            assertThat(readOfForced).isBetween(1L, articles - 60);
            assertThat(resumed.done()).isEqualTo(readOfForced);
            JdbcClient jdbc = fourth.getBean(JdbcClient.class);
            assertThat(count(jdbc, "select count(*) from claim_reextraction_request")).as("the request is done with").isZero();
            assertThat(count(jdbc, "select count(distinct article_id) from claim")).isEqualTo(withClaims);
        }
        try (ConfigurableApplicationContext fifth = start(false)) {
            // 6. And the start after that has nothing left to read.
            Reextraction.Progress idle = await(fifth.getBean(Reextraction.class), p -> p.state() == Reextraction.State.DONE);
            assertThat(idle.everything()).isFalse();
            assertThat(idle.total()).isZero();
        }
    }

    /** {@link #COPIES} copies of each seed article, with their claims, extraction records and lineage, as stored. */
    private static void copySeeds(JdbcClient jdbc) {
        jdbc.sql("""
                insert into article (outlet_id, story_id, url, title, title_derived, published_on, published_on_inferred, body,
                                     raw_text, language, content_hash, imported_at)
                select a.outlet_id, a.story_id, 'https://copies.example/' || g || '/' || a.id, a.title, a.title_derived,
                       a.published_on, a.published_on_inferred, a.body, a.raw_text, a.language, 'copy-' || g || '-' || a.id, now()
                from generate_series(1, :copies) g cross join article a""").param("copies", COPIES).update();
        jdbc.sql("""
                insert into claim (article_id, type, start_offset, end_offset, text, sentence, subject_key, subject_label,
                                   attribution, attribution_person, extractor_version, value, source_key)
                select a.id, c.type, c.start_offset, c.end_offset, c.text, c.sentence, c.subject_key, c.subject_label,
                       c.attribution, c.attribution_person, c.extractor_version, c.value, c.source_key
                from article a join claim c on c.article_id = split_part(a.content_hash, '-', 3)::bigint
                where a.content_hash like 'copy-%'""").update();
        jdbc.sql("""
                insert into claim_extraction (article_id, extractor_version, extracted_at, status, reason)
                select a.id, e.extractor_version, e.extracted_at, e.status, e.reason from article a
                join claim_extraction e on e.article_id = split_part(a.content_hash, '-', 3)::bigint
                where a.content_hash like 'copy-%'""").update();
        jdbc.sql("""
                insert into article_lineage (article_id, signature, bands)
                select a.id, l.signature, l.bands from article a
                join article_lineage l on l.article_id = split_part(a.content_hash, '-', 3)::bigint
                where a.content_hash like 'copy-%'""").update();
    }

    private static long claimsAt(JdbcClient jdbc, long articleId, String type, int start) {
        return jdbc.sql("select count(*) from claim where article_id = :id and type = :type and start_offset = :start")
                .param("id", articleId).param("type", type).param("start", start).query(Long.class).single();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private HttpResponse<String> send(int port, String method, String path, String authorization, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Reextraction.Progress await(Reextraction job, Predicate<Reextraction.Progress> condition) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            Reextraction.Progress p = job.progress();
            if (condition.test(p)) {
                return p;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The re-reading did not get there in 2 minutes: " + job.progress());
    }
}
