package io.parallax.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.parallax.analysis.Claim;
import io.parallax.article.Articles;
import io.parallax.article.NewArticle;
import io.parallax.claim.ClaimBatch;
import io.parallax.importer.ArticleImporter.Prepared;
import io.parallax.importer.BulkImporter.Ready;
import io.parallax.importer.ImportJobs.ItemOutcome;
import io.parallax.importer.ImportJobs.ItemStatus;
import io.parallax.outlet.OutletKind;
import io.parallax.outlet.Outlets;

/**
 * Stores a batch of prepared articles inside the caller's transaction: one query finds those already stored (same URL
 * or same normalised body, as for a single import), then the new ones and their claims go in as JDBC batches.
 */
@Component
class BatchWriter {

    private final Articles articles;
    private final Outlets outlets;
    private final StoryChoice stories;
    private final ClaimBatch claims;

    BatchWriter(Articles articles, Outlets outlets, StoryChoice stories, ClaimBatch claims) {
        this.articles = articles;
        this.outlets = outlets;
        this.stories = stories;
        this.claims = claims;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BatchWriter.class);

    /** Stores the batch and says what became of each item, in the batch's order. */
    List<ItemOutcome> write(List<Ready> batch, Map<String, Long> outletIds, Map<String, StoryChoice.Choice> storyIds) {
        long t0 = System.nanoTime();
        List<String> urls = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (Ready r : batch) {
            if (r.prepared() != null) {
                if (r.prepared().url() != null) {
                    urls.add(r.prepared().url());
                }
                hashes.add(r.prepared().hash());
            }
        }
        // URLs and SHA-256 hex hashes cannot be mistaken for each other, so one map holds both.
        Map<String, Long> known = articles.findExisting(urls, hashes);
        long t1 = System.nanoTime();
        List<ItemOutcome> outcomes = new ArrayList<>(batch.size());
        List<Ready> fresh = new ArrayList<>();
        for (Ready r : batch) {
            if (r.prepared() == null) {
                outcomes.add(r.refusal());
                continue;
            }
            Prepared p = r.prepared();
            Long existing = p.url() != null ? known.get(p.url()) : null;
            if (existing == null) {
                existing = known.get(p.hash());
            }
            if (existing != null) {
                outcomes.add(new ItemOutcome(r.line(), ItemStatus.DUPLICATE, existing, null, null));
                continue;
            }
            // Reserve the article's keys at once, so a later item of the same batch is its duplicate too; the negative
            // placeholder becomes the real id once the batch is stored.
            long placeholder = -(fresh.size() + 1);
            if (p.url() != null) {
                known.put(p.url(), placeholder);
            }
            known.put(p.hash(), placeholder);
            fresh.add(r);
            outcomes.add(new ItemOutcome(r.line(), ItemStatus.STORED, placeholder, null, null));
        }
        if (fresh.isEmpty()) {
            return outcomes;
        }
        List<NewArticle> rows = new ArrayList<>(fresh.size());
        List<StoryChoice.Choice> choices = new ArrayList<>(fresh.size());
        for (Ready r : fresh) {
            Prepared p = r.prepared();
            ArticleSubmission s = p.submission();
            String language = s.language() == null || s.language().isBlank() ? "en" : s.language().strip();
            StoryChoice.Choice choice = storyId(p, storyIds);
            choices.add(choice);
            rows.add(new NewArticle(outletId(s, outletIds), choice.storyId(), p.text(), p.publication(), p.url(),
                    ArticleImporter.blankToNull(s.publishedVia()), ArticleImporter.blankToNull(s.byline()), language, p.wire(),
                    p.hash()));
        }
        long t2 = System.nanoTime();
        List<Long> ids = articles.addBatch(rows);
        long stored = System.nanoTime();
        stories.recordAll(ids, fresh.stream().map(Ready::prepared).toList(), choices);
        long t3 = System.nanoTime();
        Map<Long, List<Claim>> claimsByArticle = new LinkedHashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            claimsByArticle.put(ids.get(i), fresh.get(i).claims());
        }
        claims.store(claimsByArticle);
        long t4 = System.nanoTime();
        log.debug("Batch of {}: duplicates {} ms, outlets and stories {} ms, articles {} ms, story records {} ms, claims {} ms",
                batch.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (stored - t2) / 1_000_000, (t3 - stored) / 1_000_000,
                (t4 - t3) / 1_000_000);
        return outcomes.stream().map(o -> o.articleId() != null && o.articleId() < 0
                ? new ItemOutcome(o.line(), o.status(), ids.get((int) (-o.articleId() - 1)), null, null)
                : o).toList();
    }

    private long outletId(ArticleSubmission s, Map<String, Long> known) {
        return known.computeIfAbsent(s.outlet().strip().toLowerCase(Locale.ROOT), key -> outlets.findOrCreate(s.outlet(),
                OutletKind.parse(s.outletKind()), ArticleImporter.blankToNull(s.outletDomain()),
                ArticleImporter.blankToNull(s.outletCountry())).id());
    }

    private StoryChoice.Choice storyId(Prepared p, Map<String, StoryChoice.Choice> known) {
        String named = ArticleImporter.blankToNull(p.submission().story());
        if (named == null) {
            return stories.storyFor(p);
        }
        StoryChoice.Choice choice = known.computeIfAbsent(named.toLowerCase(Locale.ROOT), key -> stories.storyFor(p));
        return choice;
    }
}
