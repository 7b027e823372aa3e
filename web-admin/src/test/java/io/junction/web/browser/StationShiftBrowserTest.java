package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.scanout.ScanOutService;
import io.junction.scanout.ScanPackage;
import io.junction.scanout.StationSettings;
import io.junction.scanout.Stations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The station over a shift, in the browser: weighing (refused, then kept with a reason), undo, the problem shelf, one-scan ship. */
@Tag("browser")
class StationShiftBrowserTest extends BrowserTest {

    @Autowired
    ScanOutService scanOut;

    @Autowired
    Stations stations;

    @Autowired
    OrderMapper orders;

    @Autowired
    JdbcTemplate jdbc;

    String stationName;
    private int answered;

    @BeforeEach
    void aStationOfItsOwn() {
        stationName = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aWeightOutsideTheToleranceIsRefusedLoudlyAndShipsOnceThePackerKeepsItWithAReason() {
        // given a station that weighs, and a package expected to weigh 500 g
        stations.save(new StationSettings(stationName, true, 50, 10, false, false), "tester");
        ScanPackage pkg = printedPackage();
        jdbc.update("UPDATE oms_package SET weight_grams = 500 WHERE id = ?", pkg.id());
        openStation();

        // when every item is scanned
        scan(pkg.packageNo());
        awaitOutcome("OPENED");
        for (String barcode : scansOf(pkg)) {
            scan(barcode);
        }

        // then the station asks for the weight instead of shipping
        await().until(d -> "WEIGH".equals(outcome()));
        assertThat(message()).contains("Weigh the parcel").contains("500 g");

        // when the scale types a weight far off
        scan("900");

        // then
        awaitOutcome("REFUSED");
        assertThat(refusal()).isEqualTo("WEIGHT_OUT_OF_TOLERANCE");
        assertThat(message()).contains("900 g measured").contains("500 g expected");
        assertThat(driver.findElement(By.tagName("body")).getAttribute("data-alarms"))
                .isEqualTo("1");

        // when the packer keeps it with a reason
        answered = answers();
        driver.findElement(By.id("override-reason")).sendKeys("buyer asked for a gift box");
        driver.findElement(By.id("override-weight")).click();

        // then
        awaitOutcome("SHIPPED");
        assertThat(jdbc.queryForMap(
                        "SELECT measured_weight_grams, weight_override_reason FROM oms_package WHERE id = ?", pkg.id()))
                .containsEntry("MEASURED_WEIGHT_GRAMS", 900)
                .containsEntry("WEIGHT_OVERRIDE_REASON", "buyer asked for a gift box");
        assertThat(focusedId()).isEqualTo("scan-input");
    }

    @Test
    void undoTakesTheLastScanBack() {
        // given
        ScanPackage pkg = printedPackage();
        openStation();
        scan(pkg.packageNo());
        awaitOutcome("OPENED");
        ScanPackage.Item first = pkg.items().get(0);
        scan(first.barcodes().get(0));
        awaitOutcome(pkg.units() == 1 ? "SHIPPED" : "ACCEPTED");
        if (pkg.units() == 1) {
            return; // nothing left open to undo; the other tests cover a single unit
        }

        // when
        answered = answers();
        driver.findElement(By.id("undo")).click();

        // then
        awaitOutcome("UNDONE");
        assertThat(message()).contains("Took back one " + first.sku());
        assertThat(driver.findElement(By.cssSelector("#scan-items li[data-sku='" + first.sku() + "']"))
                        .getText())
                .contains("0 / " + first.quantity());
        assertThat(scanOut.read(pkg.id()).items().get(0).scanned()).isZero();
        assertThat(focusedId()).isEqualTo("scan-input");
    }

    @Test
    void aPackerPutsAParcelOnTheProblemShelfAndItsOrderIsHeldWithTheReason() {
        // given
        ScanPackage pkg = printedPackage();
        openStation();
        scan(pkg.packageNo());
        awaitOutcome("OPENED");

        // when
        answered = answers();
        driver.findElement(By.id("problem-reason")).sendKeys("label torn, box dented");
        assertThat(focusedId()).isEqualTo("problem-reason");
        driver.findElement(By.id("set-aside")).click();

        // then
        awaitOutcome("SET_ASIDE");
        assertThat(message()).contains("problem shelf").contains("label torn, box dented");
        assertThat(orders.findById(pkg.orderId()).status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(orders.findById(pkg.orderId()).statusReason()).isEqualTo("label torn, box dented");

        // when the same label is scanned again
        scan(pkg.packageNo());

        // then
        awaitOutcome("REFUSED");
        assertThat(message()).contains("STOP").contains("label torn, box dented");
    }

    @Test
    void aSingleUnitPackageShipsWithOneScanOfItsLabel() {
        // given
        stations.save(new StationSettings(stationName, false, 50, 10, false, true), "tester");
        ScanPackage single = singleUnitPackage();
        openStation();

        // when
        scan(single.trackingNumber() != null ? single.trackingNumber() : single.packageNo());

        // then
        awaitOutcome("SHIPPED");
        assertThat(orders.findById(single.orderId()).status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(jdbc.queryForList(
                        "SELECT outcome FROM wms_scan_log WHERE package_id = ? ORDER BY id", String.class, single.id()))
                .containsExactly("ACCEPTED", "SHIPPED");
    }

    private void openStation() {
        signIn("packer");
        open("/scan-out?station=" + stationName);
        assertThat(driver.findElement(By.id("station-name")).getText()).isEqualTo(stationName);
    }

    private ScanPackage printedPackage() {
        return scanOut.read(demo.readyPackage().id());
    }

    /** A printed package of one unit: the simulator's orders vary, so a few are placed until one is. */
    private ScanPackage singleUnitPackage() {
        List<ScanPackage> seen = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            List<Long> placed = demo.placeAndSync(8);
            demo.readyToShip(placed);
            for (long id : placed) {
                ScanPackage pkg = scanOut.read(demo.detail(id).packages().get(0).id());
                if (pkg.units() == 1) {
                    return pkg;
                }
                seen.add(pkg);
            }
        }
        throw new AssertionError("no single-unit package among " + seen.size());
    }

    private static List<String> scansOf(ScanPackage pkg) {
        return pkg.items().stream()
                .flatMap(i -> Collections.nCopies(i.quantity(), i.barcodes().get(0)).stream())
                .toList();
    }

    private void scan(String code) {
        answered = answers();
        driver.findElement(By.id("scan-input")).sendKeys(code + Keys.ENTER);
    }

    private void awaitOutcome(String outcome) {
        await().until(d -> answers() > answered);
        assertThat(outcome()).as(message()).isEqualTo(outcome);
    }

    private String outcome() {
        return stateOf("data-outcome");
    }

    private String refusal() {
        return stateOf("data-refusal");
    }

    /** An attribute of the station's state, read again when htmx swapped the element meanwhile. */
    private String stateOf(String attribute) {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.id("station-state")).getAttribute(attribute);
            } catch (StaleElementReferenceException swapped) {
                if (attempt == 3) {
                    throw swapped;
                }
            }
        }
    }
}
