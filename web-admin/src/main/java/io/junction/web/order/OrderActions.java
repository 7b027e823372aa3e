package io.junction.web.order;

import io.junction.allocation.AllocationService;
import io.junction.audit.AuditService;
import io.junction.label.LabelService;
import io.junction.logistics.PreAdviceService;
import io.junction.order.BatchActionResult;
import io.junction.order.OrderControlService;
import io.junction.web.api.ApiInputException;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/** Sends a batch action to the service that owns it; the REST API and the pages both come here. */
@Service
public class OrderActions {

    private final AuditService audit;
    private final AllocationService allocation;
    private final PreAdviceService preAdvice;
    private final LabelService labels;
    private final OrderControlService control;

    public OrderActions(AuditService audit, AllocationService allocation, PreAdviceService preAdvice, LabelService labels,
            OrderControlService control) {
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
     */
    public BatchActionResult apply(OrderAction action, List<Long> orderIds, String actor, String reason) {
        if (orderIds.stream().anyMatch(Objects::isNull)) {
            throw new ApiInputException("orderIds", "problems.orderIds.blank");
        }
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
