package io.parallax.correction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.parallax.analysis.ClaimValue;
import io.parallax.claim.ClaimEdits;
import io.parallax.claim.ClaimView;
import io.parallax.claim.Claims;
import io.parallax.claim.ClaimsExtracted;

/**
 * Applies the standing decisions to an article's stored claims: after every extraction (so they survive a new engine
 * version and reach new articles) and after a decision is made. Applying twice changes nothing.
 */
@Component
class CorrectionApplier {

    private static final Logger log = LoggerFactory.getLogger(CorrectionApplier.class);

    private final CorrectionRepository corrections;
    private final Claims claims;
    private final ClaimEdits edits;

    CorrectionApplier(CorrectionRepository corrections, Claims claims, ClaimEdits edits) {
        this.corrections = corrections;
        this.claims = claims;
        this.edits = edits;
    }

    @EventListener
    void onExtraction(ClaimsExtracted event) {
        if (corrections.existsByActiveTrue()) {
            event.articleIds().forEach(this::apply);
        }
    }

    /** Brings one article's claims in line with every standing decision; returns how many claims changed. */
    int apply(long articleId) {
        List<Correction> decisions = corrections.findActiveFor(articleId);
        if (decisions.isEmpty()) {
            return 0;
        }
        List<ClaimView> found = claims.forArticle(articleId);
        RowDecisions rows = new RowDecisions(decisions.stream().filter(d -> !d.aboutClaim()).toList());
        // Every decision finds its claim among the claims as the engine found them, before any is changed.
        Map<Long, List<Correction>> byClaim = new LinkedHashMap<>();
        for (Correction d : decisions) {
            if (d.aboutClaim()) {
                ClaimMatcher.match(d, found).ifPresentOrElse(
                        c -> byClaim.computeIfAbsent(c.id(), id -> new ArrayList<>()).add(d),
                        () -> log.info("Correction {} no longer matches a claim in article {}", d.getId(), articleId));
            }
        }
        int changed = 0;
        for (ClaimView claim : found) {
            if (applyTo(claim, byClaim.getOrDefault(claim.id(), List.of()), rows)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean applyTo(ClaimView claim, List<Correction> decisions, RowDecisions rows) {
        ClaimValue value = null;
        String key = claim.subjectKey();
        String label = claim.subjectLabel();
        for (Correction d : decisions) {
            switch (d.getKind()) {
                case REJECT -> {
                    edits.delete(claim.id());
                    return true;
                }
                case VALUE -> value = Values.fromJson(d.getClaimType(), d.getValue());
                case SUBJECT -> {
                    key = d.getTargetKey();
                    label = d.getLabel();
                }
                default -> {
                }
            }
        }
        boolean changed = false;
        if (value != null && !value.equals(claim.value())) {
            edits.setValue(claim.id(), value);
            changed = true;
        }
        if (key != null && !rows.isEmpty()) {
            RowDecisions.Target target = rows.resolve(claim.type(), key);
            label = target.label() != null ? target.label() : label;
            key = target.key();
        }
        if (!Objects.equals(key, claim.subjectKey()) || !Objects.equals(label, claim.subjectLabel())) {
            edits.setSubject(claim.id(), key, label);
            changed = true;
        }
        return changed;
    }

    /** Applies the row decisions to every claim now in the row, in one statement. */
    void applyRow(Correction decision) {
        RowDecisions rows = new RowDecisions(corrections.findActiveRowDecisions());
        RowDecisions.Target target = rows.resolve(decision.getClaimType(), decision.getSubjectKey());
        if (target.label() != null) {
            edits.moveRow(decision.getClaimType(), decision.getSubjectKey(), target.key(), target.label());
        }
    }
}
