package io.junction.web.order;

import io.junction.order.BatchActionResult;
import io.junction.order.OrderCursor;
import io.junction.order.OrderFilter;
import io.junction.order.OrderList;
import io.junction.order.OrderSort;
import io.junction.order.OrderStatus;
import io.junction.web.api.ApiInputException;
import io.junction.web.api.PageParameters;
import io.junction.web.page.PageFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

    /** The response header naming the statuses whose count stopped at the cap. */
    static final String COUNTS_CAPPED = "Counts-Capped";

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
        public record Failed(long orderId, String reason, String code) {

            /** The refused order {@code failure} names, its reason in the reader's language. */
            public static Failed of(BatchActionResult.Failure failure, RefusalText refusals) {
                return new Failed(
                        failure.orderId(),
                        refusals.of(failure),
                        failure.refusal() == null ? null : failure.refusal().code());
            }
        }

        /** What {@code result} says, each refusal in the reader's language. */
        static ActionResult of(BatchActionResult result, RefusalText refusals) {
            return new ActionResult(
                    result.succeeded(),
                    result.failed().stream().map(f -> Failed.of(f, refusals)).toList());
        }
    }

    @Operation(
            summary = "Orders matching a filter, a page at a time, with their lines, notes, method, tracking numbers"
                    + " and tags",
            description = "Filter: status, block (UNPAIRED, OUT_OF_STOCK, NO_CUSTOMS_DATA, NO_LOGISTICS_METHOD: the"
                    + " orders waiting for allocation with that block), q (platform order number, package or tracking"
                    + " number, the beginning of the buyer's name, or a SKU), sku (platform SKU or paired warehouse"
                    + " SKU code), country (ISO code), shopId, platform, logisticsMethodId, tag, shipByBefore,"
                    + " createdFrom, createdTo (an ISO instant, or a date meaning its whole day in the reader's time"
                    + " zone). sort: priority (the default: urgent first, then the newest), shipBy, -shipBy,"
                    + " createdAt, -createdAt. Paging: pass the answer's `next` as `after` (or its `previous` as"
                    + " `before`) for the neighbouring page, as fast at any depth; `page` (from 0) and `size` still"
                    + " work. `total` stops at 10,000: `totalCapped` is true when more orders match.")
    @GetMapping
    public OrderQueries.Page list(
            @ParameterObject @ModelAttribute OrderListParams params,
            @Parameter(description = "the `next` token of the page before") @RequestParam(required = false)
                    String after,
            @Parameter(description = "the `previous` token of the page after") @RequestParam(required = false)
                    String before,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageParameters.check(page, size, OrderQueries.MAX_PAGE_SIZE);
        OrderFilter filter = params.toFilter(PageFormat.readerZone());
        OrderSort sort = params.toSort();
        String cursor = blankless(after) != null ? "after" : "before";
        String token = blankless(after) != null ? blankless(after) : blankless(before);
        if (blankless(after) != null && blankless(before) != null) {
            throw new ApiInputException("before", "problems.page.bothCursors");
        }
        if (token != null) {
            try {
                OrderCursor.parse(token, sort);
            } catch (IllegalArgumentException notOurs) {
                throw new ApiInputException(cursor, "problems.page.cursor", cursor, token);
            }
        }
        return queries.list(filter, sort, blankless(after), blankless(before), page, size);
    }

    @Operation(
            summary = "How many orders stand in each status, every status listed, under the list's filter",
            description = "Takes the list's filter parameters (its status aside). A count stops at 10,000: the"
                    + " statuses with more are named in the Counts-Capped header, comma-separated.")
    @GetMapping("/counts")
    public ResponseEntity<Map<OrderStatus, Long>> counts(@ParameterObject @ModelAttribute OrderListParams params) {
        Map<OrderStatus, OrderList.Count> counts = queries.counts(params.toFilter(PageFormat.readerZone()));
        Map<OrderStatus, Long> values = new EnumMap<>(OrderStatus.class);
        counts.forEach((status, count) -> values.put(status, count.value()));
        String capped = counts.entrySet().stream()
                .filter(e -> e.getValue().capped())
                .map(e -> e.getKey().name())
                .collect(Collectors.joining(","));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (!capped.isEmpty()) {
            answer.header(COUNTS_CAPPED, capped);
        }
        return answer.body(values);
    }

    private static String blankless(String token) {
        return token == null || token.isBlank() ? null : token.strip();
    }

    @Operation(summary = "One order with its lines, packages, tracking numbers and history")
    @GetMapping("/{id}")
    public OrderDetail detail(@PathVariable long id) {
        return queries.detail(id);
    }

    /** A batch action run in the background: poll {@code Location} ({@code GET /api/v1/jobs/{jobId}}). */
    public record Queued(long jobId) {}

    @Operation(
            summary = "One action on a batch of orders, given by id or by the list's filter; each order succeeds or"
                    + " fails with its reason",
            description = "Actions: audit, allocate, request-tracking, mark-printed, ship (printed orders whose"
                    + " packages have tracking numbers, without a scan), hold, release, resolve, force-ship (reason;"
                    + " orders with an open refund request, see force-ship/preview), cancel,"
                    + " set-logistics-method (logisticsMethodId), add-tags and remove-tags (tags), set-priority"
                    + " (priority 0-9), set-seller-note (note). The body names the orders either as orderIds or as"
                    + " filter (the list's parameters: all matching orders in your shops). Up to "
                    + OrderActions.AT_ONCE + " orders answer at once (200); more run as a background job: 202 with"
                    + " {jobId} and a Location to poll.")
    @PostMapping("/actions/{action}")
    public ResponseEntity<?> act(@PathVariable String action, @RequestBody BatchActionRequest request, Principal user) {
        OrderAction what = action(action);
        ActionInput input = actions.check(what, request.input());
        List<Long> ids = actions.selection(request.orderIds(), request.filter());
        OrderActions.Submitted submitted = actions.submit(what, ids, input, user.getName());
        if (submitted instanceof OrderActions.Submitted.Queued queued) {
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/jobs/" + queued.jobId()))
                    .body(new Queued(queued.jobId()));
        }
        return ResponseEntity.ok(ActionResult.of(((OrderActions.Submitted.Done) submitted).result(), refusals));
    }

    /**
     * What a force-ship would do, before it is done.
     *
     * @param total how many orders the body selected
     * @param orders the first {@link OrderActions#AT_ONCE} of them, each with its consequences or its refusal
     */
    public record ForceShipPreviewResult(int total, List<ForceShipCheck> orders) {}

    @Operation(
            summary = "What force-ship would do to each order, changing nothing",
            description = "The body is force-ship's (orderIds or filter; the reason is not needed here). Each order"
                    + " answers what will happen (codes reallocates-stock, requests-parcel, requests-parcel-any,"
                    + " ships-with-tracking, continues, flag-overridden, each with its sentence) or why it is refused"
                    + " (an order.refusal code and its sentence). The first " + OrderActions.AT_ONCE
                    + " orders are listed; total counts them all.")
    @PostMapping("/actions/force-ship/preview")
    public ForceShipPreviewResult previewForceShip(@RequestBody BatchActionRequest request) {
        List<Long> ids = actions.selection(request.orderIds(), request.filter());
        return new ForceShipPreviewResult(
                new LinkedHashSet<>(ids).size(),
                actions.previewForceShip(ids).stream()
                        .map(p -> ForceShipCheck.of(p, refusals))
                        .toList());
    }

    private static OrderAction action(String path) {
        try {
            return OrderAction.fromPath(path);
        } catch (NoSuchElementException unknown) {
            throw new ApiInputException(
                    "action",
                    "problems.action.unknown",
                    path,
                    Arrays.stream(OrderAction.values()).map(OrderAction::path).collect(Collectors.joining(", ")));
        }
    }
}
