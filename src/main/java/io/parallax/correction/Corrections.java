package io.parallax.correction;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.parallax.analysis.ClaimType;
import io.parallax.analysis.ClaimValue;
import io.parallax.claim.ClaimEdits;
import io.parallax.claim.ClaimExtraction;
import io.parallax.claim.ClaimView;

/**
 * What editors can do to the claims and rows of the matrix, each change recorded in the audit log and each one
 * undoable: reject a claim, correct its value, move it to another row or a row of its own, merge two rows, relabel one.
 */
@Service
public class Corrections {

    static final int MAX_REASON = 1000;
    static final int MAX_LABEL = 300;
    static final int HISTORY_LIMIT = 500;

    private final CorrectionRepository corrections;
    private final AuditEntryRepository audit;
    private final CorrectionApplier applier;
    private final ClaimEdits edits;
    private final ClaimExtraction extraction;
    private final Clock clock = Clock.systemUTC();

    Corrections(CorrectionRepository corrections, AuditEntryRepository audit, CorrectionApplier applier, ClaimEdits edits,
            ClaimExtraction extraction) {
        this.corrections = corrections;
        this.audit = audit;
        this.applier = applier;
        this.edits = edits;
        this.extraction = extraction;
    }

    /** The claim as stored now, or a 404. */
    @Transactional(readOnly = true)
    public ClaimView claim(long claimId) {
        return edits.claim(claimId).orElseThrow(() -> CorrectionException.notFound("There is no claim with id " + claimId + "."));
    }

    /** The rows of one type an editor can move a claim to or merge a row into. */
    @Transactional(readOnly = true)
    public List<ClaimEdits.Row> rows(ClaimType type) {
        return edits.rows(type);
    }

    @Transactional(readOnly = true)
    public ClaimEdits.Row row(ClaimType type, String subjectKey) {
        return edits.row(type, subjectKey).orElseThrow(() -> CorrectionException.notFound(
                "There is no " + type + " row " + subjectKey + "."));
    }

    @Transactional
    public AuditRecord reject(long claimId, String reason, String editor) {
        ClaimView claim = claim(claimId);
        String why = reason(reason);
        Correction decision = corrections.save(Correction.reject(claim, editor, now()));
        applier.apply(claim.articleId());
        return record(decision, AuditAction.REJECT, editor, why, claim.articleId(), claim.subjectKey(), null,
                "Rejected “" + claim.text() + "” (" + claim.typeLabel().toLowerCase() + ")", describe(claim), "rejected");
    }

    @Transactional
    public AuditRecord correctValue(long claimId, ValueInput input, String reason, String editor) {
        ClaimView claim = claim(claimId);
        String why = reason(reason);
        ClaimValue value = Values.parse(claim.type(), input);
        String before = claim.valueLabel();
        String after = value.label();
        if (value.equals(claim.value())) {
            throw CorrectionException.invalid("value", "The claim already has the value " + after + ".");
        }
        Correction decision = corrections.save(Correction.value(claim, Values.json(value), editor, now()));
        applier.apply(claim.articleId());
        return record(decision, AuditAction.CORRECT_VALUE, editor, why, claim.articleId(), claim.subjectKey(), null,
                "Corrected the value of “" + claim.text() + "”", before, after);
    }

    /** Moves a claim into another existing row of its type. */
    @Transactional
    public AuditRecord moveToRow(long claimId, String subjectKey, String reason, String editor) {
        ClaimView claim = claim(claimId);
        String why = reason(reason);
        String key = Values.blankToNull(subjectKey);
        if (key == null) {
            throw CorrectionException.invalid("subject", "Choose the row to move the claim to.");
        }
        if (key.equals(claim.subjectKey())) {
            throw CorrectionException.invalid("subject", "The claim is already in that row.");
        }
        ClaimEdits.Row target = edits.row(claim.type(), key).orElseThrow(() -> CorrectionException.invalid("subject",
                "There is no " + claim.typeLabel().toLowerCase() + " row " + key + "."));
        Correction decision = corrections.save(Correction.subject(claim, key, target.subjectLabel(), editor, now()));
        applier.apply(claim.articleId());
        return record(decision, AuditAction.CORRECT_SUBJECT, editor, why, claim.articleId(), claim.subjectKey(), key,
                "Moved “" + claim.text() + "” to another row", rowName(claim.subjectLabel()), rowName(target.subjectLabel()));
    }

