package io.junction.testing;

import io.junction.allocation.AllocationService;
import io.junction.logistics.LogisticsMethod;
import io.junction.order.Order;
import io.junction.order.OrderMapper;
import io.junction.order.PackageMapper;
import io.junction.shop.Shop;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The given of tests that make the SKUs they need themselves: a new shop on the fake marketplace, shipping by
 * default with a logistics method of its own ({@link #method}) on the fake carrier, both fakes fresh, and no stock.
 * A subclass's own {@code @BeforeEach} runs after this one.
 */
@SpringBootTest
public abstract class EmptyFakeShopTest {

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

    /** The mappers a test reads its orders, packages and SKUs back with. */
    @Autowired
    protected OrderMapper orders;

    @Autowired
    protected PackageMapper packages;

    @Autowired
    protected SkuMapper skus;

    @Autowired
    protected AllocationService allocation;

    protected Fixtures fixtures;
    protected Pipeline pipeline;
    protected LogisticsMethod method;
    protected Shop shop;

    /** The SKU's {@code on_hand} and {@code reserved} columns as the database holds them now. */
    protected Map<String, Object> onHandAndReserved(WarehouseSku sku) {
        Map<String, Object> row = jdbc.queryForMap("SELECT on_hand, reserved FROM wms_sku WHERE id = ?", sku.id());
        return Map.of(
                "on_hand",
                ((Number) row.get("on_hand")).intValue(),
                "reserved",
                ((Number) row.get("reserved")).intValue());
    }

    /** A paid order of these SKUs (one unit each unless repeated) as a sync stores it, waiting for review. */
    protected Order syncedOrder(WarehouseSku... lines) {
        return fixtures.ingest(shop, fixtures.paidOrder(lines)).get(0);
    }

    @BeforeEach
    void aNewFakeShop() {
        channel.clear();
        carrier.reset();
        fixtures = new Fixtures(context);
        pipeline = new Pipeline(context);
        method = fixtures.fakeCarrierMethod();
        shop = fixtures.fakeShop(method);
    }
}
