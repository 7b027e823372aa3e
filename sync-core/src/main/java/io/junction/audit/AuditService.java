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
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Reviews orders in batches: each reviewed order moves on to allocation. */
@Service
public class AuditService {

    private static final Logger log = LoggerFactory.getLogger(AuditService.class);

    private final OrderTransitions transitions;
    private final BatchActionRunner batch;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    public AuditService(
            OrderTransitions transitions,
            BatchActionRunner batch,
            ApplicationEventPublisher events,
            PlatformTransactionManager txManager) {
        this.transitions = transitions;
        this.batch = batch;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
    }

    /**
     * Reviews the orders; each one reviewed is announced ({@link OrderReviewed}) for automatic allocation. Several
     * orders are reviewed set-wise in one transaction (see {@link OrderTransitions#moveAll}): the same guarded move
     * and history row per order, at a fraction of the round trips. Should that fail, they are reviewed one by one.
     */
    public BatchActionResult audit(List<Long> orderIds, String actor) {
        if (orderIds.size() > 1) {
            try {
                return tx.execute(s -> {
                    BatchActionResult result = transitions.moveAll(
                            orderIds, OrderStatus.PENDING_AUDIT, OrderStatus.PENDING_ALLOCATION, actor, "reviewed");
                    result.succeeded().forEach(id -> events.publishEvent(new OrderReviewed(id)));
                    return result;
                });
            } catch (RuntimeException setWiseFailed) {
                log.warn(
                        "Reviewing {} orders at once failed; reviewing them one by one",
                        orderIds.size(),
                        setWiseFailed);
            }
        }
        return batch.run(orderIds, id -> review(transitions.load(id, OrderStatus.PENDING_AUDIT), actor, "reviewed"));
    }

    /**
     * Reviews orders the caller locked (FOR UPDATE) and found waiting for review, as {@link #review} reviews one
     * (a rule that approves a batch of them): one guarded move and one history insert for them all, each announced
     * for automatic allocation after the commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reviewLocked(List<Order> locked, String actor, String reason) {
        reviewLocked(locked, actor, reason, Map.of());
    }

    /**
     * Reviews orders the caller locked, as {@link #reviewLocked(List, String, String)} does, and in the same update
     * sets the logistics method of those {@code methods} names (order id to method id): a rule that chose a method.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reviewLocked(List<Order> locked, String actor, String reason, Map<Long, Long> methods) {
        for (Order order : locked) {
            if (order.status() != OrderStatus.PENDING_AUDIT) {
                throw new IllegalArgumentException("order " + order.id() + " is " + order.status() + ", not to review");
            }
        }
        transitions.moveLockedSettingMethods(locked, OrderStatus.PENDING_ALLOCATION, actor, o -> reason, methods);
        locked.forEach(order -> events.publishEvent(new OrderReviewed(order.id())));
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
