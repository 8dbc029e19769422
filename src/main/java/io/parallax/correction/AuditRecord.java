package io.parallax.correction;

import java.time.Instant;

import io.parallax.analysis.ClaimType;

/** An entry of the audit log as pages and the API show it; {@code undoable} when undoing it now is possible. */
public record AuditRecord(long id, Instant at, String editor, AuditAction action, long correctionId, Long undoes,
        Long articleId, ClaimType claimType, String subject, String target, String summary, String before, String after,
        String reason, boolean undoable) {
}
