package io.junction.web.order;

import io.junction.order.BatchActionResult;
import io.junction.order.OrderFilter;
import io.junction.order.OrderStatus;
import io.junction.web.api.OrderIdsRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Orders over JSON: the list, tab counts, one order, and batch actions with per-order results. */
@RestController
@RequestMapping("/api/v1/orders")
public class OrderApiController {

    private final OrderQueries queries;
    private final OrderActions actions;
    private final RefusalText refusals;

    public OrderApiController(OrderQueries queries, OrderActions actions, RefusalText refusals) {
        this.queries = queries;
        this.actions = actions;
        this.refusals = refusals;
    }

    /**
     * A batch action's answer: the orders moved, and each refused one with the reason in the
     * language the request asked for ({@code Accept-Language}) and the reason's stable code (null for
     * a carrier's or a platform's own words).
     */
    public record ActionResult(List<Long> succeeded, List<Failed> failed) {
        /** One refused order. */
        public record Failed(long orderId, String reason, String code) {}
    }

    @GetMapping
    public OrderQueries.Page list(
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) Long shopId,
            @RequestParam(required = false) String platform,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return queries.list(new OrderFilter(status, shopId, platform), page, size);
    }

    @GetMapping("/counts")
    public Map<OrderStatus, Long> counts(
            @RequestParam(required = false) Long shopId, @RequestParam(required = false) String platform) {
        return queries.counts(new OrderFilter(null, shopId, platform));
    }

    @GetMapping("/{id}")
    public OrderDetail detail(@PathVariable long id) {
        return queries.detail(id);
    }

    @PostMapping("/actions/{action}")
    public ActionResult act(@PathVariable String action, @RequestBody OrderIdsRequest request, Principal user) {
        BatchActionResult result =
                actions.apply(OrderAction.fromPath(action), request.requireIds(), user.getName(), request.reason());
        return new ActionResult(result.succeeded(), result.failed().stream()
                .map(f -> new ActionResult.Failed(f.orderId(), refusals.of(f),
                        f.refusal() == null ? null : f.refusal().code()))
                .toList());
    }
}
