package io.junction.web.returns;

import io.junction.returns.Return;
import io.junction.returns.ReturnRefusedException;
import io.junction.returns.ReturnService;
import io.junction.returns.ReturnStatus;
import io.junction.web.api.ApiInputException;
import io.junction.web.openapi.ApiRefusal;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Returns (RMA) over JSON: register one against a shipped order, receive it (each restock a movement of the
 * stock ledger), close it with the refund as information, list and read them. A refusal changes nothing.
 */
@RestController
public class ReturnApiController {

    static final int MAX_LIST = 500;

    private final ReturnService returns;
    private final ReturnProblems problems;

    public ReturnApiController(ReturnService returns, ReturnProblems problems) {
        this.returns = returns;
        this.problems = problems;
    }

    /** A return to register. */
    public record ReturnRequest(Long orderId, String reason, List<ReturnService.RequestedLine> lines) {}

    /** What arrived of a return. */
    public record ReceiveRequest(List<ReturnService.ReceivedLine> lines) {}

    /** How a received return is settled: the refund made on the platform, as information. */
    public record CloseRequest(BigDecimal refundAmount, String refundNote) {}

    /** One page of returns and how many there are in that status (all statuses when none is asked). */
    public record Returns(List<Return> items, long total) {}

    @Operation(summary = "The newest returns, of one status or all, of one order or all")
    @GetMapping("/api/v1/returns")
    public Returns list(
            @RequestParam(required = false) ReturnStatus status,
            @RequestParam(required = false) Long orderId,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new ApiInputException("limit", "problems.parameter.invalid", "limit");
        }
        List<Return> items = returns.list(status, orderId, limit);
        long total = orderId != null
                ? items.size()
                : returns.countByStatus().entrySet().stream()
                        .filter(e -> status == null || e.getKey() == status)
                        .mapToLong(java.util.Map.Entry::getValue)
                        .sum();
        return new Returns(items, total);
    }

    @Operation(summary = "One return with its lines")
    @GetMapping("/api/v1/returns/{id}")
    public Return get(@PathVariable long id) {
        return returns.get(id);
    }

    @Operation(summary = "Register a return of a shipped order: no more per line than shipped and not returned yet")
    @ApiRefusal(status = 409, description = "More than shipped and not yet returned, or nothing shipped yet.")
    @PostMapping("/api/v1/returns")
    @ResponseStatus(HttpStatus.CREATED)
    public Return register(@RequestBody ReturnRequest request, Principal user) {
        return returns.register(request.orderId(), request.reason(), request.lines(), user.getName());
    }

    @Operation(summary = "Receive a requested return: each line restocked (a stock movement) or scrapped")
    @ApiRefusal(status = 409, description = "The return is received or closed already.")
    @PostMapping("/api/v1/returns/{id}/receive")
    public Return receive(@PathVariable long id, @RequestBody ReceiveRequest request, Principal user) {
        return returns.receive(id, request.lines(), user.getName());
    }

    @Operation(summary = "Close a received return, recording the refund made on the platform (information only)")
    @ApiRefusal(status = 409, description = "The return is not received yet, or closed already.")
    @PostMapping("/api/v1/returns/{id}/close")
    public Return close(@PathVariable long id, @RequestBody(required = false) CloseRequest request, Principal user) {
        CloseRequest asked = request == null ? new CloseRequest(null, null) : request;
        return returns.close(id, asked.refundAmount(), asked.refundNote(), user.getName());
    }

    @ExceptionHandler(ReturnRefusedException.class)
    ProblemDetail refused(ReturnRefusedException e) {
        return problems.of(e);
    }
}
