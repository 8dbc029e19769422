package io.parallax.claim;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.parallax.analysis.ClaimExtractor;
import io.parallax.analysis.Extraction;

/**
 * Re-reads the archive with the running engine in the background: after start-up, every article whose claims come
 * from another engine version (or from none), and on an admin's request every article. The application serves the
 * stored claims meanwhile; each batch of articles switches to its new claims in one transaction, with editors'
 * decisions re-applied in it, so a reader sees an article's old claims or its new ones, never none or a mix. What is
 * done is recorded per article ({@code claim_extraction.extractor_version}), so a run stopped by a shutdown resumes at
 * the next start with the articles still stale. Start-up itself never waits for it.
 */
@Service
public class Reextraction {

    private static final Logger log = LoggerFactory.getLogger(Reextraction.class);
    /** Bodies read into memory at once, whatever the batch size: a batch of long articles is cut short. */
    private static final long BATCH_CHARS = 8_000_000;

    public enum State {
        /** Not started yet (the application is starting, or re-reading at start is switched off). */
        WAITING,
        /** Finding the stale articles. */
        COUNTING,
        RUNNING,
        /** Every article found stale has been read (or failed, see {@link Progress#failed()}). */
        DONE,
        /** Stopped by a shutdown; the next start resumes with the articles still stale. */
        STOPPED,
        FAILED
    }

    /** How far a run is: articles to read, read, and those the engine failed on (they keep their earlier claims). */
    public record Progress(String engineVersion, State state, boolean everything, long total, long done, long failed,
            Instant startedAt, Instant finishedAt, double articlesPerSecond) {

        public long remaining() {
            return Math.max(0, total - done);
        }

        public int percent() {
            return total == 0 ? (state == State.DONE ? 100 : 0) : (int) Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return state == State.WAITING || state == State.COUNTING || state == State.RUNNING;
        }

        /** Seconds left at the rate so far; null while unknown. */
        public Long secondsLeft() {
            return state == State.RUNNING && articlesPerSecond > 0 ? Math.round(remaining() / articlesPerSecond) : null;
        }
    }

    private record Stale(long id, long chars) {
    }

