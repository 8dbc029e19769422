package io.parallax.correction;

import java.time.Instant;

import io.parallax.analysis.ClaimType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log: a change an editor made, or the undoing of one. Never changed once written. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String editor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(nullable = false)
    private Long correctionId;

    private boolean activates;

    private Long undoes;

    private Long articleId;

    @Column(nullable = false)
    private ClaimType claimType;

    private String subjectKey;

    private String targetKey;

    @Column(nullable = false)
    private String summary;

    private String before;

    private String after;

    @Column(nullable = false)
    private String reason;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String editor, AuditAction action, Correction correction, boolean activates, Long undoes,
            Long articleId, String subjectKey, String targetKey, String summary, String before, String after, String reason) {
        this.at = at;
        this.editor = editor;
        this.action = action;
        this.correctionId = correction.getId();
        this.activates = activates;
        this.undoes = undoes;
        this.articleId = articleId;
        this.claimType = correction.getClaimType();
        this.subjectKey = subjectKey;
        this.targetKey = targetKey;
        this.summary = summary;
        this.before = before;
        this.after = after;
        this.reason = reason;
    }

    AuditRecord toRecord(boolean undoable) {
        return new AuditRecord(id, at, editor, action, correctionId, undoes, articleId, claimType, subjectKey, targetKey,
                summary, before, after, reason, undoable);
    }

    Long getId() {
        return id;
    }

    AuditAction getAction() {
        return action;
    }

    Long getCorrectionId() {
        return correctionId;
    }

    boolean activates() {
        return activates;
    }

    Long getArticleId() {
        return articleId;
    }

    String getSubjectKey() {
        return subjectKey;
    }

    String getTargetKey() {
        return targetKey;
    }

    String getSummary() {
        return summary;
    }

    String getBefore() {
        return before;
    }

    String getAfter() {
        return after;
    }
}
