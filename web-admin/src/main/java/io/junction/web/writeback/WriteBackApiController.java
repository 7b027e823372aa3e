package io.junction.web.writeback;

import io.junction.logistics.CancellationQueue;
import io.junction.logistics.CancellationStatus;
import io.junction.logistics.FailedCancellation;
import io.junction.outbox.QueueRetries;
import io.junction.outbox.RetryRefusedException;
import io.junction.web.api.ApiInputException;
import io.junction.web.api.ApiProblems;
import io.junction.web.api.PageParameters;
import io.junction.web.openapi.ApiRefusal;
import io.junction.web.order.RefusalText;
import io.junction.writeback.FailedConfirmation;
import io.junction.writeback.OutboxStatus;
import io.junction.writeback.WriteBackQueue;
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
 * Failed shipment confirmations and failed or refused parcel cancellations over JSON: listed with the
 * platform's or carrier's reason, retried one by one or in bulk. A retry puts the row back in its outbox; the
 * relay sends it as any row, so a retry never confirms or cancels twice.
 */
@RestController
public class WriteBackApiController {

    static final int MAX_PAGE = 500;
    static final int MAX_BATCH = 200;

    private final WriteBackQueue confirmations;
    private final CancellationQueue cancellations;
    private final ApiProblems problems;
    private final RefusalText refusals;

    public WriteBackApiController(
            WriteBackQueue confirmations, CancellationQueue cancellations, ApiProblems problems, RefusalText refusals) {
        this.confirmations = confirmations;
        this.cancellations = cancellations;
        this.problems = problems;
        this.refusals = refusals;
    }

    /** One page of a queue and how many rows it holds. */
    public record Page<T>(List<T> items, long total) {}

    /** Which rows to retry. */
    public record RetryRequest(List<Long> ids) {}

    /** What a bulk retry did: the rows put back, and the others with the reason in the caller's language. */
    public record WriteBackRetries(List<Long> retried, List<RefusedRow> refused) {}

    /** A row that was not put back: why, in the caller's language, and the reason's stable code. */
    public record RefusedRow(long id, String reason, String code) {}

    @Operation(summary = "Shipment confirmations, newest first, of one status (FAILED for the ones to work) or all")
    @GetMapping("/api/v1/write-back")
    public Page<FailedConfirmation> confirmations(
            @RequestParam(required = false) OutboxStatus status,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        checkPage(offset, limit);
        WriteBackQueue.Page page = confirmations.list(status, offset, limit);
        return new Page<>(page.items(), page.total());
    }

    @Operation(summary = "One shipment confirmation with the marketplace's last reason")
    @GetMapping("/api/v1/write-back/{id}")
    public FailedConfirmation confirmation(@PathVariable long id) {
        return confirmations.get(id);
    }

    @Operation(summary = "Send a failed shipment confirmation again")
    @ApiRefusal(status = 409, description = "The confirmation is confirmed already, or waits to be sent.")
    @PostMapping("/api/v1/write-back/{id}/retry")
    public FailedConfirmation retryConfirmation(@PathVariable long id, Principal user) {
        return confirmations.retry(id, user.getName());
    }

    @Operation(summary = "Send several failed shipment confirmations again, each with its own outcome")
    @PostMapping("/api/v1/write-back/retry")
    public WriteBackRetries retryConfirmations(@RequestBody RetryRequest request, Principal user) {
        return said(confirmations.retryAll(ids(request), user.getName()));
    }

    @Operation(summary = "Carrier parcel cancellations, newest first; FAILED and REFUSED ones unless a status is asked")
    @GetMapping("/api/v1/parcel-cancellations")
    public Page<FailedCancellation> cancellations(
            @RequestParam(required = false) List<CancellationStatus> status,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        checkPage(offset, limit);
        CancellationQueue.Page page = cancellations.list(
                status == null || status.isEmpty() ? CancellationQueue.TO_WORK : status, offset, limit);
        return new Page<>(page.items(), page.total());
    }

    @Operation(summary = "One carrier parcel cancellation with the carrier's last reason")
    @GetMapping("/api/v1/parcel-cancellations/{id}")
    public FailedCancellation cancellation(@PathVariable long id) {
        return cancellations.get(id);
    }

    @Operation(summary = "Ask the carrier again to cancel a parcel whose cancellation failed or was refused")
    @ApiRefusal(status = 409, description = "The parcel is cancelled already, or its cancellation waits to be sent.")
    @PostMapping("/api/v1/parcel-cancellations/{id}/retry")
    public FailedCancellation retryCancellation(@PathVariable long id, Principal user) {
        return cancellations.retry(id, user.getName());
    }

    @Operation(summary = "Ask the carriers again to cancel several parcels, each with its own outcome")
    @PostMapping("/api/v1/parcel-cancellations/retry")
    public WriteBackRetries retryCancellations(@RequestBody RetryRequest request, Principal user) {
        return said(cancellations.retryAll(ids(request), user.getName()));
    }

    @ExceptionHandler(RetryRefusedException.class)
    ProblemDetail refused(RetryRefusedException e) {
        return problems.refused(
                HttpStatus.CONFLICT,
                "problems.writeback.refused",
                refusals.of("writeback.refusal.", e.refusal(), e.getMessage()),
                e.refusal());
    }

    private WriteBackRetries said(QueueRetries done) {
        return new WriteBackRetries(
                done.retried(),
                done.refused().stream()
                        .map(r -> new RefusedRow(
                                r.id(),
                                refusals.of("writeback.refusal.", r.refusal(), r.reason()),
                                r.refusal() == null ? null : r.refusal().code()))
                        .toList());
    }

    private static List<Long> ids(RetryRequest request) {
        if (request == null
                || request.ids() == null
                || request.ids().isEmpty()
                || request.ids().stream().anyMatch(Objects::isNull)) {
            throw new ApiInputException("ids", "writeback.retry.ids", MAX_BATCH);
        }
        if (request.ids().size() > MAX_BATCH) {
            throw new ApiInputException("ids", "writeback.retry.ids", MAX_BATCH);
        }
        return request.ids();
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw new ApiInputException("offset", "problems.parameter.invalid", "offset");
        }
        PageParameters.checkLimit(limit, MAX_PAGE);
    }
}