    /** Takes a claim out of its row into a new row of its own, under the given label. */
    @Transactional
    public AuditRecord split(long claimId, String label, String reason, String editor) {
        ClaimView claim = claim(claimId);
        String why = reason(reason);
        String name = label(label);
        String base = claim.subjectKey() == null ? claim.type().name().toLowerCase() : claim.subjectKey();
        String key = limit(base, 180) + "/split-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Correction decision = corrections.save(Correction.subject(claim, key, name, editor, now()));
        applier.apply(claim.articleId());
        return record(decision, AuditAction.SPLIT, editor, why, claim.articleId(), claim.subjectKey(), key,
                "Split “" + claim.text() + "” into a row of its own", rowName(claim.subjectLabel()), rowName(name));
    }

    /** Merges one row into another of the same type; the merge also applies to articles added later. */
    @Transactional
    public AuditRecord merge(ClaimType type, String fromKey, String intoKey, String reason, String editor) {
        if (type == null) {
            throw CorrectionException.invalid("type", "Give the claim type of the rows.");
        }
        String why = reason(reason);
        String from = Values.blankToNull(fromKey);
        String into = Values.blankToNull(intoKey);
        if (from == null || into == null) {
            throw CorrectionException.invalid(from == null ? "from" : "into", "Name both rows.");
        }
        if (from.equals(into)) {
            throw CorrectionException.invalid("into", "A row cannot be merged into itself.");
        }
        ClaimEdits.Row source = row(type, from);
        ClaimEdits.Row target = edits.row(type, into).orElseThrow(() -> CorrectionException.invalid("into",
                "There is no " + type + " row " + into + "."));
        Correction decision = corrections.save(Correction.merge(type, from, into, target.subjectLabel(), editor, now()));
        applier.applyRow(decision);
        return record(decision, AuditAction.MERGE, editor, why, null, from, into,
                "Merged the row “" + source.subjectLabel() + "” into “" + target.subjectLabel() + "”",
                rowName(source.subjectLabel()) + " (" + source.claims() + " claims)", rowName(target.subjectLabel()));
    }

    @Transactional
    public AuditRecord relabel(ClaimType type, String subjectKey, String label, String reason, String editor) {
        if (type == null) {
            throw CorrectionException.invalid("type", "Give the claim type of the row.");
        }
        String why = reason(reason);
        String name = label(label);
        ClaimEdits.Row row = row(type, Values.blankToNull(subjectKey) == null ? "" : subjectKey.strip());
        if (name.equals(row.subjectLabel())) {
            throw CorrectionException.invalid("label", "The row is already called " + name + ".");
        }
        Correction decision = corrections.save(Correction.relabel(type, row.subjectKey(), name, editor, now()));
        applier.applyRow(decision);
        return record(decision, AuditAction.RELABEL, editor, why, null, row.subjectKey(), null,
                "Relabelled the row “" + row.subjectLabel() + "”", rowName(row.subjectLabel()), rowName(name));
    }

