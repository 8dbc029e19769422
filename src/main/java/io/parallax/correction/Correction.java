package io.parallax.correction;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.parallax.analysis.ClaimType;
import io.parallax.claim.ClaimView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An editor's standing decision about a claim or a row. A claim is named by what the engine found (article, type,
 * span, text), not by its id, so the decision finds the claim again after the engine reads the article anew.
 */
@Entity
@Table(name = "correction")
class Correction {

    enum Kind { REJECT, VALUE, SUBJECT, MERGE, RELABEL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    private boolean active = true;

    private Long articleId;

    @Column(nullable = false)
    private ClaimType claimType;

    private Integer spanStart;

    private Integer spanEnd;

    private String spanText;

    private String subjectKey;

    private String targetKey;

    private String label;

    @JdbcTypeCode(SqlTypes.JSON)
    private String value;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String createdBy;

    protected Correction() {
    }

    private Correction(Kind kind, ClaimType type, String editor, Instant at) {
        this.kind = kind;
        this.claimType = type;
        this.createdBy = editor;
        this.createdAt = at;
    }

    /** A decision about one claim, located as the engine found it. */
    static Correction forClaim(Kind kind, ClaimView claim, String editor, Instant at) {
        Correction c = new Correction(kind, claim.type(), editor, at);
        c.articleId = claim.articleId();
        c.spanStart = claim.start();
        c.spanEnd = claim.end();
        c.spanText = claim.text();
        c.subjectKey = claim.subjectKey();
        return c;
    }

    static Correction reject(ClaimView claim, String editor, Instant at) {
        return forClaim(Kind.REJECT, claim, editor, at);
    }

    static Correction value(ClaimView claim, String valueJson, String editor, Instant at) {
        Correction c = forClaim(Kind.VALUE, claim, editor, at);
        c.value = valueJson;
        return c;
    }

    static Correction subject(ClaimView claim, String targetKey, String label, String editor, Instant at) {
        Correction c = forClaim(Kind.SUBJECT, claim, editor, at);
        c.targetKey = targetKey;
        c.label = label;
        return c;
    }

    static Correction merge(ClaimType type, String fromKey, String intoKey, String intoLabel, String editor, Instant at) {
        Correction c = new Correction(Kind.MERGE, type, editor, at);
        c.subjectKey = fromKey;
        c.targetKey = intoKey;
        c.label = intoLabel;
        return c;
    }

    static Correction relabel(ClaimType type, String key, String label, String editor, Instant at) {
        Correction c = new Correction(Kind.RELABEL, type, editor, at);
        c.subjectKey = key;
        c.label = label;
        return c;
    }

    boolean aboutClaim() {
        return kind != Kind.MERGE && kind != Kind.RELABEL;
    }

    void switchTo(boolean on) {
        this.active = on;
    }

    Long getId() {
        return id;
    }

    Kind getKind() {
        return kind;
    }

    boolean isActive() {
        return active;
    }

    Long getArticleId() {
        return articleId;
    }

    ClaimType getClaimType() {
        return claimType;
    }

    Integer getSpanStart() {
        return spanStart;
    }

    Integer getSpanEnd() {
        return spanEnd;
    }

    String getSpanText() {
        return spanText;
    }

    String getSubjectKey() {
        return subjectKey;
    }

    String getTargetKey() {
        return targetKey;
    }

    String getLabel() {
        return label;
    }

    String getValue() {
        return value;
    }
}
