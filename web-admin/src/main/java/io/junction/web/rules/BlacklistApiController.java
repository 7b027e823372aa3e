package io.junction.web.rules;

import io.junction.rules.Blacklist;
import io.junction.rules.BlacklistEntry;
import io.junction.rules.BlacklistKind;
import io.junction.rules.RuleRefusedException;
import io.junction.web.api.ApiInputException;
import io.junction.web.api.ApiProblems;
import io.junction.web.api.PageParameters;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.Locale;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The blacklist over JSON: buyers, addresses, e-mails and phones whose orders the checks hold. */
@RestController
@RequestMapping("/api/v1/blacklist")
public class BlacklistApiController {

    static final int MAX_PAGE_SIZE = 200;

    private final Blacklist blacklist;
    private final RuleTexts texts;
    private final ApiProblems problems;

    public BlacklistApiController(Blacklist blacklist, RuleTexts texts, ApiProblems problems) {
        this.blacklist = blacklist;
        this.texts = texts;
        this.problems = problems;
    }

    /** An entry as asked for: kind BUYER, ADDRESS, EMAIL or PHONE, the value, and why (optional). */
    public record BlacklistEntryRequest(String kind, String value, String note) {}

    /** An entry as stored, its value as the check compares it. */
    public record Entry(
            long id, BlacklistKind kind, String value, String note, String createdBy, java.time.Instant createdAt) {
        static Entry of(BlacklistEntry e) {
            return new Entry(e.id(), e.kind(), e.entryValue(), e.note(), e.createdBy(), e.createdAt());
        }
    }

    public record Page(java.util.List<Entry> items, long total, int page, int size) {}

    @GetMapping
    @Operation(summary = "Blacklist entries, newest first, a page at a time (from 0); kind filters")
    public Page list(
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageParameters.check(page, size, MAX_PAGE_SIZE);
        Blacklist.Page found = blacklist.page(kind(kind), page, size);
        return new Page(found.items().stream().map(Entry::of).toList(), found.total(), page, size);
    }

    @PostMapping
    @Operation(summary = "Add an entry {kind: BUYER|ADDRESS|EMAIL|PHONE, value, note}; 409 when it is listed already")
    public ResponseEntity<Entry> add(@RequestBody BlacklistEntryRequest body, Principal user) {
        BlacklistEntry added = blacklist.add(body.kind(), body.value(), body.note(), user.getName());
        return ResponseEntity.created(URI.create("/api/v1/blacklist/" + added.id()))
                .body(Entry.of(added));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove an entry")
    public ResponseEntity<Void> remove(@PathVariable long id) {
        blacklist.remove(id);
        return ResponseEntity.noContent().build();
    }

    static BlacklistKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return BlacklistKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiInputException("kind", "rules.refusal.blacklistKind", kind);
        }
    }

    @ExceptionHandler(RuleRefusedException.class)
    ProblemDetail refused(RuleRefusedException e) {
        ProblemDetail problem = problems.refusedChange(e, texts.said(e.problems()), "rules.blacklist.refused");
        problem.setProperty("field", e.problems().get(0).field());
        return problem;
    }
}
