package io.parallax.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.parallax.article.ArticleView;
import io.parallax.article.Articles;
import io.parallax.article.NewArticle;
import io.parallax.article.Publication;
import io.parallax.outlet.OutletKind;
import io.parallax.outlet.Outlets;
import io.parallax.outlet.PublisherName;
import io.parallax.story.ArticleDraft;
import io.parallax.story.DraftTerms;
import io.parallax.story.Stories;
import io.parallax.story.StoryAssigner;
import io.parallax.story.StoryAssignment;
import io.parallax.system.InvalidInputException;

/**
 * The one way articles enter the archive, for the API, the seed files and any future form: cleans the text, finds
 * or creates its outlet and story, and stores it once, however many times and from however many threads it is sent.
 */
@Service
public class ArticleImporter {

    private static final Logger log = LoggerFactory.getLogger(ArticleImporter.class);
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int ATTEMPTS = 3;

    private final Articles articles;
    private final Outlets outlets;
    private final Stories stories;
    private final StoryAssigner assigner;
    private final TransactionTemplate transactions;
    private final TextCleaner cleaner = new TextCleaner();
    private final Validator validator;

    ArticleImporter(Articles articles, Outlets outlets, Stories stories, StoryAssigner assigner,
            PlatformTransactionManager transactionManager, Validator validator) {
        this.validator = validator;
        this.assigner = assigner;
        this.articles = articles;
        this.outlets = outlets;
        this.stories = stories;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Imports an article sent by a user (API, bulk import, browser): every field is checked. */
    public ImportResult importSubmitted(ArticleSubmission submission) {
        return store(prepare(submission));
    }

    /** Imports a trusted article (the seed files), which may leave out the outlet. */
    public ImportResult importArticle(ArticleSubmission submission) {
        return store(prepare(submission, false));
    }

    private ImportResult store(Prepared prepared) {
        for (int attempt = 1;; attempt++) {
            try {
                return transactions.execute(status -> storeNow(prepared));
            }
            catch (DataIntegrityViolationException ex) {
                // Another import stored the same article, outlet or story between our look-up and our insert. Any
                // other refusal (a value too long, a broken constraint) would only fail again.
                if (attempt == ATTEMPTS || !isUniqueViolation(ex)) {
                    throw ex;
                }
                log.debug("Concurrent import of the same article or outlet; looking again", ex);
            }
            catch (PessimisticLockingFailureException ex) {
                // The database broke a lock cycle (a deadlock) by rolling this transaction back: it can simply run again.
                if (attempt == ATTEMPTS) {
                    throw ex;
                }
                log.debug("Import rolled back by the database to break a lock cycle; trying again", ex);
            }
        }
    }

    /**
     * Checks a submission as the API does (the field constraints, then the date and the text) and cleans it; throws
     * {@link InvalidInputException} naming each bad field. Every import path goes through here.
     */
    Prepared prepare(ArticleSubmission submission) {
        return prepare(submission, true);
    }

    private Prepared prepare(ArticleSubmission submission, boolean checkFields) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (checkFields) {
            for (ConstraintViolation<ArticleSubmission> violation : validator.validate(submission)) {
                errors.merge(violation.getPropertyPath().toString(), violation.getMessage(), (a, b) -> a + "; " + b);
            }
            if (!errors.isEmpty()) {
                throw InvalidInputException.article(errors);
            }
        }
        boolean inferred = Boolean.TRUE.equals(submission.publishedAtInferred());
        Optional<Publication> given = PublicationDates.parse(submission.publishedAt(), inferred);
        if (given.isEmpty()) {
            errors.put("publishedAt", submission.publishedAt().strip() + " is not a date (yyyy-mm-dd) or an ISO-8601 instant");
        }
        CleanedText cleaned = cleaner.clean(submission.body(), blankToNull(submission.title()));
        if (cleaned.paragraphs().isEmpty()) {
            errors.put("body", "has no article text once page furniture is set aside");
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.article(errors);
        }
        Publication publication = given.get();
        if (publication.date() == null && cleaned.statedDate() != null && cleaned.statedDate().getYear() >= 1
                && cleaned.statedDate().getYear() <= 9999) {
            publication = new Publication(cleaned.statedDate(), null, false);
        }
        if (publication.date() == null) {
            publication = DateInference.infer(submission.url(), cleaned.body()).orElse(publication);
        }
        String title = fitted(cleaned.headline() != null ? cleaned.headline() : TextCleaner.deriveTitle(cleaned));
        NewArticle.Text text = new NewArticle.Text(title, cleaned.headline() == null, cleaned.body(), submission.body(),
                cleaned.dateline());
        String wire = submission.wire() != null && !submission.wire().isBlank() ? submission.wire().strip() : cleaned.wire();
        // The story's key terms are worked out here, on the caller's thread (a bulk import's workers), not by the writer.
        DraftTerms terms = DraftTerms.of(new ArticleDraft(text.title(), text.body(), publication.date()));
        return new Prepared(submission, text, publication, wire, contentHash(cleaned.body()), terms);
    }

    private ImportResult storeNow(Prepared p) {
        ArticleSubmission s = p.submission();
        String url = blankToNull(s.url());
        Optional<ArticleView> existing = articles.findDuplicate(url, p.hash());
        if (existing.isPresent()) {
            return new ImportResult(existing.get(), true);
        }
        var outlet = outlets.findOrCreate(s.outlet(), OutletKind.parse(s.outletKind()), blankToNull(s.outletDomain()),
                blankToNull(s.outletCountry()));
        // An article that names no story joins the one it is most similar to, or starts its own.
        StoryAssignment assignment = blankToNull(s.story()) == null ? assigner.assign(p.terms()) : null;
        long storyId = assignment != null ? assignment.storyId() : stories.findOrCreate(s.story()).id();
        String language = s.language() == null || s.language().isBlank() ? "en" : s.language().strip();
        // "Associated Press via Local News 8": the outlet is AP's, and Local News 8 is the site that carried it.
        String via = Optional.ofNullable(blankToNull(s.publishedVia())).orElseGet(() -> PublisherName.parse(s.outlet()).carrier());
        ArticleView article = articles.add(new NewArticle(outlet.id(), storyId, p.text(), p.publication(), url,
                via, blankToNull(s.byline()), language, p.wire(), p.hash()));
        assigner.recordAll(List.of(new StoryAssigner.Recorded(article.id(), storyId, p.terms(), assignment)));
        return new ImportResult(article, false);
    }

    private static boolean isUniqueViolation(DataIntegrityViolationException ex) {
        return ex.getMostSpecificCause() instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState());
    }

    /** Equal for texts that differ only in case, punctuation, spacing or page furniture. */
    static String contentHash(String body) {
        String normalised = NOT_WORD.matcher(Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A checked and cleaned submission, ready to store. */
    record Prepared(ArticleSubmission submission, NewArticle.Text text, Publication publication, String wire,
            String hash, DraftTerms terms) {

        String url() {
            return blankToNull(submission.url());
        }
    }

    /** A headline taken from the text (a file's first line) may be longer than a title can be: cut it, never lose the article. */
    private static String fitted(String title) {
        int max = 1_000;
        if (title == null || title.length() <= max) {
            return title;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(title.charAt(cut - 1))) {
            cut--;
        }
        return title.substring(0, cut).strip() + "\u2026";
    }
}