    private final JdbcTemplate jdbc;
    private final ClaimBatch batch;
    private final TransactionTemplate transactions;
    private final boolean onStart;
    private final int batchSize;
    private final Duration pause;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("claim-reextraction").daemon().factory());
    private final ExecutorService workers;

    private volatile boolean stopping;
    private volatile boolean active;
    private volatile State state = State.WAITING;
    private volatile boolean everything;
    private volatile long total;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile Instant startedAt;
    private volatile Instant finishedAt;

    Reextraction(JdbcTemplate jdbc, ClaimBatch batch, PlatformTransactionManager transactionManager,
            @Value("${parallax.extraction.on-start:true}") boolean onStart,
            @Value("${parallax.extraction.batch-size:200}") int batchSize,
            @Value("${parallax.extraction.pause:0ms}") Duration pause,
            @Value("${parallax.extraction.threads:0}") int threads) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = new TransactionTemplate(transactionManager);
        this.onStart = onStart;
        this.batchSize = Math.max(1, batchSize);
        this.pause = pause.isNegative() ? Duration.ZERO : pause;
        // Half the cores by default: the application keeps serving requests while the archive is re-read.
        int n = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        this.workers = Executors.newFixedThreadPool(n, Thread.ofPlatform().name("claim-reextraction-", 1).daemon().factory());
    }

    /** Starts re-reading the stale articles once the application is up, without holding up its start. */
    @EventListener(ApplicationReadyEvent.class)
    void startAfterStartUp() {
        if (onStart) {
            start(false);
        }
    }

    /**
     * Starts a run in the background unless one is under way; {@code everything} re-reads every article (for an engine
     * changed without a new version), otherwise only the articles the running version has not read. Returns the
     * progress as it is now.
     */
    public synchronized Progress start(boolean everything) {
        if (!active && !stopping) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            // A request to re-read everything is kept until a run finishes it, so a restart resumes it.
            Instant before = everything ? request(now) : pendingRequest().orElse(null);
            active = true;
            this.everything = before != null;
            state = State.COUNTING;
            done.set(0);
            failed.set(0);
            total = 0;
            startedAt = now;
            finishedAt = null;
            runner.execute(() -> run(before));
        }
        return progress();
    }

    private Instant request(Instant at) {
        jdbc.update("""
                insert into claim_reextraction_request (id, requested_at) values (1, ?)
                on conflict (id) do update set requested_at = excluded.requested_at""", Timestamp.from(at));
        return at;
    }

    private Optional<Instant> pendingRequest() {
        return jdbc.query("select requested_at from claim_reextraction_request", (rs, n) -> rs.getTimestamp(1).toInstant())
                .stream().findFirst();
    }

    public Progress progress() {
        Instant started = startedAt;
        Instant end = finishedAt != null ? finishedAt : Instant.now();
        long read = done.get();
        double seconds = started == null ? 0 : Duration.between(started, end).toMillis() / 1000.0;
        return new Progress(ClaimExtractor.VERSION, state, everything, total, read, failed.get(), started, finishedAt,
                seconds > 0 ? read / seconds : 0);
    }

    @PreDestroy
    void close() throws InterruptedException {
        stopping = true;
        runner.shutdown();
        // The batch being written finishes (or rolls back) before the database goes away.
        if (!runner.awaitTermination(30, TimeUnit.SECONDS)) {
            runner.shutdownNow();
        }
        workers.shutdownNow();
    }

    private void run(Instant before) {
        try {
            total = count(before);
            state = State.RUNNING;
            if (total > 0) {
                log.info("Re-reading {} articles with engine version {} in the background", total, ClaimExtractor.VERSION);
            }
            long after = 0;
            List<Stale> next = stale(after, before);
            while (!next.isEmpty() && !stopping) {
                for (List<Stale> part : bySize(next)) {
                    if (stopping) {
                        break;
                    }
                    readAndReplace(part);
                    rest();
                }
                after = next.get(next.size() - 1).id();
                next = stale(after, before);
            }
            if (!stopping && before != null) {
                jdbc.update("delete from claim_reextraction_request where requested_at <= ?", Timestamp.from(before));
            }
            finishedAt = Instant.now();
            state = stopping ? State.STOPPED : State.DONE;
            if (total > 0) {
                log.info("Re-read {} of {} articles with engine version {} ({} failed){}", done.get(), total,
                        ClaimExtractor.VERSION, failed.get(), stopping ? "; the rest resume at the next start" : "");
            }
        }
        catch (RuntimeException ex) {
            finishedAt = Instant.now();
            state = stopping ? State.STOPPED : State.FAILED;
            if (!stopping) {
                log.error("Re-reading the archive failed after {} articles; the rest keep their claims and resume at the next start",
                        done.get(), ex);
            }
        }
        finally {
            synchronized (this) {
                active = false;
            }
        }
    }

    /** Leaves the cores to the requests for a while between batches, when a pause is set. */
    private void rest() {
        if (!pause.isZero() && !stopping) {
            try {
                Thread.sleep(pause);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final String STALE = """
            from article a left join claim_extraction e on e.article_id = a.id
            where (e.article_id is null or e.extractor_version <> ? or e.extracted_at < ?)""";

    private long count(Instant before) {
        return jdbc.queryForObject("select count(*) " + STALE, Long.class, ClaimExtractor.VERSION, timestamp(before));
    }

    /** The next stale articles after the given id, in id order: a run walks the archive once, whatever its size. */
    private List<Stale> stale(long after, Instant before) {
        return jdbc.query("select a.id, octet_length(a.body) as chars " + STALE + " and a.id > ? order by a.id limit ?",
                (rs, n) -> new Stale(rs.getLong("id"), rs.getLong("chars")),
                ClaimExtractor.VERSION, timestamp(before), after, batchSize);
    }

    private static Timestamp timestamp(Instant before) {
        // With no forced run, nothing was extracted before the epoch, so the clause never matches.
        return Timestamp.from(before != null ? before : Instant.EPOCH);
    }

    private List<List<Stale>> bySize(List<Stale> articles) {
        List<List<Stale>> parts = new ArrayList<>();
        List<Stale> part = new ArrayList<>();
        long chars = 0;
        for (Stale s : articles) {
            if (!part.isEmpty() && chars + s.chars() > BATCH_CHARS) {
                parts.add(part);
                part = new ArrayList<>();
                chars = 0;
            }
            part.add(s);
            chars += s.chars();
        }
        parts.add(part);
        return parts;
    }

    private record Text(long id, String title, String body, String language, LocalDate referenceDate) {
    }

    /** Reads a batch's texts, runs the engine on them in parallel outside any transaction, then switches them at once. */
    private void readAndReplace(List<Stale> part) {
        List<Text> texts = jdbc.query("""
                select id, title, body, language, published_on, imported_at from article where id = any(?) order by id""",
                (rs, n) -> {
                    LocalDate published = rs.getObject("published_on", LocalDate.class);
                    Timestamp imported = rs.getTimestamp("imported_at");
                    LocalDate reference = published != null ? published
                            : (imported != null ? imported.toInstant() : Instant.now()).atOffset(ZoneOffset.UTC).toLocalDate();
                    return new Text(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("language"),
                            reference);
                }, (Object) part.stream().map(Stale::id).toArray(Long[]::new));
        List<Future<Extraction>> futures = texts.stream()
                .map(t -> workers.submit(() -> batch.read(t.id(), t.title(), t.body(), t.language(), t.referenceDate())))
                .toList();
        Map<Long, Extraction> found = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            Extraction extraction = result(futures.get(i));
            if (extraction == null) {
                failed.incrementAndGet();
            }
            else {
                found.put(texts.get(i).id(), extraction);
            }
        }
        transactions.executeWithoutResult(status -> batch.replace(found));
        done.addAndGet(part.size());
    }

    private static Extraction result(Future<Extraction> future) {
        try {
            return future.get();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while re-reading the archive", ex);
        }
        catch (java.util.concurrent.ExecutionException ex) {
            return null;
        }
    }
}
