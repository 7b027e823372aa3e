package io.junction.testing;

import io.junction.sku.WarehouseSku;
import org.junit.jupiter.api.BeforeEach;

/**
 * The given most of sync-core's tests start from: a new shop on the fake marketplace, shipping with
 * the fake carrier, both of them fresh ({@link EmptyFakeShopTest}), and a mug in stock ({@link #mugsInStock}).
 * A subclass's own {@code @BeforeEach} runs after this one.
 */
public abstract class FakeShopTest extends EmptyFakeShopTest {

    protected WarehouseSku mug;

    /** How many mugs are in stock: a hundred, unless the test needs stock to run short. */
    protected int mugsInStock() {
        return 100;
    }

    @BeforeEach
    void aMugInStock() {
        mug = fixtures.sku(mugsInStock());
    }
}
