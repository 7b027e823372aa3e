package io.junction.testing;

import io.junction.shop.Shop;
import io.junction.sku.WarehouseSku;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The given most of sync-core's tests start from: a new shop on the fake marketplace, shipping with
 * the fake carrier, both of them fresh, and a mug in stock ({@link #mugsInStock}). A subclass's own
 * {@code @BeforeEach} runs after this one.
 */
@SpringBootTest
public abstract class FakeShopTest {

    @Autowired
    protected FakeChannel channel;

    @Autowired
    protected FakeCarrier carrier;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected ApplicationContext context;

    protected Fixtures fixtures;
    protected Pipeline pipeline;
    protected Shop shop;
    protected WarehouseSku mug;

    /** How many mugs are in stock: a hundred, unless the test needs stock to run short. */
    protected int mugsInStock() {
        return 100;
    }

    @BeforeEach
    void aNewFakeShopAndAMugInStock() {
        channel.clear();
        carrier.reset();
        fixtures = new Fixtures(context);
        pipeline = new Pipeline(context);
        shop = fixtures.fakeShop();
        mug = fixtures.sku(mugsInStock());
    }
}
