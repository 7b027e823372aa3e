package io.junction.web.order;

import io.junction.allocation.AllocationService;
import io.junction.audit.AuditService;
import io.junction.label.LabelService;
import io.junction.logistics.PreAdviceService;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderControlService;
import io.junction.order.OrderMapper;
import io.junction.order.Refusal;
import io.junction.shop.ShopScope;
import io.junction.web.api.ApiInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
public class OrderActions {

    private final AuditService audit;
    private final AllocationService allocation;
    private final PreAdviceService preAdvice;
    private final LabelService labels;
    private final OrderControlService control;
    private final OrderMapper orders;
    private final ShopScope scope;
    private final MessageSource messages;

    public OrderActions(
            AuditService audit,
            AllocationService allocation,
            PreAdviceService preAdvice,
            LabelService labels,
            OrderControlService control,
            OrderMapper orders,
            ShopScope scope,
            MessageSource messages) {
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
        if (orderIds.stream().anyMatch(Objects::isNull)) {
            throw new ApiInputException("orderIds", "problems.orderIds.blank");
        }
        if (action == OrderAction.HOLD && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(
                    messages.getMessage("order.hold.reason-required", null, LocaleContextHolder.getLocale()));
        }
        if (scope.shopIds() == null || orderIds.isEmpty()) {
            return dispatch(action, orderIds, actor, reason);
        }
        Set<Long> visible = orders.findByIds(orderIds).stream()
                .filter(o -> scope.includes(o.shopId()))
                .map(Order::id)
                .collect(Collectors.toSet());
        List<Long> hidden = new LinkedHashSet<>(orderIds)
                .stream().filter(id -> !visible.contains(id)).toList();
        if (hidden.isEmpty()) {
            return dispatch(action, orderIds, actor, reason);
        }
        List<Long> inScope = orderIds.stream().filter(visible::contains).toList();
        BatchActionResult done = inScope.isEmpty()
                ? new BatchActionResult(List.of(), List.of())
                : dispatch(action, inScope, actor, reason);
        List<BatchActionResult.Failure> failed = new ArrayList<>(done.failed());
        // the same words as for an order that does not exist at all
        hidden.forEach(id ->
                failed.add(new BatchActionResult.Failure(id, "No order " + id, Refusal.of(Refusal.NO_SUCH_ORDER, id))));
        return new BatchActionResult(done.succeeded(), failed);
    }

    private BatchActionResult dispatch(OrderAction action, List<Long> orderIds, String actor, String reason) {
        return switch (action) {
            case AUDIT -> audit.audit(orderIds, actor);
            case ALLOCATE -> allocation.allocate(orderIds, actor);
            case REQUEST_TRACKING -> preAdvice.requestTracking(orderIds, actor);
            case MARK_PRINTED -> labels.markPrinted(orderIds, actor);
            case HOLD -> control.hold(orderIds, actor, reason);
            case RELEASE -> control.release(orderIds, actor);
            case RESOLVE -> control.resolve(orderIds, actor, reason);
            case CANCEL -> control.cancel(orderIds, actor, reason);
        };
    }
}
