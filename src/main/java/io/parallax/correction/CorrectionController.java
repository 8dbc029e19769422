package io.parallax.correction;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.parallax.analysis.ClaimType;
import io.parallax.claim.ClaimView;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Editors' forms: one page per claim and per row with every correction that applies to it, the history pages, and
 * undo. Each form posts, then returns to the page the editor came from with a notice and an undo button.
 */
@Controller
class CorrectionController {

    static final String CLAIM = "correction/claim";
    static final String ROW = "correction/row";
    static final String HISTORY = "correction/history";

    private final Corrections corrections;

    CorrectionController(Corrections corrections) {
        this.corrections = corrections;
    }

    /** What the layout shows after a change: what was done, and a button that undoes it. */
    record Notice(String message, long entryId, String back) {
    }

    @GetMapping("/corrections/claims/{id}")
    String claim(@PathVariable long id, @RequestParam(required = false) String back, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        ClaimView claim = corrections.claim(id);
        model.addAttribute("claim", claim);
        model.addAttribute("rows", corrections.rows(claim.type()).stream().filter(r -> !r.subjectKey().equals(claim.subjectKey())).toList());
        model.addAttribute("back", safeBack(back, "/articles/" + claim.articleId()));
        model.addAttribute("qualifiers", io.parallax.analysis.Qualifier.values());
        model.addAttribute("precisions", io.parallax.analysis.DatePrecision.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return htmx != null ? CLAIM + " :: panel" : CLAIM;
    }

    @PostMapping("/corrections/claims/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam(required = false) String back,
            Principal editor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(() -> corrections.reject(id, reason, editor.getName()), back, redirect,
                () -> claim(id, back, model, null), model, response);
    }

    @PostMapping("/corrections/claims/{id}/value")
    String value(@PathVariable long id, @ModelAttribute ValueInput value, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back, Principal editor, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(() -> corrections.correctValue(id, value, reason, editor.getName()), back, redirect,
                () -> claim(id, back, model, null), model, response);
    }

    @PostMapping("/corrections/claims/{id}/subject")
    String subject(@PathVariable long id, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String back, Principal editor,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(() -> corrections.moveToRow(id, subject, reason, editor.getName()), back, redirect,
                () -> claim(id, back, model, null), model, response);
    }

    @PostMapping("/corrections/claims/{id}/split")
    String split(@PathVariable long id, @RequestParam(required = false) String label,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String back, Principal editor,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(() -> corrections.split(id, label, reason, editor.getName()), back, redirect,
                () -> claim(id, back, model, null), model, response);
    }

    @GetMapping("/corrections/rows")
    String row(@RequestParam String type, @RequestParam String subject, @RequestParam(required = false) String back,
            Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        ClaimType claimType = type(type);
        model.addAttribute("row", corrections.row(claimType, subject));
        model.addAttribute("rows", corrections.rows(claimType).stream().filter(r -> !r.subjectKey().equals(subject)).toList());
        model.addAttribute("back", safeBack(back, "/compare"));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return htmx != null ? ROW + " :: panel" : ROW;
    }

    @PostMapping("/corrections/rows/merge")
    String merge(@RequestParam String type, @RequestParam String subject, @RequestParam(required = false) String into,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String back, Principal editor,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(() -> corrections.merge(type(type), subject, into, reason, editor.getName()), back, redirect,
                () -> row(type, subject, back, model, null), model, response);
    }

    @PostMapping("/corrections/rows/relabel")
    String relabel(@RequestParam String type, @RequestParam String subject, @RequestParam(required = false) String label,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String back, Principal editor,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(() -> corrections.relabel(type(type), subject, label, reason, editor.getName()), back, redirect,
                () -> row(type, subject, back, model, null), model, response);
    }

    @PostMapping("/corrections/undo/{entry}")
    String undo(@PathVariable long entry, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back, Principal editor, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(() -> corrections.undo(entry, reason, editor.getName()), back, redirect, () -> {
            AuditRecord undone = corrections.entry(entry);
            return history(undone.articleId() != null ? undone.articleId() : null,
                    undone.articleId() != null ? null : undone.subject(), model);
        }, model, response);
    }

    @GetMapping("/history")
    String history(@RequestParam(required = false) Long article, @RequestParam(required = false) String subject, Model model) {
        model.addAttribute("entries", corrections.history(article, subject));
        model.addAttribute("article", article);
        model.addAttribute("subject", Values.blankToNull(subject));
        model.addAttribute("back", article != null ? "/history?article=" + article
                : subject != null ? "/history?subject=" + java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8) : "/history");
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return HISTORY;
    }

    /** Makes the change and returns to where the editor came from; bad input shows the form again with what was wrong. */
    private String act(Supplier<AuditRecord> change, String back, RedirectAttributes redirect, Supplier<String> form,
            Model model, HttpServletResponse response) {
        try {
            AuditRecord done = change.get();
            redirect.addFlashAttribute("correctionNotice", new Notice(done.summary(), done.id(), safeBack(back, "/compare")));
            return "redirect:" + safeBack(back, "/compare");
        }
        catch (CorrectionException ex) {
            if (ex.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                throw ex;
            }
            response.setStatus(ex.getStatusCode().value());
            model.addAttribute("errors", ex.errors().isEmpty() ? Map.of("form", ex.getMessage()) : ex.errors());
            model.addAttribute("message", ex.getMessage());
            return form.get();
        }
    }

    private static ClaimType type(String type) {
        try {
            return ClaimType.valueOf(type.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        catch (IllegalArgumentException ex) {
            throw CorrectionException.invalid("type", type + " is not a claim type.");
        }
    }

    /** Only paths of this site: a form's return address must not send the editor elsewhere. */
    static String safeBack(String back, String fallback) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\") || back.contains("\n")
                || back.contains("\r") || back.length() > 2000) {
            return fallback;
        }
        return back;
    }
}
