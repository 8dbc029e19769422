package io.parallax.importer;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import io.parallax.analysis.Claim;
import io.parallax.claim.ClaimBatch;
import io.parallax.importer.ArticleImporter.Prepared;
import io.parallax.importer.ImportJobs.ItemOutcome;
import io.parallax.importer.ImportJobs.ItemStatus;
import io.parallax.importer.ImportJobs.NewItem;
import io.parallax.importer.ImportJobs.PendingItem;

/**
 * Runs import jobs in the background: a pool of workers checks, cleans and extracts the claims of the next items
 * while one writer stores the previous batch (articles, claims and item results in one transaction per batch).
 * Jobs left unfinished by a stop resume at the next start, from the first item not yet recorded.
 */
@Service
public class BulkImporter {

    private static final Logger log = LoggerFactory.getLogger(BulkImporter.class);
    /** Batches prepared ahead of the writer, so the workers keep the cores busy while a batch is being stored. */
    private static final int AHEAD = 4;

    private final ImportJobs jobs;
    private final ArticleImporter importer;
    private final BatchWriter writer;
    private final ClaimBatch claims;
    private final PageFetcher fetcher;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final int batchSize;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("import-writer").daemon().factory());
    private final ExecutorService workers;
    private final Set<Long> active = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private volatile LongConsumer afterBatch = id -> { };
    private final java.util.concurrent.atomic.LongAdder preparing = new java.util.concurrent.atomic.LongAdder();

    BulkImporter(ImportJobs jobs, ArticleImporter importer, BatchWriter writer, ClaimBatch claims, PageFetcher fetcher,
            JsonMapper json, PlatformTransactionManager transactionManager,
            @Value("${parallax.import.batch-size:250}") int batchSize,
            @Value("${parallax.import.threads:0}") int threads) {
        this.jobs = jobs;
        this.importer = importer;
        this.writer = writer;
        this.claims = claims;
        this.fetcher = fetcher;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.batchSize = batchSize;
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.workers = Executors.newFixedThreadPool(n, Thread.ofPlatform().name("import-worker-", 1).daemon().factory());
    }

    /** Stores the job with all its items, then imports them in the background; returns the job's id at once. */
    public long submit(ImportOrigin origin, String label, String submittedBy, List<NewItem> items) {
        long id = jobs.create(origin, label, submittedBy, items);
        start(id);
        return id;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAtStart() {
        resumeUnfinished();
    }

    /** Starts every job that a stop left unfinished; returns how many. */
    int resumeUnfinished() {
        stopping = false;
        List<Long> unfinished = jobs.unfinished();
        unfinished.forEach(this::start);
        if (!unfinished.isEmpty()) {
            log.info("Resuming {} unfinished import(s)", unfinished.size());
        }
        return unfinished.size();
    }

    /** Stops after the batch being written, leaving the rest pending for {@link #resumeUnfinished()}. */
    void stop() throws InterruptedException {
        requestStop();
        // Wait for the job running now to leave; queued jobs see the flag and return at once.
        try {
            runner.submit(() -> { }).get();
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Asks the running job to stop after the batch it is writing, without waiting for it. */
    void requestStop() {
        stopping = true;
    }

    @PreDestroy
    void close() {
        stopping = true;
        runner.shutdown();
        workers.shutdownNow();
    }

    /** For tests: called after each batch is committed, with the job's id. */
    void afterEachBatch(LongConsumer hook) {
        this.afterBatch = hook;
    }

    private void start(long jobId) {
        if (active.add(jobId)) {
            runner.execute(() -> {
                try {
                    run(jobId);
                }
                catch (RuntimeException ex) {
                    log.error("Import {} failed; its pending items resume at the next start", jobId, ex);
                }
                finally {
                    active.remove(jobId);
                }
            });
        }
    }

    private void run(long jobId) {
        long started = System.nanoTime();
        long[] writing = {0};
        int after = 0;
        boolean more = true;
        Deque<CompletableFuture<List<Ready>>> inFlight = new ArrayDeque<>();
        // Outlet and story ids found or created by earlier batches of this job; forgotten if a batch rolls back.
        Map<String, Long> outlets = new HashMap<>();
        Map<String, StoryChoice.Choice> stories = new HashMap<>();
        while (!stopping) {
            while (more && inFlight.size() < AHEAD) {
                List<PendingItem> batch = jobs.pending(jobId, after, batchSize);
                if (batch.isEmpty()) {
                    more = false;
                }
                else {
                    after = batch.getLast().line();
                    inFlight.add(prepare(batch));
                }
            }
            if (inFlight.isEmpty()) {
                jobs.finish(jobId);
                log.info("Import {} done in {} ms, of which {} ms writing batches (the rest waiting for workers); workers "
                        + "spent {} ms preparing items (all jobs so far)", jobId, (System.nanoTime() - started) / 1_000_000,
                        writing[0] / 1_000_000, preparing.sum() / 1_000_000);
                return;
            }
            List<Ready> ready = join(inFlight.poll());
            if (stopping) {
                break;
            }
            long writeStart = System.nanoTime();
            write(jobId, ready, outlets, stories);
            writing[0] += System.nanoTime() - writeStart;
            afterBatch.accept(jobId);
        }
        inFlight.forEach(f -> f.cancel(true));
    }

    private CompletableFuture<List<Ready>> prepare(List<PendingItem> batch) {
        List<CompletableFuture<Ready>> items = batch.stream()
                .map(item -> CompletableFuture.supplyAsync(() -> prepare(item), workers)).toList();
        return CompletableFuture.allOf(items.toArray(CompletableFuture[]::new))
                .thenApply(done -> items.stream().map(CompletableFuture::join).toList());
    }

    /** Checks, cleans and reads one item exactly as a single {@code POST /api/articles} would. */
    private Ready prepare(PendingItem item) {
        long start = System.nanoTime();
        try {
            return prepareNow(item);
        }
        finally {
            preparing.add(System.nanoTime() - start);
        }
    }

    private Ready prepareNow(PendingItem item) {
        if (item.kind() == ImportJobs.ItemKind.REFUSED) {
            return Ready.refused(item.line(), "file", item.payload());
        }
        ArticleSubmission submission;
        try {
            submission = switch (item.kind()) {
                case JSON -> json.readValue(item.payload(), ArticleSubmission.class);
                case URL -> fetcher.fetch(item.payload());
                case REFUSED -> throw new IllegalStateException("refused items are never read");
            };
        }
        catch (JacksonException ex) {
            return Ready.refused(item.line(), null, "not a JSON object of the expected shape");
        }
        catch (PageFetcher.FetchException ex) {
            return Ready.refused(item.line(), "url", ex.getMessage());
        }
        if (submission == null) {
            return Ready.refused(item.line(), null, "not a JSON object of the expected shape");
        }
        try {
            Prepared prepared = importer.prepare(submission);
            LocalDate reference = prepared.publication().date() != null ? prepared.publication().date()
                    : LocalDate.now(ZoneOffset.UTC);
            List<Claim> found = claims.extract(prepared.text().title(), prepared.text().body(), reference);
            return new Ready(item.line(), prepared, found, null, null);
        }
        catch (io.parallax.system.InvalidInputException ex) {
            String fields = String.join(", ", ex.errors().keySet());
            StringBuilder reason = new StringBuilder();
            ex.errors().forEach((field, message) -> reason.append(reason.isEmpty() ? "" : "; ").append(field).append(' ').append(message));
            return Ready.refused(item.line(), fields, reason.toString());
        }
        catch (RuntimeException ex) {
            log.warn("Import item {} could not be read", item.line(), ex);
            return Ready.refused(item.line(), null, "could not be read: " + ex.getClass().getSimpleName());
        }
    }

    private void write(long jobId, List<Ready> ready, Map<String, Long> outlets, Map<String, StoryChoice.Choice> stories) {
        Map<String, Long> knownOutlets = new HashMap<>(outlets);
        Map<String, StoryChoice.Choice> knownStories = new HashMap<>(stories);
        try {
            long start = System.nanoTime();
            transactions.executeWithoutResult(status -> {
                jobs.record(jobId, writer.write(ready, knownOutlets, knownStories));
                log.debug("Batch stored in {} ms before commit", (System.nanoTime() - start) / 1_000_000);
            });
            outlets.putAll(knownOutlets);
            stories.putAll(knownStories);
        }
        catch (DataIntegrityViolationException ex) {
            outlets.clear();
            stories.clear();
            // Another import stored one of these articles meanwhile: store them one by one, which sees it as a duplicate.
            log.debug("Batch of import {} collided with another import; storing it item by item", jobId, ex);
            for (Ready one : ready) {
                for (int attempt = 1;; attempt++) {
                    try {
                        transactions.executeWithoutResult(status -> jobs.record(jobId, writer.write(List.of(one), new HashMap<>(), new HashMap<>())));
                        break;
                    }
                    catch (DataIntegrityViolationException again) {
                        if (attempt == 3) {
                            throw again;
                        }
                    }
                }
            }
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", ex);
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("An import worker failed", ex.getCause());
        }
    }

    /** An item ready to store (prepared, with its claims), or refused with its field and reason. */
    record Ready(int line, Prepared prepared, List<Claim> claims, String field, String reason) {

        static Ready refused(int line, String field, String reason) {
            return new Ready(line, null, null, field, reason);
        }

        ItemOutcome refusal() {
            return new ItemOutcome(line, ItemStatus.REFUSED, null, field, reason);
        }
    }
}
