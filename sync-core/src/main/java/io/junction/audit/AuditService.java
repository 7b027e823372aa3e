package io.junction.audit;

import io.junction.order.BatchActionResult;
import io.junction.order.BatchActionRunner;
import io.junction.order.OrderReviewed;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

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
        return batch.run(orderIds, id -> {
            transitions.move(id, OrderStatus.PENDING_AUDIT, OrderStatus.PENDING_ALLOCATION, actor, "reviewed");
            events.publishEvent(new OrderReviewed(id));
        });
    }
}
