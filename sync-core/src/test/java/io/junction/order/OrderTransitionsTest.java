package io.junction.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.testing.FakeShopTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class OrderTransitionsTest extends FakeShopTest {

    @Autowired
    OrderTransitions transitions;

    @Autowired
    PlatformTransactionManager txManager;

    Order order;

    @Override
    protected int mugsInStock() {
        return 5;
    }

    @BeforeEach
    void anOrderWaitingForReview() {
        order = syncedOrder(mug);
    }

    @Test
    void aTransitionIsOneGuardedUpdatePlusAHistoryRow() {
        // when
        Order moved = inTransaction(() -> transitions.move(
                order.id(), OrderStatus.PENDING_AUDIT, OrderStatus.PENDING_ALLOCATION, "alice", "looks fine"));

        // then
        assertThat(moved.status()).isEqualTo(OrderStatus.PENDING_ALLOCATION);
        assertThat(moved.version()).isEqualTo(order.version() + 1);
        var row = jdbc.queryForMap("SELECT status, version FROM oms_order WHERE id = ?", order.id());
        assertThat(row.get("status")).isEqualTo("PENDING_ALLOCATION");
        List<OrderHistoryEntry> history = orders.history(order.id());
        assertThat(history).last().satisfies(h -> {
            assertThat(h.fromStatus()).isEqualTo(OrderStatus.PENDING_AUDIT);
            assertThat(h.toStatus()).isEqualTo(OrderStatus.PENDING_ALLOCATION);
            assertThat(h.actor()).isEqualTo("alice");
            assertThat(h.reason()).isEqualTo("looks fine");
            assertThat(h.occurredAt()).isNotNull();
        });
    }

    @Test
    void aMoveTheTableForbidsIsRefusedAndChangesNothing() {
        // when / then
        assertThatThrownBy(
                        () -> inTransaction(() -> transitions.move(order, OrderStatus.SHIPPED, "alice", "skip ahead")))
                .isInstanceOf(OrderActionException.class)
                .hasMessageContaining("cannot move from PENDING_AUDIT to SHIPPED");
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_AUDIT);
        assertThat(orders.history(order.id())).hasSize(1);
    }

    @Test
    void aMoveFromAStaleReadingLosesWithAClearConflict() {
        // given someone else moved the order after we read it
        inTransaction(() -> transitions.move(order, OrderStatus.ON_HOLD, "bob", "buyer asked to wait"));

        // when / then
        assertThatThrownBy(() ->
                        inTransaction(() -> transitions.move(order, OrderStatus.PENDING_ALLOCATION, "alice", "ok")))
                .isInstanceOf(OrderActionException.class)
                .hasMessageContaining("changed while you were working on it");
        Order now = orders.findById(order.id());
        assertThat(now.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(now.heldFromStatus()).isEqualTo(OrderStatus.PENDING_AUDIT);
    }

    @Test
    void twoConcurrentTransitionsOnOneOrderLetExactlyOneWin() throws Exception {
        // given two clerks who both read the order, then act at the same moment
        Order seenByAlice = orders.findById(order.id());
        Order seenByBob = orders.findById(order.id());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        try {
            // when
            List<Future<?>> done = List.of(
                    pool.submit(() -> attempt(start, seenByAlice, OrderStatus.PENDING_ALLOCATION, "alice", failures)),
                    pool.submit(() -> attempt(start, seenByBob, OrderStatus.CANCELLED, "bob", failures)));
            start.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        // then
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).contains("changed while you were working on it");
        Order after = orders.findById(order.id());
        assertThat(after.status()).isIn(OrderStatus.PENDING_ALLOCATION, OrderStatus.CANCELLED);
        assertThat(after.version()).isEqualTo(order.version() + 1);
        assertThat(orders.history(order.id())).hasSize(2);
    }

    private void attempt(CountDownLatch start, Order seen, OrderStatus to, String actor, List<String> failures) {
        try {
            start.await();
            inTransaction(() -> transitions.move(seen, to, actor, "concurrent"));
        } catch (OrderActionException lost) {
            failures.add(lost.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(txManager).execute(s -> work.get());
    }
}
