package io.parallax.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.parallax.analysis.Claim;
import io.parallax.analysis.ClaimType;
import io.parallax.analysis.DatePrecision;
import io.parallax.analysis.DateValue;
import io.parallax.analysis.Qualifier;
import io.parallax.analysis.TroopCountValue;
import io.parallax.analysis.VoteValue;

/** A claim as stored: the engine's finding flattened into one row, tied to its article and the engine version. */
@Entity
@Table(name = "claim")
class StoredClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long articleId;

    @Enumerated(EnumType.STRING)
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

    private String dateValue;

    @Enumerated(EnumType.STRING)
    private DatePrecision datePrecision;

    private Integer countMin;

    private Integer countMax;

    @Enumerated(EnumType.STRING)
    private Qualifier qualifier;

    private String chamber;

    private Integer votesFor;

    private Integer votesAgainst;

    private Integer abstentions;

    private Boolean unanimous;

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
        }
        switch (claim.value()) {
            case DateValue d -> {
                this.dateValue = d.date();
                this.datePrecision = d.precision();
            }
            case TroopCountValue t -> {
                this.countMin = t.min();
                this.countMax = t.max();
                this.qualifier = t.qualifier();
            }
            case VoteValue v -> {
                this.chamber = v.chamber();
                this.votesFor = v.votesFor();
                this.votesAgainst = v.votesAgainst();
                this.abstentions = v.abstentions();
                this.unanimous = v.unanimous();
            }
        }
        this.extractorVersion = extractorVersion;
    }

    ClaimView toView() {
        return new ClaimView(id, articleId, type, start, end, text, sentence, subjectKey, subjectLabel, attribution,
                attributionPerson, dateValue, datePrecision, countMin, countMax, qualifier, chamber, votesFor, votesAgainst,
                abstentions, unanimous);
    }
}
