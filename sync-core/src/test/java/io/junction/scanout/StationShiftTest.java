package io.junction.scanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.order.Order;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The station over a shift: weighing, undo, the problem shelf, the quality check, one-scan ship, the scan log. */
class StationShiftTest extends PrintedMugAndPlateTest {

    @Autowired
    Stations stations;

    String stationName;
    StationCall at;

    @BeforeEach
    void expectedToWeigh500GramsAtAStationOfItsOwn() {
        jdbc.update("UPDATE oms_package SET weight_grams = 500 WHERE id = ?", pkg.id());
        stationName = Fixtures.unique("bench");
        at = new StationCall(stationName, "packer-ann");
        station(false, false, false);
    }

    @Test
    void aWeightWithinTheToleranceIsStoredAndLogged() {
        // given the tolerance is 50 g or 10 %, whichever is larger: 50 g of 500 g

        // when
        ScanResult weighed = scanOut.weigh(pkg.id(), 540, null, at);

        // then
        assertThat(weighed.accepted()).isTrue();
        assertThat(weighed.pkg().measuredWeightGrams()).isEqualTo(540);
        assertThat(jdbc.queryForMap(
                        "SELECT measured_weight_grams, weighed_by, weight_override_reason FROM oms_package WHERE id = ?",
                        pkg.id()))
                .containsEntry("MEASURED_WEIGHT_GRAMS", 540)
                .containsEntry("WEIGHED_BY", "packer-ann")
                .containsEntry("WEIGHT_OVERRIDE_REASON", null);
        assertThat(outcomes()).containsExactly("WEIGHED");
    }

    @Test
    void aWeightOutsideTheToleranceIsRefusedAndNotStored() {
        // when
        ScanResult weighed = scanOut.weigh(pkg.id(), 620, null, at);

        // then
        assertThat(weighed.accepted()).isFalse();
        assertThat(weighed.refusal()).isEqualTo(ScanRefusal.WEIGHT_OUT_OF_TOLERANCE);
        assertThat(weighed.arguments()).containsExactly(620, 500, 50);
        assertThat(weighed.reason()).isEqualTo("WEIGHT: 620 g measured, 500 g expected (± 50 g)");
        assertThat(measured()).isNull();
        assertThat(outcomes()).containsExactly("REFUSED");
    }

    @Test
    void aWeightOutsideTheToleranceIsKeptWithThePackersReason() {
        // when
        ScanResult weighed = scanOut.weigh(pkg.id(), 620, "gift box added by the buyer's request", at);

        // then
        assertThat(weighed.accepted()).isTrue();
        assertThat(measured()).isEqualTo(620);
        assertThat(weighed.pkg().weightOverrideReason()).isEqualTo("gift box added by the buyer's request");
        assertThat(jdbc.queryForObject(
                        "SELECT note FROM wms_scan_log WHERE package_id = ? AND outcome = 'WEIGHT_OVERRIDDEN'",
                        String.class,
                        pkg.id()))
                .isEqualTo("gift box added by the buyer's request");
    }

    @Test
    void aStationThatRequiresWeighingRefusesToShipAnUnweighedPackage() {
        // given
        station(true, false, false);
        scanEverything();

        // when / then
        assertThatThrownBy(() -> scanOut.ship(pkg.id(), at))
                .isInstanceOfSatisfying(
                        ScanRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(ScanRefusal.NOT_WEIGHED));
        assertThat(scanOut.weigh(pkg.id(), 480, null, at).accepted()).isTrue();
        assertThat(scanOut.ship(pkg.id(), at).shipped()).isTrue();
    }

    @Test
    void aStationThatDoesNotRequireWeighingShipsWithoutAWeightAsBefore() {
        // given
        scanEverything();

        // when
        ScanPackage shipped = scanOut.ship(pkg.id(), at);

        // then
        assertThat(shipped.shipped()).isTrue();
        assertThat(measured()).isNull();
        assertThat(outcomes()).containsExactly("ACCEPTED", "ACCEPTED", "SHIPPED");
    }

