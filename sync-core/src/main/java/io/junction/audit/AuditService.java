package io.junction.audit;

import io.junction.order.BatchActionResult;
import io.junction.order.BatchActionRunner;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderReviewed;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.Refusal;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reviews orders in batches: each reviewed order moves on to allocation. */
@Service
public class AuditService {

    private final OrderTransitions transitions;
    private final BatchActionRunner batch;
    private final ApplicationEventPublisher events;

    public AuditService(OrderTransitions transitions, BatchActionRunner batch, ApplicationEventPublisher events) {
        this.transitions = transitions;
        this.batch = batch;
        this.events = events;
    }

    /** Reviews the orders; each one reviewed is announced ({@link OrderReviewed}) for automatic allocation. */
    public BatchActionResult audit(List<Long> orderIds, String actor) {
        return batch.run(orderIds, id -> review(transitions.load(id, OrderStatus.PENDING_AUDIT), actor, "reviewed"));
    }

    /**
     * Reviews one order as the caller read it (a person, or a rule that approves it), in the caller's
     * transaction, and announces it for automatic allocation after the commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void review(Order seen, String actor, String reason) {
        if (seen.status() != OrderStatus.PENDING_AUDIT) {
            throw new OrderActionException(
                    seen.id(),
                    Refusal.of(Refusal.WRONG_STATUS, seen.status(), OrderStatus.PENDING_AUDIT),
                    "Order is " + seen.status() + ", not " + OrderStatus.PENDING_AUDIT);
        }
        transitions.move(seen, OrderStatus.PENDING_ALLOCATION, actor, reason);
        events.publishEvent(new OrderReviewed(seen.id()));
    }
}
