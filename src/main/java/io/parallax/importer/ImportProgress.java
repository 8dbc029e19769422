package io.parallax.importer;

import java.time.Instant;

/** How far an import job has come. */
public record ImportProgress(long id, ImportOrigin origin, String label, String status, int total, int stored,
        int duplicates, int refused, Instant createdAt, Instant finishedAt) {

    public int done() {
        return stored + duplicates + refused;
    }

    public int pending() {
        return total - done();
    }

    public boolean finished() {
        return "DONE".equals(status);
    }

    /** When the import started, for people: {@code 3 Dec 2026 19:04 UTC}. */
    public String started() {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", java.util.Locale.ENGLISH)
                .format(createdAt.atOffset(java.time.ZoneOffset.UTC));
    }

    /** Whole percent done, 100 for an empty job. */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * done() / total);
    }
}
