package io.junction.web.order;

import io.junction.allocation.AllocationService;
import io.junction.allocation.LogisticsMethodChange;
import io.junction.audit.AuditService;
import io.junction.job.JobAction;
import io.junction.job.JobParams;
import io.junction.job.JobService;
import io.junction.label.LabelService;
import io.junction.logistics.LogisticsMethodMapper;
import io.junction.logistics.PreAdviceService;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderBatchMapper;
import io.junction.order.OrderControlService;
import io.junction.order.OrderFilter;
import io.junction.order.OrderMapper;
import io.junction.order.OrderMarks;
import io.junction.order.OrderStatus;
import io.junction.order.Refusal;
import io.junction.shipping.ForceShipPreview;
import io.junction.shipping.ForceShipService;
import io.junction.shipping.ShipWithoutScanService;
import io.junction.shop.ShopScope;
import io.junction.web.api.ApiInputException;
import io.junction.web.page.PageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Sends a batch action to the service that owns it; the REST API and the pages both come here. Orders
 * of shops outside the person's scope fail as if they did not exist, and nothing is done to them.
 */
@Service
public class OrderActions implements JobAction {

    /** Up to this many orders an action answers at once; more run as a background job. */
    public static final int AT_ONCE = 200;
    /** The most orders one action may cover. */
    public static final int MAX_SELECTION = 100_000;
    /** The most orders one print (labels, a pick list, packing slips) may cover. */
    public static final int MAX_PRINT = 1000;
    /** The most tags one action adds or removes. */
    static final int MAX_TAGS = 20;
    /** The kind of the jobs that run batch actions. */
    static final String JOB_KIND = "order-action";

    private final AuditService audit;
    private final AllocationService allocation;
    private final PreAdviceService preAdvice;
    private final LabelService labels;
    private final OrderControlService control;
    private final OrderMapper orders;
    private final ShopScope scope;
    private final MessageSource messages;
    private final OrderMarks marks;
    private final LogisticsMethodChange methodChange;
    private final LogisticsMethodMapper methods;
    private final OrderBatchMapper selections;
    private final JobService jobs;
    private final ShipWithoutScanService shipping;
    private final ForceShipService forceShip;

    public OrderActions(
            AuditService audit,
            AllocationService allocation,
            PreAdviceService preAdvice,
            LabelService labels,
            OrderControlService control,
            OrderMapper orders,
            ShopScope scope,
            MessageSource messages,
            OrderMarks marks,
            LogisticsMethodChange methodChange,
            LogisticsMethodMapper methods,
            OrderBatchMapper selections,
            JobService jobs,
            ShipWithoutScanService shipping,
            ForceShipService forceShip) {
        this.shipping = shipping;
        this.forceShip = forceShip;
        this.marks = marks;
        this.methodChange = methodChange;
        this.methods = methods;
        this.selections = selections;
        this.jobs = jobs;
        this.orders = orders;
        this.scope = scope;
        this.messages = messages;
        this.audit = audit;
        this.allocation = allocation;
        this.preAdvice = preAdvice;
        this.labels = labels;
        this.control = control;
    }

    /**
     * Applies the action to each order in turn.
     *
     * @throws ApiInputException before any order changes, when an id is blank ({@code orderIds=1,,3})
     * @throws IllegalArgumentException when a hold has no reason (it is shown on the order): nothing changed
     */
    public BatchActionResult apply(OrderAction action, List<Long> orderIds, String actor, String reason) {
        return applyNow(action, orderIds, actor, fromPrompt(action, reason));
    }

    /**
     * What an action asked on a page means: the reason of a hold, resolve or cancel, the tags (comma separated),
     * the priority or the seller note of the others.
     */
    public ActionInput fromPrompt(OrderAction action, String answer) {
        return switch (action) {
            case ADD_TAGS, REMOVE_TAGS ->
                new ActionInput(
                        null,
                        null,
                        answer == null
                                ? null
                                : Arrays.stream(answer.split("[,，]"))
                                        .map(String::strip)
                                        .filter(t -> !t.isEmpty())
                                        .toList(),
                        null,
                        null);
            case SET_PRIORITY -> new ActionInput(null, null, null, priority(answer), null);
            case SET_SELLER_NOTE -> new ActionInput(null, null, null, null, answer == null ? "" : answer);
            default -> ActionInput.reason(answer);
        };
    }

