package io.parallax;

import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.parallax.claim.Reextraction;

/**
 * Prepares the archive {@link StartupBenchmark} starts the application on, in a JVM of its own (so the embedded
 * database stops with it): {@code generate DIR N} builds N articles from the seed articles in SQL, each with the
 * seed's claims, extraction record and wire signature, spread over 330 outlets and 207 stories; {@code mark-old DIR}
 * marks every article as read by an older engine, as a new engine version finds the archive.
 */
public final class StartupArchive {

    static final int OUTLETS = 330;
    static final int STORIES = 207;

    private StartupArchive() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String dir = args[1];
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ParallaxApplication.class).profiles("test")
                .run("--parallax.data-dir=" + dir, "--parallax.embedded.clean=" + mode.equals("generate"), "--server.port=0",
                        "--parallax.db.statement-timeout=PT30M", "--spring.main.banner-mode=off")) {
            Reextraction reextraction = context.getBean(Reextraction.class);
            while (reextraction.progress().running()) {
                Thread.sleep(100);
            }
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            if (mode.equals("generate")) {
                generate(jdbc, Integer.parseInt(args[2]));
            }
            else if (mode.equals("mark-old")) {
                int marked = jdbc.sql("update claim_extraction set extractor_version = 'bench-old'").update();
                System.out.printf(Locale.ROOT, "Marked %,d articles as read by an older engine%n", marked);
            }
            else {
                throw new IllegalArgumentException("generate DIR N | mark-old DIR");
            }
        }
        System.out.printf(Locale.ROOT, "%s took %.1f s%n", mode, (System.nanoTime() - started) / 1e9);
        System.exit(0);
    }

    private static void generate(JdbcClient jdbc, int articles) {
        jdbc.sql("insert into outlet (name, slug, kind) select 'Startup Outlet ' || g, 'startup-outlet-' || g, 'NEWSPAPER' "
                + "from generate_series(1, :n) g").param("n", OUTLETS).update();
        jdbc.sql("insert into story (name, slug) select 'Startup story ' || g, 'startup-story-' || g from generate_series(1, :n) g")
                .param("n", STORIES).update();
        jdbc.sql("create temporary table template as select row_number() over (order by id) - 1 as n, * from article").update();
        jdbc.sql("""
                insert into article (outlet_id, story_id, url, title, title_derived, published_on, published_on_inferred, body,
                                     raw_text, language, content_hash, imported_at)
                select (select id from outlet where slug = 'startup-outlet-' || (1 + (g * 7) % :outlets)),
                       (select id from story where slug = 'startup-story-' || (1 + g % :stories)),
                       'https://startup.example/' || g, t.title, false, date '2031-01-01' + (g % 365), false, t.body,
                       t.raw_text, 'en', 'startup-' || g || '-' || t.id, now()
                from generate_series(1, :articles) g join template t on t.n = g % (select count(*) from template)""")
                .param("outlets", OUTLETS).param("stories", STORIES).param("articles", articles).update();
        jdbc.sql("""
                insert into claim (article_id, type, start_offset, end_offset, text, sentence, subject_key, subject_label,
                                   attribution, attribution_person, extractor_version, value, source_key)
                select a.id, c.type, c.start_offset, c.end_offset, c.text, c.sentence, c.subject_key, c.subject_label,
                       c.attribution, c.attribution_person, c.extractor_version, c.value, c.source_key
                from article a join claim c on c.article_id = split_part(a.content_hash, '-', 3)::bigint
                where a.content_hash like 'startup-%'""").update();
        jdbc.sql("""
                insert into claim_extraction (article_id, extractor_version, extracted_at, status, reason)
                select a.id, e.extractor_version, e.extracted_at, e.status, e.reason from article a
                join claim_extraction e on e.article_id = split_part(a.content_hash, '-', 3)::bigint
                where a.content_hash like 'startup-%'""").update();
        jdbc.sql("""
                insert into article_lineage (article_id, signature, bands)
                select a.id, l.signature, l.bands from article a
                join article_lineage l on l.article_id = split_part(a.content_hash, '-', 3)::bigint
                where a.content_hash like 'startup-%'""").update();
        jdbc.sql("""
                insert into story_assignment (article_id, story_id, method, similarity, reason, published_on, terms, weights)
                select a.id, a.story_id, 'GIVEN', null, 'generated', a.published_on, s.terms, s.weights from article a
                join story_assignment s on s.article_id = split_part(a.content_hash, '-', 3)::bigint
                where a.content_hash like 'startup-%'""").update();
        jdbc.sql("analyze").update();
        System.out.printf(Locale.ROOT, "Archive: %,d articles, %,d claims, %,d outlets, %,d stories%n",
                jdbc.sql("select count(*) from article").query(Long.class).single(),
                jdbc.sql("select count(*) from claim").query(Long.class).single(),
                jdbc.sql("select count(*) from outlet").query(Long.class).single(),
                jdbc.sql("select count(*) from story").query(Long.class).single());
    }
}
