package io.parallax.correction;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.parallax.analysis.ClaimType;

/** Editors' corrections and the audit log as JSON; every answer is an audit entry, every error problem details. */
@RestController
@Tag(name = "Corrections", description = "Editors' corrections of claims and rows, and the audit log (editor role, HTTP Basic)")
class CorrectionApiController {

    private final Corrections corrections;

    CorrectionApiController(Corrections corrections) {
        this.corrections = corrections;
    }

    record Reason(String reason) {
    }

    record ValueCorrection(ValueInput value, String reason) {
    }

    record SubjectCorrection(String subject, String reason) {
    }

    record Split(String label, String reason) {
    }

    record Merge(String type, String from, String into, String reason) {
    }

    record Relabel(String type, String subject, String label, String reason) {
    }

    @PostMapping("/api/corrections/claims/{id}/reject")
    @Operation(summary = "Reject a claim (e.g. page furniture); it stays rejected when the engine reads the article again")
    ResponseEntity<AuditRecord> reject(@PathVariable long id, @RequestBody Reason body, Principal editor) {
        return created(corrections.reject(id, body.reason(), editor.getName()));
    }

    @PostMapping("/api/corrections/claims/{id}/value")
    @Operation(summary = "Correct a claim's value: date and precision, qualifier/min/max, or chamber and votes")
    ResponseEntity<AuditRecord> value(@PathVariable long id, @RequestBody ValueCorrection body, Principal editor) {
        return created(corrections.correctValue(id, body.value(), body.reason(), editor.getName()));
    }

    @PostMapping("/api/corrections/claims/{id}/subject")
    @Operation(summary = "Move a claim to another existing row of its type (by subject key)")
    ResponseEntity<AuditRecord> subject(@PathVariable long id, @RequestBody SubjectCorrection body, Principal editor) {
        return created(corrections.moveToRow(id, body.subject(), body.reason(), editor.getName()));
    }

    @PostMapping("/api/corrections/claims/{id}/split")
    @Operation(summary = "Take a claim out of its row into a new row of its own, under a label")
    ResponseEntity<AuditRecord> split(@PathVariable long id, @RequestBody Split body, Principal editor) {
        return created(corrections.split(id, body.label(), body.reason(), editor.getName()));
    }

    @PostMapping("/api/corrections/rows/merge")
    @Operation(summary = "Merge one row into another of the same type; also applies to articles added later")
    ResponseEntity<AuditRecord> merge(@RequestBody Merge body, Principal editor) {
        return created(corrections.merge(type(body.type()), body.from(), body.into(), body.reason(), editor.getName()));
    }

    @PostMapping("/api/corrections/rows/relabel")
    @Operation(summary = "Give a row another label")
    ResponseEntity<AuditRecord> relabel(@RequestBody Relabel body, Principal editor) {
        return created(corrections.relabel(type(body.type()), body.subject(), body.label(), body.reason(), editor.getName()));
    }

    @PostMapping("/api/corrections/{entry}/undo")
    @Operation(summary = "Undo an entry of the audit log (only the newest entry about a correction); the undo is recorded too")
    ResponseEntity<AuditRecord> undo(@PathVariable long entry, @RequestBody Reason body, Principal editor) {
        return created(corrections.undo(entry, body.reason(), editor.getName()));
    }

    @GetMapping("/api/audit")
    @Operation(summary = "The audit log, newest first, for one article and/or one row (subject key)")
    List<AuditRecord> audit(@RequestParam(required = false) Long article, @RequestParam(required = false) String subject) {
        return corrections.history(article, subject);
    }

    @GetMapping("/api/audit/{id}")
    @Operation(summary = "One entry of the audit log")
    AuditRecord entry(@PathVariable long id) {
        return corrections.entry(id);
    }

    private static ResponseEntity<AuditRecord> created(AuditRecord entry) {
        return ResponseEntity.created(URI.create("/api/audit/" + entry.id())).body(entry);
    }

    private static ClaimType type(String type) {
        if (type == null || type.isBlank()) {
            throw CorrectionException.invalid("type", "Give the claim type of the rows: DATE, TROOP_COUNT or VOTE.");
        }
        try {
            return ClaimType.valueOf(type.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        catch (IllegalArgumentException ex) {
            throw CorrectionException.invalid("type", type + " is not a claim type: use DATE, TROOP_COUNT or VOTE.");
        }
    }
}
