package io.junction.testing;

import io.junction.shop.Shop;
import io.junction.sku.WarehouseSku;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The given of the sync's tests: a new shop on an empty fake marketplace, and a mug with a hundred
 * in stock. A subclass's own {@code @BeforeEach} runs after this one.
 */
@SpringBootTest
public abstract class FakeMarketplaceTest {

    @Autowired protected FakeChannel channel;
    @Autowired protected MutableClock clock;
    @Autowired protected JdbcTemplate jdbc;
    @Autowired protected ApplicationContext context;

    protected Fixtures fixtures;
    protected Shop shop;
    protected WarehouseSku mug;

    @BeforeEach
    void aNewShopOnAnEmptyFakeMarketplace() {
        channel.clear();
        fixtures = new Fixtures(context);
        shop = fixtures.fakeShop();
        mug = fixtures.sku(100);
    }
}
