package io.parallax.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import io.parallax.analysis.Claim;
import io.parallax.analysis.ClaimType;

/**
 * A claim as stored: its span and sentence, its subject and source, and its value as one JSON document beside the
 * type and subject key that queries filter on; tied to its article and the engine version that found it.
 */
@Entity
@Table(name = "claim")
class StoredClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long articleId;

    @Column(nullable = false)
    private ClaimType type;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String sentence;

    private String subjectKey;

    private String subjectLabel;

    private String attribution;

    private String attributionPerson;

    private String sourceKey;

    @Column(name = "value", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String value;

    @Column(nullable = false)
    private String extractorVersion;

    protected StoredClaim() {
    }

    StoredClaim(long articleId, Claim claim, String extractorVersion) {
        this.articleId = articleId;
        this.type = claim.type();
        this.start = claim.start();
        this.end = claim.end();
        this.text = claim.text();
        this.sentence = claim.sentence();
        if (claim.subject() != null) {
            this.subjectKey = claim.subject().key();
            this.subjectLabel = claim.subject().label();
        }
        if (claim.attribution() != null) {
            this.attribution = claim.attribution().source();
            this.attributionPerson = claim.attribution().person();
            this.sourceKey = claim.attribution().key();
        }
        this.value = ClaimValueJson.write(claim.value());
        this.extractorVersion = extractorVersion;
    }

    ClaimView toView() {
        return new ClaimView(id, articleId, start, end, text, sentence, subjectKey, subjectLabel, attribution,
                attributionPerson, sourceKey, ClaimValueJson.read(type, value));
    }
}
