package io.junction.web.quarantine;

import io.junction.quarantine.QuarantineRefusedException;
import io.junction.quarantine.QuarantineService;
import io.junction.quarantine.QuarantineStatus;
import io.junction.quarantine.QuarantinedOrder;
import io.junction.web.api.ApiProblems;
import io.junction.web.api.PageParameters;
import io.junction.web.openapi.ApiRefusal;
import io.junction.web.order.RefusalText;
import io.junction.web.page.PageFormat;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quarantine over JSON: list and read entries, retry them (one or many) once the cause is fixed,
 * or dismiss one that needs no order. A refusal is a problem that changes nothing.
 */
@RestController
public class QuarantineApiController {

    static final int MAX_LIST = 500;
    static final int MAX_BATCH = 200;

    private final QuarantineService quarantine;
    private final ApiProblems problems;
    private final RefusalText refusals;
    private final PageFormat format;

    public QuarantineApiController(
            QuarantineService quarantine, ApiProblems problems, RefusalText refusals, PageFormat format) {
        this.quarantine = quarantine;
        this.problems = problems;
        this.refusals = refusals;
        this.format = format;
    }

    /** What a retry of many did, its outcomes and reasons in the caller's language. */
    public record RetriesAnswer(List<QuarantineService.Retry> retried, List<RefusedEntry> refused) {}

    /** An entry that could not be retried: why, in the caller's language, and the reason's stable code. */
    public record RefusedEntry(long id, String reason, String code) {}

    /** Which entries to retry. */
    public record RetryRequest(List<Long> ids) {
        List<Long> requireIds() {
            if (ids == null || ids.isEmpty() || ids.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("ids must list at least one quarantined order id, and no null");
            }
            if (ids.size() > MAX_BATCH) {
                throw new IllegalArgumentException(
                        "at most " + MAX_BATCH + " quarantined orders per retry, got " + ids.size());
            }
            return ids;
        }
    }

    /** Why an entry needs no order. */
    public record DismissRequest(String note) {}

    /** The newest entries, of one shop or all; every status unless one is asked for. */
    @Operation(summary = "The newest quarantined platform orders, of one shop or all, of one status or all")
    @GetMapping("/api/v1/quarantine")
    public List<QuarantinedOrder> list(
            @RequestParam(required = false) Long shopId,
            @RequestParam(required = false) QuarantineStatus status,
            @RequestParam(defaultValue = "100") int limit) {
        PageParameters.checkLimit(limit, MAX_LIST);
        return quarantine.list(shopId, status, limit);
    }

    @Operation(summary = "One quarantined platform order with its raw payload and the reason")
    @GetMapping("/api/v1/quarantine/{id}")
    public QuarantinedOrder get(@PathVariable long id) {
        return quarantine.get(id);
    }

    @Operation(summary = "Read a quarantined order again from its platform")
    @ApiRefusal(status = 409, description = "The entry is settled already.")
    @ApiRefusal(status = 503, description = "The platform could not be asked; try again later.")
    @PostMapping("/api/v1/quarantine/{id}/retry")
    public QuarantineService.Retry retry(@PathVariable long id, Principal user) {
        return said(quarantine.retry(id, user.getName()));
    }

    @Operation(summary = "Read several quarantined orders again from their platforms, each with its own outcome")
    @PostMapping("/api/v1/quarantine/retry")
    public RetriesAnswer retryAll(@RequestBody RetryRequest request, Principal user) {
        QuarantineService.Retries done = quarantine.retryAll(request.requireIds(), user.getName());
        return new RetriesAnswer(
                done.retried().stream().map(this::said).toList(),
                done.refused().stream()
                        .map(r -> new RefusedEntry(
                                r.id(),
                                refusals.of("quarantine.refusal.", r.refusal(), r.reason()),
                                r.refusal() == null ? null : r.refusal().code()))
                        .toList());
    }

    private QuarantineService.Retry said(QuarantineService.Retry retry) {
        return new QuarantineService.Retry(
                retry.id(), retry.status(), retry.orderId(), format.quarantineOutcome(retry.outcome()));
    }

    @Operation(summary = "Settle a quarantined order that needs no order, saying why")
    @ApiRefusal(status = 409, description = "The entry is settled already.")
    @PostMapping("/api/v1/quarantine/{id}/dismiss")
    public QuarantinedOrder dismiss(@PathVariable long id, @RequestBody DismissRequest request, Principal user) {
        return quarantine.dismiss(id, user.getName(), request.note());
    }

    @ExceptionHandler(QuarantineRefusedException.class)
    ProblemDetail refused(QuarantineRefusedException e) {
        HttpStatus status = e.platformUnreachable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.CONFLICT;
        return problems.refused(
                status,
                e.platformUnreachable() ? "problems.quarantine.unreachable" : "problems.quarantine.refused",
                refusals.of("quarantine.refusal.", e.refusal(), e.getMessage()),
                e.refusal());
    }
}
