package io.junction.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.allocation.AllocationService;
import io.junction.label.LabelService;
import io.junction.logistics.PreAdviceService;
import io.junction.order.Order;
import io.junction.order.OrderControlService;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.scanout.ScanOutService;
import io.junction.scanout.ScanPackage;
import io.junction.sku.WarehouseSku;
import io.junction.testing.EmptyFakeShopTest;
import io.junction.testing.Fixtures;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On hand and reserved always equal the ledger's sums: after a seeded random run of every operation that
 * moves stock (receipts, adjustments up and down, allocations, cancellations, shipping, returns), refused
 * ones included, each SKU's figures are what its movements add up to.
 */
class StockLedgerConsistencyTest extends EmptyFakeShopTest {

    static final long SEED = 20261206L;
    static final int OPERATIONS = 300;

    @Autowired
    StockService stock;

    @Autowired
    StockLedger ledger;

    @Autowired
    StockMapper movements;

    @Autowired
    AllocationService allocation;

    @Autowired
    OrderControlService control;

    @Autowired
    PreAdviceService preAdvice;

    @Autowired
    LabelService labels;

    @Autowired
    ScanOutService scanOut;

    @Autowired
    PlatformTransactionManager txManager;

    @Test
    void onHandAndReservedEqualTheLedgersSumsAfterARandomRunOfEveryOperation() {
        // given a few SKUs (and the shop)
        List<WarehouseSku> catalogue = List.of(fixtures.sku(3), fixtures.sku(0), fixtures.sku(8), fixtures.sku(1));
        Random random = new Random(SEED);
        List<Order> waiting = new ArrayList<>();
        List<Order> allocated = new ArrayList<>();
        Map<Operation, Integer> done = new EnumMap<>(Operation.class);
        TransactionTemplate tx = new TransactionTemplate(txManager);

        // when every kind of operation runs in a random order, some of them refused
        for (int i = 0; i < OPERATIONS; i++) {
            Operation op = Operation.values()[random.nextInt(Operation.values().length)];
            WarehouseSku sku = catalogue.get(random.nextInt(catalogue.size()));
            boolean applied = switch (op) {
                case RECEIVE ->
                    refusedOrDone(() -> stock.receive(
                            Fixtures.unique("R"),
                            List.of(new StockService.ReceiptLine(
                                    sku.sku(), null, random.nextInt(6), "B-" + random.nextInt(9))),
                            "receiver"));
                case ADJUST -> refusedOrDone(() -> stock.adjust(sku.sku(), random.nextInt(9) - 5, "count", "counter"));
                case ORDER -> {
                    WarehouseSku[] lines = new WarehouseSku[1 + random.nextInt(3)];
                    for (int l = 0; l < lines.length; l++) {
                        lines[l] = catalogue.get(random.nextInt(catalogue.size()));
                    }
                    waiting.add(pipeline.audited(syncedOrder(lines)));
                    yield true;
                }
                case ALLOCATE -> {
                    if (waiting.isEmpty()) {
                        yield false;
                    }
                    Order order = waiting.get(random.nextInt(waiting.size()));
                    boolean ok = allocation
                            .allocate(List.of(order.id()), "clerk")
                            .failed()
                            .isEmpty();
                    if (ok) {
                        waiting.remove(order);
                        allocated.add(order);
                    }
                    yield ok;
                }
                case CANCEL -> {
                    if (allocated.isEmpty()) {
                        yield false;
                    }
                    Order order = allocated.remove(random.nextInt(allocated.size()));
                    yield control.cancel(List.of(order.id()), "clerk", "buyer changed their mind")
                            .failed()
                            .isEmpty();
                }
                case SHIP -> {
                    if (allocated.isEmpty()) {
                        yield false;
                    }
                    yield ship(allocated.remove(random.nextInt(allocated.size())));
                }
                case RETURN -> {
                    int units = 1 + random.nextInt(2);
                    tx.executeWithoutResult(s ->
                            ledger.returned(sku.id(), units, StockReference.order(0), "returns", "buyer sent it back"));
                    yield true;
                }
            };
            if (applied) {
                done.merge(op, 1, Integer::sum);
            }
        }

        // then every operation ran at least once, and each SKU's figures are its ledger's sums
        assertThat(done.keySet()).containsExactlyInAnyOrder(Operation.values());
        for (WarehouseSku sku : catalogue) {
            WarehouseSku now = skus.findById(sku.id());
            int onHand = 0;
            int reserved = 0;
            for (StockMovement m : movements.movements(sku.id(), null, null, Integer.MAX_VALUE)) {
                onHand += m.kind().onHandChange(m.quantity());
                reserved += m.kind().reservedChange(m.quantity());
            }
            assertThat(now.onHand()).as("on hand of %s", sku.sku()).isEqualTo(onHand);
            assertThat(now.reserved()).as("reserved of %s", sku.sku()).isEqualTo(reserved);
            assertThat(now.reserved()).isBetween(0, now.onHand());
        }
        Integer reservedByOrders = jdbc.queryForObject(
                "SELECT COALESCE(SUM(l.quantity), 0) FROM oms_order_line l"
                        + " JOIN oms_order o ON o.id = l.order_id WHERE o.shop_id = ? AND l.reserved = TRUE",
                Integer.class,
                shop.id());
        assertThat(catalogue.stream()
                        .mapToInt(s -> skus.findById(s.id()).reserved())
                        .sum())
                .isEqualTo(reservedByOrders);
    }

    /** Tracking number, label, scan of every item, ship: the package's units are deducted. */
    private boolean ship(Order order) {
        if (!preAdvice.requestTracking(List.of(order.id()), "clerk").failed().isEmpty()) {
            return false;
        }
        OrderPackage pkg = packages.findByOrder(order.id()).get(0);
        packages.countPrint(pkg.id());
        labels.markPrinted(List.of(order.id()), "clerk");
        ScanPackage opened = scanOut.open(pkg.packageNo());
        for (ScanPackage.Item item : opened.items()) {
            for (int unit = 0; unit < item.quantity(); unit++) {
                scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(item.sku()));
            }
        }
        scanOut.ship(pkg.id(), "packer");
        return orders.findById(order.id()).status() == OrderStatus.SHIPPED;
    }

    private static boolean refusedOrDone(Runnable operation) {
        try {
            operation.run();
            return true;
        } catch (StockRefusedException refused) {
            return false;
        }
    }

    enum Operation {
        RECEIVE,
        ADJUST,
        ORDER,
        ALLOCATE,
        CANCEL,
        SHIP,
        RETURN
    }
}
