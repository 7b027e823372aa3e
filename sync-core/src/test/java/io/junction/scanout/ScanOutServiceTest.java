package io.junction.scanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.order.Order;
import io.junction.order.OrderControlService;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.WriteBackStatus;
import io.junction.sku.WarehouseSku;
import io.junction.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ScanOutServiceTest extends PrintedMugAndPlateTest {

    @Autowired
    OrderControlService control;

    @Test
    void aPackageOpensByItsTrackingNumber() {
        // when
        ScanPackage opened = scanOut.open(pkg.trackingNumber());

        // then
        assertThat(opened.id()).isEqualTo(pkg.id());
        assertThat(opened.orderStatus()).isEqualTo(OrderStatus.PENDING_SHIPMENT);
        assertThat(opened.items()).extracting(ScanPackage.Item::sku).containsExactly(mug.sku(), plate.sku());
        assertThat(opened.items()).allSatisfy(i -> assertThat(i.scanned()).isZero());
        assertThat(opened.complete()).isFalse();
    }

    @Test
    void aPackageOpensByItsPackageNumberWithSurroundingSpaces() {
        // when
        ScanPackage opened = scanOut.open("  " + pkg.packageNo() + "\n");

        // then
        assertThat(opened.id()).isEqualTo(pkg.id());
        assertThat(opened.trackingNumber()).isEqualTo(pkg.trackingNumber());
    }

    @Test
    void anUnknownCodeIsRefused() {
        // when / then
        assertThatThrownBy(() -> scanOut.open("NO-SUCH-CODE"))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessage("No package with tracking or package number NO-SUCH-CODE");
    }

    @Test
    void anItemBarcodeScannedBeforeAnyPackageSaysToScanThePackageLabelFirst() {
        // when / then
        assertThatThrownBy(() -> scanOut.open(Fixtures.barcodeOf(mug.sku())))
                .isInstanceOfSatisfying(ScanRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(ScanRefusal.ITEM_BARCODE_FIRST);
                    assertThat(refused.arguments())
                            .containsExactly(Fixtures.barcodeOf(mug.sku()), mug.sku(), mug.name());
                })
                .hasMessage("This is an item barcode of SKU " + mug.sku() + ": scan the package label first");
    }

    @Test
    void anUnknownCodeIsRefusedWithItsCode() {
        // when / then
        assertThatThrownBy(() -> scanOut.open("NO-SUCH-CODE"))
                .isInstanceOfSatisfying(ScanRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(ScanRefusal.UNKNOWN_PACKAGE);
                    assertThat(refused.arguments()).containsExactly("NO-SUCH-CODE");
                });
    }

    @Test
    void aHeldOrderIsRefusedAsMustNotShip() {
        // given the seller holds it after printing
        assertThat(control.hold(List.of(order.id()), "seller", "buyer asked to change colour")
                        .failed())
                .isEmpty();

        // when / then
        assertThatThrownBy(() -> scanOut.open(pkg.trackingNumber()))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("STOP")
                .hasMessageContaining("ON_HOLD")
                .hasMessageContaining("buyer asked to change colour")
                .hasMessageContaining("must not ship")
                .isInstanceOfSatisfying(ScanRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(ScanRefusal.MUST_NOT_SHIP);
                    assertThat(refused.arguments())
                            .containsExactly(
                                    order.platformOrderId(), OrderStatus.ON_HOLD, "buyer asked to change colour");
                });
        assertThatThrownBy(() -> scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(mug.sku())))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("must not ship");
        assertThat(scannedCounts()).containsExactly(0, 0);
    }

    @Test
    void anAlreadyShippedPackageIsRefused() {
        // given
        scanEverything();
        scanOut.ship(pkg.id(), "packer");

        // when / then
        assertThatThrownBy(() -> scanOut.open(pkg.packageNo()))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessage("Package " + pkg.packageNo() + " has already shipped");
        assertThatThrownBy(() -> scanOut.ship(pkg.id(), "packer"))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("has already shipped");
        assertThat(outboxRows()).isEqualTo(1);
    }

    @Test
    void anItemFromAnotherPackageIsRefusedAsWrongItem() {
        // given a product that exists but is not in this package
        WarehouseSku bowl = fixtures.sku(2);

        // when
        ScanResult result = scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(bowl.sku()));

        // then
        assertThat(result.accepted()).isFalse();
        assertThat(result.reason()).startsWith("WRONG ITEM").contains(bowl.sku());
        assertThat(result.refusal()).isEqualTo(ScanRefusal.WRONG_ITEM);
        assertThat(result.arguments()).containsExactly(bowl.sku(), bowl.name());
        assertThat(scannedCounts()).containsExactly(0, 0);
    }

    @Test
    void aBarcodeNobodyKnowsIsRefused() {
        // when
        ScanResult result = scanOut.scanItem(pkg.id(), "0000000000000");

        // then
        assertThat(result.accepted()).isFalse();
        assertThat(result.reason()).contains("Unknown barcode 0000000000000");
        assertThat(scannedCounts()).containsExactly(0, 0);
    }

    @Test
    void oneTooManyIsRefused() {
        // given the mug is scanned
        assertThat(scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(mug.sku())).accepted())
                .isTrue();

        // when it is scanned again
        ScanResult again = scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(mug.sku()));

        // then
        assertThat(again.accepted()).isFalse();
        assertThat(again.reason()).startsWith("TOO MANY").contains(mug.sku());
        assertThat(scannedCounts()).containsExactly(1, 0);
    }

    @Test
    void twoLinesOfTheSameSkuAreBothFilledByScanningItTwice() {
        // given a printed order with the mug on two lines (two listings of one product)
        Order twoMugs = pipeline.printed(syncedOrder(mug, mug));
        OrderPackage twoMugsPackage = pipeline.packageOf(twoMugs);

        // when
        ScanResult first = scanOut.scanItem(twoMugsPackage.id(), Fixtures.barcodeOf(mug.sku()));
        ScanResult second = scanOut.scanItem(twoMugsPackage.id(), Fixtures.barcodeOf(mug.sku()));
        ScanResult third = scanOut.scanItem(twoMugsPackage.id(), Fixtures.barcodeOf(mug.sku()));

        // then
        assertThat(first.accepted()).isTrue();
        assertThat(second.accepted()).isTrue();
        assertThat(second.pkg().complete()).isTrue();
        assertThat(third.accepted()).isFalse();
        assertThat(third.reason()).startsWith("TOO MANY");
    }

    @Test
    void shippingBeforeEverythingIsScannedIsRefusedWithWhatIsMissing() {
        // given only the mug is scanned
        scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(mug.sku()));

        // when / then
        assertThatThrownBy(() -> scanOut.ship(pkg.id(), "packer"))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessage("Not every item is scanned yet: " + plate.sku() + " 0/1");
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_SHIPMENT);
        assertThat(outboxRows()).isZero();
        assertThat(onHandAndReserved(plate)).containsEntry("on_hand", 3).containsEntry("reserved", 1);
    }

    @Test
    void shippingACompletePackageDeductsStockQueuesOneConfirmationAndMovesTheOrderToShipped() {
        // given
        scanEverything();

        // when
        ScanPackage shipped = scanOut.ship(pkg.id(), "packer");

        // then
        assertThat(shipped.shipped()).isTrue();
        assertThat(shipped.orderStatus()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(onHandAndReserved(mug)).containsEntry("on_hand", 4).containsEntry("reserved", 0);
        assertThat(onHandAndReserved(plate)).containsEntry("on_hand", 2).containsEntry("reserved", 0);
        Order after = orders.findById(order.id());
        assertThat(after.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(after.writeBackStatus()).isEqualTo(WriteBackStatus.PENDING);
        assertThat(orders.lines(order.id()))
                .allSatisfy(l -> assertThat(l.reserved()).isFalse());
        List<Map<String, Object>> outbox =
                jdbc.queryForList("SELECT package_id, status, attempts FROM wb_outbox WHERE order_id = ?", order.id());
        assertThat(outbox).singleElement().satisfies(row -> {
            assertThat(((Number) row.get("package_id")).longValue()).isEqualTo(pkg.id());
            assertThat(row.get("status")).isEqualTo("PENDING");
            assertThat(((Number) row.get("attempts")).intValue()).isZero();
        });
        assertThat(orders.history(order.id())).last().satisfies(h -> {
            assertThat(h.fromStatus()).isEqualTo(OrderStatus.PENDING_SHIPMENT);
            assertThat(h.toStatus()).isEqualTo(OrderStatus.SHIPPED);
            assertThat(h.actor()).isEqualTo("packer");
        });
    }

    @Test
    void aPackageDeductsItsSkusInIdOrderAsEveryAllocationLocksThemWhateverTheOrderOfItsLines() {
        // given a printed order whose first line is the plate, a SKU made after the mug
        Order plateFirst = pipeline.printed(syncedOrder(plate, mug));
        OrderPackage its = pipeline.packageOf(plateFirst);
        assertThat(scanOut.scanItem(its.id(), Fixtures.barcodeOf(plate.sku())).accepted())
                .isTrue();
        assertThat(scanOut.scanItem(its.id(), Fixtures.barcodeOf(mug.sku())).accepted())
                .isTrue();

        // when
        scanOut.ship(its.id(), "packer");

        // then the mug's row was deducted, and so locked, before the plate's: two ships never wait on each other
        assertThat(jdbc.queryForList(
                        "SELECT sku_id FROM wms_stock_movement WHERE kind = 'DEDUCT' AND reference = ? ORDER BY id",
                        Long.class,
                        "PACKAGE:" + its.packageNo()))
                .containsExactly(mug.id(), plate.id());
    }

    @Test
    void shippingIsAllOrNothing() {
        // given a fully scanned package whose second SKU's reservation has vanished meanwhile
        scanEverything();
        jdbc.update("UPDATE wms_sku SET reserved = 0 WHERE id = ?", plate.id());

        // when / then
        assertThatThrownBy(() -> scanOut.ship(pkg.id(), "packer")).isInstanceOf(IllegalStateException.class);
        assertThat(onHandAndReserved(mug)).containsEntry("on_hand", 5).containsEntry("reserved", 1);
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_SHIPMENT);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM oms_package WHERE id = ? AND shipped_at IS NULL", Long.class, pkg.id()))
                .isEqualTo(1L);
        assertThat(orders.lines(order.id()))
                .allSatisfy(l -> assertThat(l.reserved()).isTrue());
        assertThat(outboxRows()).isZero();
    }

    private void scanEverything() {
        assertThat(scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(mug.sku())).accepted())
                .isTrue();
        ScanResult last = scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(plate.sku()));
        assertThat(last.accepted()).isTrue();
        assertThat(last.pkg().complete()).isTrue();
    }

    private List<Integer> scannedCounts() {
        return jdbc.queryForList(
                "SELECT scanned FROM oms_package_line WHERE package_id = ? ORDER BY id", Integer.class, pkg.id());
    }

    private long outboxRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM wb_outbox WHERE order_id = ?", Long.class, order.id());
    }
}
