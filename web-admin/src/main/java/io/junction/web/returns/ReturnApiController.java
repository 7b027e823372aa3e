package io.junction.web.returns;

import io.junction.order.Order;
import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.order.WriteBackStatus;
import io.junction.returns.ResendService;
import io.junction.returns.Return;
import io.junction.returns.ReturnRefusedException;
import io.junction.returns.ReturnService;
import io.junction.returns.ReturnStatus;
import io.junction.web.api.PageParameters;
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
 * stock ledger), close it with the refund as information, list and read them; and resends (补发) of a shipped
 * order's goods. A refusal changes nothing.
 */
@RestController
public class ReturnApiController {

    static final int MAX_LIST = 500;

    private final ReturnService returns;
    private final ResendService resends;
    private final OrderMapper orders;
    private final ReturnProblems problems;

    public ReturnApiController(
            ReturnService returns, ResendService resends, OrderMapper orders, ReturnProblems problems) {
        this.returns = returns;
        this.resends = resends;
        this.orders = orders;
        this.problems = problems;
    }

    /** A return to register. */
    public record ReturnRequest(Long orderId, String reason, List<ReturnService.RequestedLine> lines) {}

    /** What arrived of a return. */
    public record ReceiveRequest(List<ReturnService.ReceivedLine> lines) {}

    /** How a received return is settled: the refund made on the platform, as information. */
    public record CloseRequest(BigDecimal refundAmount, String refundNote) {}

    /** Goods of a shipped order to send again, and why. */
    public record ResendRequest(String reason, List<ReturnService.RequestedLine> lines) {}

    /**
     * A resend: an order of its own, linked to the original by {@code resendOf}, whose shipment is never confirmed
     * to the marketplace ({@code writeBackStatus} NOT_REQUIRED once shipped).
     */
    public record Resend(
            long id,
            long resendOf,
            String platformOrderId,
            OrderStatus status,
            WriteBackStatus writeBackStatus,
            List<Line> lines) {

        /** One line of a resend. */
        public record Line(long orderLineId, String platformSku, String title, int quantity) {}
    }

    /** The resends of an order. */
    public record Resends(List<Resend> items, long total) {}

    /** One page of returns and how many there are in that status (all statuses when none is asked). */
    public record Returns(List<Return> items, long total) {}

    @Operation(summary = "The newest returns, of one status or all, of one order or all")
    @GetMapping("/api/v1/returns")
    public Returns list(
            @RequestParam(required = false) ReturnStatus status,
            @RequestParam(required = false) Long orderId,
            @RequestParam(defaultValue = "100") int limit) {
        PageParameters.checkLimit(limit, MAX_LIST);
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

    @Operation(
            summary =
                    "Resend goods of a shipped order as a linked order of its own, never confirmed to the marketplace")
    @ApiRefusal(
            status = 409,
            description = "More than the line shipped, nothing shipped yet, or the order is a resend.")
    @PostMapping("/api/v1/orders/{id}/resend")
    @ResponseStatus(HttpStatus.CREATED)
    public Resend resend(@PathVariable long id, @RequestBody ResendRequest request, Principal user) {
        return view(resends.resend(id, request.reason(), request.lines(), user.getName()));
    }

    @Operation(summary = "The resends of an order, oldest first")
    @GetMapping("/api/v1/orders/{id}/resends")
    public Resends resends(@PathVariable long id) {
        List<Resend> items = resends.resendsOf(id).stream().map(this::view).toList();
        return new Resends(items, items.size());
    }

    private Resend view(Order order) {
        return new Resend(
                order.id(),
                order.resendOf(),
                order.platformOrderId(),
                order.status(),
                order.writeBackStatus(),
                orders.lines(order.id()).stream()
                        .map(l -> new Resend.Line(l.id(), l.platformSku(), l.title(), l.quantity()))
                        .toList());
    }

    @ExceptionHandler(ReturnRefusedException.class)
    ProblemDetail refused(ReturnRefusedException e) {
        return problems.of(e);
    }
}
