package io.junction.testing;

import io.junction.order.Order;
import io.junction.order.OrderPackage;
import org.junit.jupiter.api.BeforeEach;

/**
 * The given of the tests that start after allocation: an order of one mug, allocated into its one package,
 * which waits for its tracking number. A subclass's own {@code @BeforeEach} runs after this one.
 */
public abstract class AllocatedMugTest extends FakeShopTest {

    protected Order order;
    protected OrderPackage pkg;

    @BeforeEach
    void anAllocatedOrderOfOneMug() {
        order = pipeline.allocated(syncedOrder(mug));
        pkg = pipeline.packageOf(order);
    }
}
