package io.parallax.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.parallax.outlet.Outlet;
import io.parallax.story.Story;

/** One news article as stored: its cleaned body for reading and its original text, so nothing is lost. */
@Entity
public class Article {

    /** Paragraphs of the cleaned body are separated by one blank line. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outlet_id")
    private Outlet outlet;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id")
    private Story story;

    private String url;

    private String publishedVia;

    @Column(nullable = false)
    private String title;

    private boolean titleDerived;

    private String byline;

    private LocalDate publishedOn;

    private OffsetDateTime publishedAt;

    private boolean publishedOnInferred;

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

    public Article(Outlet outlet, Story story, ArticleText text, Publication publication, String url,
            String publishedVia, String byline, String language, String wire, String contentHash) {
        this.outlet = outlet;
        this.story = story;
        this.title = text.title();
        this.titleDerived = text.titleDerived();
        this.body = text.body();
        this.rawText = text.rawText();
        this.dateline = text.dateline();
        this.publishedOn = publication.date();
        this.publishedAt = publication.instant();
        this.publishedOnInferred = publication.inferred();
        this.url = url;
        this.publishedVia = publishedVia;
        this.byline = byline;
        this.language = language;
        this.wire = wire;
        this.contentHash = contentHash;
        this.importedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public Story getStory() {
        return story;
    }

    public String getUrl() {
        return url;
    }

    public String getPublishedVia() {
        return publishedVia;
    }

    public String getTitle() {
        return title;
    }

    public boolean isTitleDerived() {
        return titleDerived;
    }

    public String getByline() {
        return byline;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public boolean isPublishedOnInferred() {
        return publishedOnInferred;
    }

    public String getDateline() {
        return dateline;
    }

    public String getBody() {
        return body;
    }

    public String getRawText() {
        return rawText;
    }

    public String getLanguage() {
        return language;
    }

    public String getWire() {
        return wire;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getImportedAt() {
        return importedAt;
    }


    /** The text as stored, with what import cleaning did to it. */
    public record ArticleText(String title, boolean titleDerived, String body, String rawText, String dateline) {
    }

    /** When an article was published, and whether the date was given or inferred from its text. */
    public record Publication(LocalDate date, OffsetDateTime instant, boolean inferred) {

        public static final Publication UNKNOWN = new Publication(null, null, false);
    }
}