    @Test
    void undoTakesTheLastItemScanBack() {
        // given
        scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(mug.sku()), at);
        scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(plate.sku()), at);

        // when
        ScanResult undone = scanOut.undo(pkg.id(), at);

        // then
        assertThat(undone.accepted()).isTrue();
        assertThat(undone.sku()).isEqualTo(plate.sku());
        assertThat(undone.pkg().items()).extracting(ScanPackage.Item::scanned).containsExactly(1, 0);
        assertThat(outcomes()).containsExactly("ACCEPTED", "ACCEPTED", "UNDONE");

        // and when: twice more, the second with nothing left
        assertThat(scanOut.undo(pkg.id(), at).pkg().items())
                .extracting(ScanPackage.Item::scanned)
                .containsExactly(0, 0);
        ScanResult nothing = scanOut.undo(pkg.id(), at);

        // then
        assertThat(nothing.accepted()).isFalse();
        assertThat(nothing.refusal()).isEqualTo(ScanRefusal.NOTHING_TO_UNDO);
    }

    @Test
    void undoSkipsARefusedScan() {
        // given a mug, then a refused unknown barcode
        scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(mug.sku()), at);
        scanOut.scanItem(pkg.id(), "0000000000000", at);

        // when
        ScanResult undone = scanOut.undo(pkg.id(), at);

        // then: the mug is taken back
        assertThat(undone.sku()).isEqualTo(mug.sku());
        assertThat(undone.pkg().items()).extracting(ScanPackage.Item::scanned).containsExactly(0, 0);
    }

    @Test
    void aParcelOnTheProblemShelfHoldsItsOrderWithThePackersReasonAndIsVerifiedAfreshLater() {
        // given
        scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(mug.sku()), at);

        // when
        scanOut.setAside(pkg.id(), "plate arrived chipped", at);

        // then
        Order held = orders.findById(order.id());
        assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(held.statusReason()).isEqualTo("plate arrived chipped");
        assertThat(orders.history(order.id()))
                .last()
                .satisfies(h -> assertThat(h.actor()).isEqualTo("packer-ann"));
        assertThat(jdbc.queryForList(
                        "SELECT scanned FROM oms_package_line WHERE package_id = ? ORDER BY id",
                        Integer.class,
                        pkg.id()))
                .containsExactly(0, 0);
        assertThat(outcomes()).containsExactly("ACCEPTED", "SET_ASIDE");
        assertThatThrownBy(() -> scanOut.open(pkg.packageNo(), at))
                .isInstanceOfSatisfying(
                        ScanRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(ScanRefusal.MUST_NOT_SHIP));
    }

    @Test
    void aProblemShelfWithoutAReasonIsRefused() {
        // when / then
        assertThatThrownBy(() -> scanOut.setAside(pkg.id(), " ", at)).isInstanceOf(IllegalArgumentException.class);
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_SHIPMENT);
    }

    @Test
    void aStationThatAsksForTheQualityCheckShipsOnlyOnceItIsConfirmedAfterTheLastItemChange() {
        // given
        station(false, true, false);
        scanEverything();
        scanOut.confirmQc(pkg.id(), at);
        scanOut.undo(pkg.id(), at);
        scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(plate.sku()), at);

        // when / then: the check came before the last change
        assertThatThrownBy(() -> scanOut.ship(pkg.id(), at))
                .isInstanceOfSatisfying(
                        ScanRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(ScanRefusal.QC_NOT_CONFIRMED));

        // when
        assertThat(scanOut.confirmQc(pkg.id(), at).qcConfirmed()).isTrue();

        // then
        assertThat(scanOut.ship(pkg.id(), at).shipped()).isTrue();
        assertThat(outcomes()).endsWith("QC_CONFIRMED", "SHIPPED");
    }

    @Test
    void aSingleUnitPackageIsCompleteWithItsLabelAtAOneScanStation() {
        // given
        station(false, false, true);
        Order oneMug = pipeline.printed(syncedOrder(mug));
        OrderPackage single = pipeline.packageOf(oneMug);

        // when
        ScanPackage opened = scanOut.open(single.trackingNumber(), at);

        // then
        assertThat(opened.complete()).isTrue();
        assertThat(scanOut.settings(stationName).next(opened)).isEqualTo(StationSettings.Step.SHIP);
        // and a package of two units still wants its items
        assertThat(scanOut.open(pkg.trackingNumber(), at).complete()).isFalse();
    }

    @Test
    void theStationShowsEachSkusFlagsAndPackingInstruction() {
        // given
        jdbc.update(
                "UPDATE wms_sku SET fragile = TRUE, liquid = TRUE, packing_instruction = ? WHERE id = ?",
                "bubble wrap twice",
                plate.id());

        // when
        ScanPackage opened = scanOut.open(pkg.packageNo(), at);

        // then
        ScanPackage.Item item = opened.items().get(1);
        assertThat(item.sku()).isEqualTo(plate.sku());
        assertThat(item.fragile()).isTrue();
        assertThat(item.liquid()).isTrue();
        assertThat(item.battery()).isFalse();
        assertThat(item.packingInstruction()).isEqualTo("bubble wrap twice");
        assertThat(item.needsCare()).isTrue();
        assertThat(opened.items().get(0).needsCare()).isFalse();
        assertThat(item.barcodes()).containsExactly(Fixtures.barcodeOf(plate.sku()));
    }

    @Test
    void everyScanIsLoggedWithStationOperatorPackageBarcodeAndOutcome() {
        // when
        scanOut.open(pkg.packageNo(), at);
        scanOut.scanItem(pkg.id(), "0000000000000", at);

        // then
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT station_name, operator, barcode, outcome, refusal FROM wms_scan_log WHERE package_id = ?"
                        + " ORDER BY id",
                pkg.id());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .containsEntry("STATION_NAME", stationName)
                .containsEntry("OPERATOR", "packer-ann")
                .containsEntry("BARCODE", pkg.packageNo())
                .containsEntry("OUTCOME", "OPENED");
        assertThat(rows.get(1))
                .containsEntry("BARCODE", "0000000000000")
                .containsEntry("OUTCOME", "REFUSED")
                .containsEntry("REFUSAL", "UNKNOWN_BARCODE");
    }

    @Test
    void aStationWithoutItsOwnSettingsUsesTheDefaults() {
        // when
        StationSettings settings = scanOut.settings(Fixtures.unique("unknown-station"));

        // then
        assertThat(settings.stationName()).isEqualTo(StationSettings.DEFAULT);
    }

    private void station(boolean weighing, boolean qc, boolean oneScan) {
        stations.save(new StationSettings(stationName, weighing, 50, 10, qc, oneScan), "tester");
    }

    private void scanEverything() {
        assertThat(scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(mug.sku()), at).accepted())
                .isTrue();
        assertThat(scanOut.scanItem(pkg.id(), Fixtures.barcodeOf(plate.sku()), at)
                        .pkg()
                        .complete())
                .isTrue();
    }

    private Integer measured() {
        return jdbc.queryForObject(
                "SELECT measured_weight_grams FROM oms_package WHERE id = ?", Integer.class, pkg.id());
    }

    private List<String> outcomes() {
        return jdbc.queryForList(
                "SELECT outcome FROM wms_scan_log WHERE package_id = ? ORDER BY id", String.class, pkg.id());
    }
}
