package io.parallax.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One news article as stored: its cleaned body for reading and its original text, so nothing is lost. */
@Entity
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "outlet_id", nullable = false)
    private Long outletId;

    @Column(name = "story_id", nullable = false)
    private Long storyId;

    private String url;

    private String publishedVia;

    @Column(nullable = false)
    private String title;

    private boolean titleDerived;

    private String byline;

    private LocalDate publishedOn;

    private OffsetDateTime publishedAt;

    private boolean publishedOnInferred;

    private String publishedOnReason;

    private String dateline;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String rawText;

    @Column(nullable = false)
    private String language;

    private String wire;

    @Column(nullable = false)
    private String contentHash;

    @Column(nullable = false, updatable = false)
    private Instant importedAt;

    protected Article() {
    }

    Article(NewArticle a) {
        NewArticle.Text text = a.text();
        Publication publication = a.publication();
        this.outletId = a.outletId();
        this.storyId = a.storyId();
        this.title = text.title();
        this.titleDerived = text.titleDerived();
        this.body = text.body();
        this.rawText = text.rawText();
        this.dateline = text.dateline();
        this.publishedOn = publication.date();
        this.publishedAt = publication.instant();
        this.publishedOnInferred = publication.inferred();
        this.publishedOnReason = publication.reason();
        this.url = a.url();
        this.publishedVia = a.publishedVia();
        this.byline = a.byline();
        this.language = a.language();
        this.wire = a.wire();
        this.contentHash = a.contentHash();
        this.importedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    Long getOutletId() {
        return outletId;
    }

    Long getStoryId() {
        return storyId;
    }

    /** Moves the article to another story, as assignment or an editor decides. */
    void moveToStory(long storyId) {
        this.storyId = storyId;
    }

    String getUrl() {
        return url;
    }

    String getPublishedVia() {
        return publishedVia;
    }

    String getTitle() {
        return title;
    }

    boolean isTitleDerived() {
        return titleDerived;
    }

    String getByline() {
        return byline;
    }

    LocalDate getPublishedOn() {
        return publishedOn;
    }

    OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    boolean isPublishedOnInferred() {
        return publishedOnInferred;
    }

    String getDateline() {
        return dateline;
    }

    String getBody() {
        return body;
    }

    String getRawText() {
        return rawText;
    }

    String getLanguage() {
        return language;
    }

    String getWire() {
        return wire;
    }

    String getContentHash() {
        return contentHash;
    }

    Instant getImportedAt() {
        return importedAt;
    }


}
