package io.junction.scanout;

import io.junction.order.Order;
import io.junction.order.OrderPackage;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeShopTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The given of the scan station's tests: an order of a mug and a plate (five mugs and three plates in stock),
 * printed and waiting in its one package to be scanned. A subclass's own {@code @BeforeEach} runs after this one.
 */
abstract class PrintedMugAndPlateTest extends FakeShopTest {

    @Autowired
    ScanOutService scanOut;

    WarehouseSku plate;
    Order order;
    OrderPackage pkg;

    @Override
    protected int mugsInStock() {
        return 5;
    }

    @BeforeEach
    void aPrintedOrderOfOneMugAndOnePlate() {
        plate = fixtures.sku(3);
        order = pipeline.printed(syncedOrder(mug, plate));
        pkg = pipeline.packageOf(order);
    }
}