    /**
     * Undoes an entry of the audit log: switches its correction off (or, for an undo, on again) and brings the claims
     * it touched back in line. Only the newest entry about a correction can be undone.
     */
    @Transactional
    public AuditRecord undo(long entryId, String reason, String editor) {
        AuditEntry entry = audit.findById(entryId).orElseThrow(() -> CorrectionException.notFound(
                "There is no entry " + entryId + " in the audit log."));
        String why = reason(reason);
        Correction decision = corrections.findById(entry.getCorrectionId()).orElseThrow();
        AuditEntry latest = audit.findFirstByCorrectionIdOrderByIdDesc(decision.getId()).orElseThrow();
        if (!latest.getId().equals(entry.getId())) {
            throw CorrectionException.conflict("Entry " + entryId + " has already been undone (see entry " + latest.getId() + ").");
        }
        boolean on = !entry.activates();
        Set<Long> articles = new LinkedHashSet<>();
        if (decision.aboutClaim()) {
            articles.add(decision.getArticleId());
        }
        else if (!on) {
            RowDecisions rows = new RowDecisions(corrections.findActiveRowDecisions());
            List<String> keys = new ArrayList<>(List.of(decision.getSubjectKey()));
            if (decision.getTargetKey() != null) {
                keys.add(decision.getTargetKey());
            }
            keys.add(rows.resolve(decision.getClaimType(), decision.getSubjectKey()).key());
            articles.addAll(edits.articlesIn(decision.getClaimType(), keys));
        }
        decision.switchTo(on);
        corrections.save(decision);
        if (decision.aboutClaim() && on) {
            applier.apply(decision.getArticleId());
        }
        else if (!decision.aboutClaim() && on) {
            applier.applyRow(decision);
        }
        else {
            // The claims as they were before the decision are the engine's reading with every other decision applied.
            extraction.extract(articles);
        }
        String summary = (on ? "Restored: " : "Undid: ") + entry.getSummary();
        return record(decision, AuditAction.UNDO, editor, why, entry.getArticleId(), entry.getSubjectKey(),
                entry.getTargetKey(), summary, entry.getAfter(), entry.getBefore(), on, entry.getId());
    }

    /** The audit log, newest first, for one article, one row (by subject key), both or neither. */
    @Transactional(readOnly = true)
    public List<AuditRecord> history(Long articleId, String subjectKey) {
        List<AuditEntry> entries = audit.find(articleId, Values.blankToNull(subjectKey), Limit.of(HISTORY_LIMIT));
        Set<Long> latest = entries.isEmpty() ? Set.of()
                : Set.copyOf(audit.latestOf(entries.stream().map(AuditEntry::getCorrectionId).distinct().toList()));
        return entries.stream().map(e -> e.toRecord(latest.contains(e.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public AuditRecord entry(long id) {
        AuditEntry entry = audit.findById(id).orElseThrow(() -> CorrectionException.notFound(
                "There is no entry " + id + " in the audit log."));
        boolean latest = audit.findFirstByCorrectionIdOrderByIdDesc(entry.getCorrectionId()).map(e -> e.getId().equals(id)).orElse(false);
        return entry.toRecord(latest);
    }

    private AuditRecord record(Correction decision, AuditAction action, String editor, String reason, Long articleId,
            String subject, String target, String summary, String before, String after) {
        return record(decision, action, editor, reason, articleId, subject, target, summary, before, after, true, null);
    }

    private AuditRecord record(Correction decision, AuditAction action, String editor, String reason, Long articleId,
            String subject, String target, String summary, String before, String after, boolean activates, Long undoes) {
        AuditEntry entry = audit.save(new AuditEntry(now(), editor, action, decision, activates, undoes, articleId, subject,
                target, limit(summary, 1000), limit(before, 1000), limit(after, 1000), reason));
        return entry.toRecord(true);
    }

    private static String reason(String reason) {
        String why = Values.blankToNull(reason);
        if (why == null) {
            throw CorrectionException.invalid("reason", "Say why, for the audit log.");
        }
        if (why.length() > MAX_REASON) {
            throw CorrectionException.invalid("reason", "Keep the reason under " + MAX_REASON + " characters.");
        }
        return why;
    }

    private static String label(String label) {
        String name = Values.blankToNull(label);
        if (name == null) {
            throw CorrectionException.invalid("label", "Give the row a label.");
        }
        if (name.length() > MAX_LABEL) {
            throw CorrectionException.invalid("label", "Keep the label under " + MAX_LABEL + " characters.");
        }
        return name;
    }

    private static String describe(ClaimView claim) {
        return claim.typeLabel() + " " + claim.valueLabel() + " in the row " + rowName(claim.subjectLabel());
    }

    private static String rowName(String label) {
        return label == null ? "without a subject" : "“" + label + "”";
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private Instant now() {
        return clock.instant();
    }
}
