package io.junction.writeback;

import io.junction.order.Order;
import io.junction.order.OrderPackage;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeShopTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The given of the write-back tests: a shipped order whose confirmation waits in the outbox, after the outbox was
 * relayed of what earlier tests left due (so that scripted marketplace answers reach this test's row). A
 * subclass's own {@code @BeforeEach} runs after this one.
 */
abstract class ShippedOrderInOutboxTest extends FakeShopTest {

    /** More rows than any test leaves due: a relay or claim of this size takes every due row. */
    static final int EVERYTHING = 1000;

    @Autowired
    WriteBackService writeBack;

    @Autowired
    OutboxMapper outbox;

    Order order;
    OrderPackage pkg;

    /** What the shipped order holds: one mug, unless a test needs more. */
    WarehouseSku[] itemsOrdered() {
        return new WarehouseSku[] {mug};
    }

    @BeforeEach
    void aShippedOrderWhoseConfirmationWaitsInTheOutbox() {
        drainWhatEarlierTestsLeftDue();
        order = syncedOrder(itemsOrdered());
        pkg = pipeline.shipped(order);
    }

    /** Before the order ships: relays every confirmation earlier tests left due. */
    void drainWhatEarlierTestsLeftDue() {
        relayEveryDueConfirmation();
    }

    /** Relays the outbox until nothing is due (ten rounds at most). */
    void relayEveryDueConfirmation() {
        for (int round = 0; round < 10 && writeBack.relay().relayDue(EVERYTHING) > 0; round++) {
            // drained
        }
    }
}
