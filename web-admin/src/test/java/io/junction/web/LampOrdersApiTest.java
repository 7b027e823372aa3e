package io.junction.web;

import io.junction.sku.WarehouseSku;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The given of API tests about stock and freight: as {@link DemoAmazonShopApiTest}, with a lamp SKU of the test's
 * own, none in stock ({@link Lamps#newLamp}), and paid orders of it in the demo Amazon shop. A subclass's own
 * {@code @BeforeEach} runs after this one.
 */
public abstract class LampOrdersApiTest extends DemoAmazonShopApiTest {

    @Autowired
    protected ApplicationContext context;

    protected Lamps lamps;
    protected WarehouseSku lamp;

    @BeforeEach
    void aLampOfItsOwn() {
        lamps = new Lamps(context);
        lamp = lamps.newLamp();
    }

    /** A paid order of {@code count} lamps (19.98 paid) in the demo Amazon shop, as a sync stores it; its id. */
    protected long orderOfLamps(int count) {
        return lamps.paidOrder(shopId, lamp.sku(), count, "19.98");
    }
}
