package io.junction.audit;

import io.junction.order.BatchActionResult;
import io.junction.order.BatchActionRunner;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reviews orders in batches: each reviewed order moves on to allocation. */
@Service
public class AuditService {

    private final OrderTransitions transitions;
    private final BatchActionRunner batch;

    public AuditService(OrderTransitions transitions, BatchActionRunner batch) {
        this.transitions = transitions;
        this.batch = batch;
    }

    public BatchActionResult audit(List<Long> orderIds, String actor) {
        return batch.run(orderIds,
                id -> transitions.move(id, OrderStatus.PENDING_AUDIT, OrderStatus.PENDING_ALLOCATION, actor, "reviewed"));
    }
}