    private static Integer priority(String answer) {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(answer.strip());
        } catch (NumberFormatException notANumber) {
            throw new ApiInputException("priority", "problems.priority.range", OrderMarks.MAX_PRIORITY, answer);
        }
    }

    /**
     * Refuses, before anything changes, what the action needs and lacks: a logistics method that exists and is
     * enabled, tags, a priority in range, a seller note that fits.
     *
     * @throws ApiInputException naming the field at fault
     */
    public ActionInput check(OrderAction action, ActionInput input) {
        switch (action) {
            case SET_LOGISTICS_METHOD -> {
                Long id = input.logisticsMethodId();
                if (id == null) {
                    throw new ApiInputException("logisticsMethodId", "problems.action.missing", "logisticsMethodId");
                }
                Boolean enabled = methods.enabled(id);
                if (enabled == null) {
                    throw new ApiInputException("logisticsMethodId", "problems.logisticsMethod.unknown", id);
                }
                if (!enabled) {
                    throw new ApiInputException("logisticsMethodId", "problems.logisticsMethod.disabled", id);
                }
            }
            case ADD_TAGS, REMOVE_TAGS -> {
                List<String> tags = input.tags();
                if (tags == null
                        || tags.isEmpty()
                        || tags.size() > MAX_TAGS
                        || tags.stream()
                                .anyMatch(t ->
                                        t == null || t.isBlank() || t.strip().length() > OrderMarks.MAX_TAG)) {
                    throw new ApiInputException("tags", "problems.tags.invalid", OrderMarks.MAX_TAG, MAX_TAGS);
                }
                return new ActionInput(
                        input.reason(),
                        null,
                        tags.stream().map(String::strip).distinct().toList(),
                        null,
                        null);
            }
            case SET_PRIORITY -> {
                Integer priority = input.priority();
                if (priority == null) {
                    throw new ApiInputException("priority", "problems.action.missing", "priority");
                }
                if (priority < 0 || priority > OrderMarks.MAX_PRIORITY) {
                    throw new ApiInputException(
                            "priority", "problems.priority.range", OrderMarks.MAX_PRIORITY, priority);
                }
            }
            case SET_SELLER_NOTE -> {
                if (input.note() != null && input.note().strip().length() > OrderMarks.MAX_NOTE) {
                    throw new ApiInputException("note", "problems.note.tooLong", OrderMarks.MAX_NOTE);
                }
            }
            case FORCE_SHIP -> {
                if (input.reason() == null || input.reason().isBlank()) {
                    throw new ApiInputException("reason", "problems.action.missing", "reason");
                }
            }
            case HOLD -> {
                if (input.reason() == null || input.reason().isBlank()) {
                    throw new IllegalArgumentException(
                            messages.getMessage("order.hold.reason-required", null, LocaleContextHolder.getLocale()));
                }
            }
            default -> {}
        }
        return input;
    }

    /**
     * The orders a request names, as ids or as the list's filter (all matching, within the person's shops).
     *
     * @throws ApiInputException before anything changes, when it gives both or neither, a blank id, too many ids,
     *     a malformed filter, or a filter that matches more than {@link #MAX_SELECTION}
     */
    public List<Long> selection(List<Long> orderIds, OrderListParams filter) {
        return selection(orderIds, filter, MAX_SELECTION, "problems.selection.tooMany");
    }

    /**
     * The orders a print names (labels, a pick list, packing slips), as {@link #selection} reads them, up to {@link
     * #MAX_PRINT}: one document is for a person to print now, and more is refused with the advice to print in
     * batches rather than made in the background.
     *
     * @throws ApiInputException before anything is printed, as {@link #selection} does, and when more than {@link
     *     #MAX_PRINT} orders are named or match
     */
    public List<Long> printSelection(List<Long> orderIds, OrderListParams filter) {
        return selection(orderIds, filter, MAX_PRINT, "problems.print.tooMany");
    }

    private List<Long> selection(List<Long> orderIds, OrderListParams filter, int max, String tooMany) {
        boolean byIds = orderIds != null;
        if (byIds == (filter != null) || (byIds && orderIds.isEmpty())) {
            throw new ApiInputException("orderIds", "problems.selection.one");
        }
        if (!byIds) {
            return matching(filter.toFilter(LocaleContextHolder.getTimeZone().toZoneId()), max, tooMany);
        }
        if (orderIds.stream().anyMatch(Objects::isNull)) {
            throw new ApiInputException("orderIds", "problems.orderIds.blank");
        }
        if (orderIds.size() > max) {
            throw new ApiInputException("orderIds", tooMany, max, orderIds.size());
        }
        return orderIds;
    }

    /**
     * The ids a filter selects, within the person's shops, lowest first: every one of them, however far past the
     * list's count cap.
     *
     * @throws ApiInputException when it selects more than {@link #MAX_SELECTION}
     */
    /**
     * The orders a print button on the list page names: the ticked ones, or, when the clerk chose every order the
     * list matches, those as the list shows them (its tab and filter), up to {@link #MAX_PRINT}.
     *
     * @throws ApiInputException when more than {@link #MAX_PRINT} orders match
     */
    public List<Long> printSelectionOnPage(List<Long> orderIds, boolean allMatching, OrderListParams listed) {
        if (!allMatching) {
            return orderIds == null ? List.of() : orderIds;
        }
        return matching(listed.asListed(PageFormat.readerZone()), MAX_PRINT, "problems.print.tooMany");
    }

    public List<Long> select(OrderFilter filter) {
        return matching(filter, MAX_SELECTION, "problems.selection.tooMany");
    }

    private List<Long> matching(OrderFilter filter, int max, String tooMany) {
        List<Long> ids = selections.matchingIds(filter.within(scope.shopIds()), max + 1);
        if (ids.size() > max) {
            throw new ApiInputException("filter", tooMany, max, ">" + max);
        }
        return ids;
    }

    /**
     * What force-shipping the orders would do, each of the first {@link #AT_ONCE} on its own; orders of shops outside
     * the person's scope are refused as if they did not exist. Nothing changes.
     */
    public List<ForceShipPreview> previewForceShip(List<Long> orderIds) {
        if (orderIds.stream().anyMatch(Objects::isNull)) {
            throw new ApiInputException("orderIds", "problems.orderIds.blank");
        }
        List<Long> first = new LinkedHashSet<>(orderIds).stream().limit(AT_ONCE).toList();
        Set<Long> shopIds = scope.shopIds();
        Set<Long> visible = shopIds == null
                ? Set.copyOf(first)
                : orders.findByIds(first).stream()
                        .filter(o -> shopIds.contains(o.shopId()))
                        .map(Order::id)
                        .collect(Collectors.toSet());
        Map<Long, ForceShipPreview> previewed =
                forceShip.preview(first.stream().filter(visible::contains).toList()).stream()
                        .collect(Collectors.toMap(ForceShipPreview::orderId, p -> p));
        return first.stream()
                .map(id -> previewed.getOrDefault(
                        id, new ForceShipPreview(id, null, List.of(), Refusal.of(Refusal.NO_SUCH_ORDER, id))))
                .toList();
    }

    /** What became of a submitted action: its result, or the job that runs it. */
    public sealed interface Submitted {
        /** Done at once. */
        record Done(BatchActionResult result) implements Submitted {}

        /** Running in the background as job {@code jobId}. */
        record Queued(long jobId) implements Submitted {}
    }

    /**
     * Applies a checked action to the orders at once when they are few ({@link #AT_ONCE}), else commits a job
     * that runs it in the background. Orders of shops outside the person's scope fail (at once) or are left out
     * of the job's selection before it is committed.
     */
    public Submitted submit(OrderAction action, List<Long> orderIds, ActionInput input, String actor) {
        if (orderIds.stream().anyMatch(Objects::isNull)) {
            throw new ApiInputException("orderIds", "problems.orderIds.blank");
        }
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(orderIds));
        if (distinct.size() <= AT_ONCE) {
            return new Submitted.Done(applyNow(action, distinct, actor, input));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("action", action.path());
        params.put("reason", input.reason());
        params.put("logisticsMethodId", input.logisticsMethodId());
        params.put("tags", input.tags());
        params.put("priority", input.priority());
        params.put("note", input.note());
        // the job runs with no person signed in: it keeps to the shops of the one who submitted it
        params.put("shopIds", scope.shopIds() == null ? null : List.copyOf(scope.shopIds()));
        return new Submitted.Queued(jobs.submit(JOB_KIND, distinct, JobParams.of(params), actor));
    }

    @Override
    public String kind() {
        return JOB_KIND;
    }

    /** One chunk of a job, within the shops of the person who submitted it. */
    @Override
    public BatchActionResult run(List<Long> orderIds, JobParams params, String actor) {
        OrderAction action = OrderAction.fromPath(params.text("action"));
        String method = params.text("logisticsMethodId");
        String priority = params.text("priority");
        ActionInput input = new ActionInput(
                params.text("reason"),
                method == null ? null : Long.valueOf(method),
                params.values().containsKey("tags") ? params.list("tags") : null,
                priority == null ? null : Integer.valueOf(priority),
                params.text("note"));
        return within(submitterShops(params), action, orderIds, actor, input);
    }

    /** An allocation takes more orders a chunk, as it works on several chunks of its own at once. */
    @Override
    public int chunk(JobParams params, int standard) {
        return OrderAction.fromPath(params.text("action")) == OrderAction.ALLOCATE
                ? Math.max(standard, AllocationService.JOB_CHUNK)
                : standard;
    }

    /** The shops of the person who submitted a job ({@code shopIds}, kept by {@link #submit}); null: every shop. */
    static Set<Long> submitterShops(JobParams params) {
        return params.values().containsKey("shopIds")
                ? params.list("shopIds").stream().map(Long::valueOf).collect(Collectors.toSet())
                : null;
    }

    /**
     * The orders of a begun chunk the job already moved: its history shows the move this action makes, by the job's
     * submitter, since the job was submitted. The marks and the logistics method need no such look: a second run
     * finds them set and succeeds without a second history row.
     */
    @Override
    public Set<Long> alreadyDone(List<Long> orderIds, JobParams params, String actor, Instant since) {
        Move move = switch (OrderAction.fromPath(params.text("action"))) {
            case AUDIT -> new Move(OrderStatus.PENDING_AUDIT, OrderStatus.PENDING_ALLOCATION);
            case ALLOCATE -> new Move(OrderStatus.PENDING_ALLOCATION, OrderStatus.PENDING_TRACKING);
            case REQUEST_TRACKING -> new Move(OrderStatus.PENDING_TRACKING, OrderStatus.PENDING_PRINT);
            case MARK_PRINTED -> new Move(OrderStatus.PENDING_PRINT, OrderStatus.PENDING_SHIPMENT);
            case HOLD -> new Move(null, OrderStatus.ON_HOLD);
            case RELEASE -> new Move(OrderStatus.ON_HOLD, null);
            case RESOLVE -> new Move(OrderStatus.EXCEPTION, OrderStatus.PENDING_AUDIT);
            case CANCEL -> new Move(null, OrderStatus.CANCELLED);
            default -> null;
        };
        if (move == null || orderIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(orders.movedBy(orderIds, move.from(), move.to(), actor, since));
    }

    /** The status move an action makes; null is any status. */
    private record Move(OrderStatus from, OrderStatus to) {}

    /**
     * Applies the action to each order in turn, now.
     *
     * @throws ApiInputException before any order changes, when an id is blank or the action's input is missing
     */
    public BatchActionResult applyNow(OrderAction action, List<Long> orderIds, String actor, ActionInput given) {
        if (orderIds.stream().anyMatch(Objects::isNull)) {
            throw new ApiInputException("orderIds", "problems.orderIds.blank");
        }
        return within(scope.shopIds(), action, orderIds, actor, check(action, given));
    }

    /** Applies the action to the orders of {@code shopIds} (null: every shop); the others fail as if missing. */
    private BatchActionResult within(
            Set<Long> shopIds, OrderAction action, List<Long> orderIds, String actor, ActionInput input) {
        if (shopIds == null || orderIds.isEmpty()) {
            return dispatch(action, orderIds, actor, input);
        }
        Set<Long> visible = orders.findByIds(orderIds).stream()
                .filter(o -> shopIds.contains(o.shopId()))
                .map(Order::id)
                .collect(Collectors.toSet());
        List<Long> hidden = new LinkedHashSet<>(orderIds)
                .stream().filter(id -> !visible.contains(id)).toList();
        if (hidden.isEmpty()) {
            return dispatch(action, orderIds, actor, input);
        }
        List<Long> inScope = orderIds.stream().filter(visible::contains).toList();
        BatchActionResult done = inScope.isEmpty()
                ? new BatchActionResult(List.of(), List.of())
                : dispatch(action, inScope, actor, input);
        List<BatchActionResult.Failure> failed = new ArrayList<>(done.failed());
        // the same words as for an order that does not exist at all
        hidden.forEach(id ->
                failed.add(new BatchActionResult.Failure(id, "No order " + id, Refusal.of(Refusal.NO_SUCH_ORDER, id))));
        return new BatchActionResult(done.succeeded(), failed);
    }

    private BatchActionResult dispatch(OrderAction action, List<Long> orderIds, String actor, ActionInput input) {
        String reason = input.reason();
        return switch (action) {
            case AUDIT -> audit.audit(orderIds, actor);
            case ALLOCATE -> allocation.allocate(orderIds, actor);
            case REQUEST_TRACKING -> preAdvice.requestTracking(orderIds, actor);
            case MARK_PRINTED -> labels.markPrinted(orderIds, actor);
            case HOLD -> control.hold(orderIds, actor, reason);
            case RELEASE -> control.release(orderIds, actor);
            case RESOLVE -> control.resolve(orderIds, actor, reason);
            case CANCEL -> control.cancel(orderIds, actor, reason);
            case SHIP -> shipping.ship(orderIds, actor);
            case FORCE_SHIP -> forceShip.forceShip(orderIds, actor, reason);
            case SET_LOGISTICS_METHOD -> methodChange.change(orderIds, input.logisticsMethodId(), actor);
            case ADD_TAGS -> marks.addTags(orderIds, input.tags(), actor);
            case REMOVE_TAGS -> marks.removeTags(orderIds, input.tags(), actor);
            case SET_PRIORITY -> marks.setPriority(orderIds, input.priority(), actor);
            case SET_SELLER_NOTE -> marks.setSellerNote(orderIds, input.note(), actor);
        };
    }
}
