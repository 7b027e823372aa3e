package io.junction.web.order;

import io.junction.allocation.AllocationService;
import io.junction.audit.AuditService;
import io.junction.label.LabelService;
import io.junction.logistics.PreAdviceService;
import io.junction.order.BatchActionResult;
import io.junction.order.OrderControlService;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** Sends a batch action to the service that owns it; the REST API and the pages both come here. */
@Service
public class OrderActions {

    private final AuditService audit;
    private final AllocationService allocation;
    private final PreAdviceService preAdvice;
    private final LabelService labels;
    private final OrderControlService control;
    private final MessageSource messages;

    public OrderActions(AuditService audit, AllocationService allocation, PreAdviceService preAdvice, LabelService labels,
            OrderControlService control, MessageSource messages) {
        this.messages = messages;
        this.audit = audit;
        this.allocation = allocation;
        this.preAdvice = preAdvice;
        this.labels = labels;
        this.control = control;
    }

    /**
     * Applies {@code action} to each order, reporting each.
     *
     * @throws IllegalArgumentException when a hold has no reason (it is shown on the order): nothing changed
     */
    public BatchActionResult apply(OrderAction action, List<Long> orderIds, String actor, String reason) {
        if (action == OrderAction.HOLD && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(
                    messages.getMessage("order.hold.reason-required", null, LocaleContextHolder.getLocale()));
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
