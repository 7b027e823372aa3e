package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderStatus;
import io.junction.scanout.ScanOutService;
import io.junction.scanout.ScanPackage;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.web.order.OrderAction;
import io.junction.web.order.OrderDetail;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("browser")
class ScanOutStationBrowserTest extends BrowserTest {

    @Autowired
    ScanOutService scanOut;

    @Autowired
    SkuMapper skus;

    @Test
    void theStationKeepsFocusRefusesAWrongItemLoudlyAndShipsACompletePackage() {
        // given: an order printed and waiting at the station
        OrderDetail.Package pkg = demo.readyPackage();
        ScanPackage contents = scanOut.open(pkg.packageNo());
        long orderId = contents.orderId();
        String wrongBarcode = barcodeOfAProductNotIn(contents);
        signIn("packer");
        assertThat(path()).isEqualTo("/scan-out");

        // then: the scan field has the focus, and takes it back when something else is clicked
        assertThat(focusedId()).isEqualTo("scan-input");
        driver.findElement(By.cssSelector(".hint")).click();
        await().until(d -> focusedId().equals("scan-input"));

        // when: the package label
        scan(pkg.trackingNumber());

        // then
        awaitOutcome("OPENED");
        assertThat(message()).contains(pkg.packageNo());
        for (ScanPackage.Item item : contents.items()) {
            assertThat(itemRow(item.sku()).getText())
                    .contains(item.name())
                    .contains(item.location())
                    .contains("0 / " + item.quantity());
        }

        // when: a product that is not in this package
        scan(wrongBarcode);

        // then: loud, and the package stays open
        awaitOutcome("REFUSED");
        assertThat(message()).contains("WRONG ITEM");
        assertThat(driver.findElement(By.id("scan-banner")).getAttribute("class"))
                .contains("banner-REFUSED");
        assertThat(driver.findElement(By.tagName("body")).getAttribute("data-alarms"))
                .isEqualTo("1");
        assertThat(focusedId()).isEqualTo("scan-input");
        screenshot("scan-out");

        // when: every item, one scan per unit; the last one ships the package
        List<String> scans = contents.items().stream()
                .flatMap(i ->
                        java.util.Collections.nCopies(i.quantity(), i.barcodes().get(0)).stream())
                .toList();
        for (int n = 0; n < scans.size() - 1; n++) {
            scan(scans.get(n));
            awaitOutcome("ACCEPTED");
        }
        scan(scans.get(scans.size() - 1));

        // then
        awaitOutcome("SHIPPED");
        assertThat(message()).contains("SHIPPED " + pkg.packageNo()).contains("scan the next package");
        assertThat(demo.detail(orderId).order().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(driver.findElement(By.id("station-state")).getAttribute("data-package-id"))
                .isNull();
        assertThat(focusedId()).isEqualTo("scan-input");

        // when: the same label again
        scan(pkg.packageNo());

        // then
        awaitOutcome("REFUSED");
        assertThat(message()).contains("already shipped");
    }

    @Test
    void aPackageOfAnOrderOnHoldMustNotShip() {
        // given
        long orderId = demo.placeAndSync(1).get(0);
        demo.readyToShip(List.of(orderId));
        demo.apply(OrderAction.HOLD, List.of(orderId));
        String packageNo = demo.detail(orderId).packages().get(0).packageNo();
        signIn("packer");

        // when
        scan(packageNo);

        // then
        awaitOutcome("REFUSED");
        assertThat(message())
                .contains("STOP")
                .contains(demo.platformOrderId(orderId))
                .contains("“On hold”")
                .doesNotContain("ON_HOLD");
        assertThat(present(driver, By.id("scan-items"))).isFalse();
    }

    @Test
    void anUnknownCodeIsRefused() {
        // given
        signIn("packer");

        // when
        scan("NO-SUCH-LABEL-123");

        // then
        awaitOutcome("REFUSED");
        assertThat(message()).contains("No package").contains("NO-SUCH-LABEL-123");
        assertThat(focusedId()).isEqualTo("scan-input");
    }

    @Test
    void anItemBarcodeScannedBeforeAPackageSaysToScanThePackageLabelFirst() {
        // given
        WarehouseSku mug = skus.findBySku("JN-MUG-001");
        String barcode = skus.barcodes(mug.id()).get(0);
        signIn("packer");

        // when
        scan(barcode);

        // then
        awaitOutcome("REFUSED");
        assertThat(driver.findElement(By.id("station-state")).getAttribute("data-refusal"))
                .isEqualTo("ITEM_BARCODE_FIRST");
        assertThat(message())
                .contains("item barcode")
                .contains(mug.sku())
                .contains("scan the package label first")
                .doesNotContain("No package");
    }

    @Test
    void onA360By640HandheldTheScanTheLastResultAndWhatIsLeftStayInTheFirstScreenWithoutSidewaysScrolling() {
        // given: a package of several items waiting at the station, and a handheld's screen
        ScanPackage contents = packageOfSeveralItems();
        handheld();
        signIn("packer");

        // when
        scan(contents.packageNo());

        // then: everything that matters is on the first screen, nothing sticks out sideways
        awaitOutcome("OPENED");
        screenshot("scan-out-360-opened");
        assertFitsTheScreen();
        assertThat(firstScreen("#scan-items li"))
                .as("the first item starts on the first screen")
                .isTrue();
        assertThat(driver.findElement(By.id("progress-count")).getText()).contains("0 / " + units(contents));

        // when: all but the last unit are scanned
        List<String> scans = scansOf(contents);
        for (String barcode : scans.subList(0, scans.size() - 1)) {
            scan(barcode);
            awaitOutcome("ACCEPTED");
        }

        // then: the count, what is left and the last result are still in view
        assertFitsTheScreen();
        assertThat(driver.findElement(By.id("left-count")).getText()).contains("1");
        assertThat(firstScreen("#scan-items li.last"))
                .as("the item just scanned is in view")
                .isTrue();

        // when: the last unit ships the package
        scan(scans.get(scans.size() - 1));

        // then: the banner holds the long numbers
        awaitOutcome("SHIPPED");
        screenshot("scan-out-360-shipped");
        assertFitsTheScreen();
        assertThat(message()).contains(contents.packageNo()).contains(contents.trackingNumber());
        assertThat((Boolean) driver.executeScript(
                        "var b = document.getElementById('scan-banner');" + " return b.scrollWidth <= b.clientWidth;"))
                .as("the banner's text wraps inside it")
                .isTrue();
    }

    @Test
    void onA360By640HandheldInChineseTheScanTheBannerAndTheCountStayInViewWithoutSidewaysScrolling() {
        // given: a package of several items, and a handheld asking for Chinese
        ScanPackage contents = packageOfSeveralItems();
        restartBrowser("zh-CN,zh");
        handheld();
        signIn("packer");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).startsWith("zh");

        // when
        scan(contents.packageNo());

        // then: the Chinese page fits the screen with the input, banner and counter in view
        awaitOutcome("OPENED");
        screenshot("scan-out-360-zh-opened");
        assertThat(message()).contains(contents.packageNo()).containsPattern("\\p{IsHan}");
        assertFitsTheScreen();

        // when: every unit is scanned, the last one shipping the package
        List<String> scans = scansOf(contents);
        for (String barcode : scans.subList(0, scans.size() - 1)) {
            scan(barcode);
            awaitOutcome("ACCEPTED");
        }
        scan(scans.get(scans.size() - 1));

        // then: the shipped banner, with its long numbers, still fits
        awaitOutcome("SHIPPED");
        screenshot("scan-out-360-zh-shipped");
        assertThat(message()).contains(contents.packageNo()).containsPattern("\\p{IsHan}");
        assertFitsTheScreen();
        assertThat((Boolean) driver.executeScript(
                        "var b = document.getElementById('scan-banner');" + " return b.scrollWidth <= b.clientWidth;"))
                .as("the banner's text wraps inside it")
                .isTrue();
    }

    @Test
    void atDesktopSizeTheStationStillShowsEverythingAtOnce() {
        // given
        ScanPackage contents = packageOfSeveralItems();
        signIn("packer");

        // when
        scan(contents.trackingNumber());

        // then
        awaitOutcome("OPENED");
        assertFitsTheScreen();
        assertThat(firstScreen("#scan-items li:last-child"))
                .as("every item of the package is in view")
                .isTrue();
    }

    private void handheld() {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 360, "height", 640, "deviceScaleFactor", 2, "mobile", true));
    }

    /** No horizontal scrolling, and the scan field, the last result and the count on the first screen. */
    private void assertFitsTheScreen() {
        // (the layout viewport's width: a mobile browser widens window.innerWidth to content that sticks out)
        Object widths = driver.executeScript(
                "return [document.documentElement.scrollWidth," + " document.documentElement.clientWidth];");
        List<?> w = (List<?>) widths;
        assertThat(((Number) w.get(0)).intValue())
                .as("page width %s within the screen's %s", w.get(0), w.get(1))
                .isLessThanOrEqualTo(((Number) w.get(1)).intValue());
        for (String id : List.of("#scan-input", "#scan-banner", "#progress-count")) {
            assertThat(inFirstScreen(id))
                    .as("%s wholly on the first screen", id)
                    .isTrue();
        }
    }

    /** Whether the element lies wholly inside the viewport with the page scrolled to its top. */
    private boolean inFirstScreen(String selector) {
        return (Boolean) driver.executeScript(
                "window.scrollTo(0, 0); var e = document.querySelector(arguments[0]);"
                        + " if (!e) { return false; } var r = e.getBoundingClientRect();"
                        + " var d = document.documentElement;"
                        + " return r.width > 0 && r.top >= 0 && r.left >= 0"
                        + " && r.bottom <= Math.min(window.innerHeight, d.clientHeight)"
                        + " && r.right <= Math.min(window.innerWidth, d.clientWidth);",
                selector);
    }

    /** Whether the element's top shows on the first screen, inside the page's width. */
    private boolean firstScreen(String selector) {
        return (Boolean) driver.executeScript(
                "window.scrollTo(0, 0); var e = document.querySelector(arguments[0]);"
                        + " if (!e) { return false; } var r = e.getBoundingClientRect();"
                        + " return r.height > 0 && r.top >= 0 && r.top < window.innerHeight - 20 && r.left >= 0"
                        + " && r.right <= window.innerWidth;",
                selector);
    }

    /** A printed package of at least two products, as a handheld must list them. */
    private ScanPackage packageOfSeveralItems() {
        List<Long> placed = demo.placeAndSync(8);
        demo.readyToShip(placed);
        return placed.stream()
                .map(id -> scanOut.open(demo.detail(id).packages().get(0).packageNo()))
                .max(java.util.Comparator.comparingInt(
                                (ScanPackage p) -> p.items().size())
                        .thenComparingInt(p -> units(p)))
                .filter(p -> p.items().size() >= 2)
                .orElseThrow(() -> new AssertionError("no order of several products"));
    }

    private static int units(ScanPackage pkg) {
        return pkg.items().stream().mapToInt(ScanPackage.Item::quantity).sum();
    }

    private static List<String> scansOf(ScanPackage pkg) {
        return pkg.items().stream()
                .flatMap(i ->
                        java.util.Collections.nCopies(i.quantity(), i.barcodes().get(0)).stream())
                .toList();
    }

    private int answered;

    private void scan(String code) {
        answered = answers();
        driver.findElement(By.id("scan-input")).sendKeys(code + Keys.ENTER);
    }

    /** Waits for the station's answer to the latest scan, and checks it was {@code outcome}. */
    private void awaitOutcome(String outcome) {
        await().until(d -> answers() > answered);
        assertThat(driver.findElement(By.id("station-state")).getAttribute("data-outcome"))
                .as(message())
                .isEqualTo(outcome);
    }

    private WebElement itemRow(String sku) {
        return driver.findElement(By.cssSelector("#scan-items li[data-sku='" + sku + "']"));
    }

    private String barcodeOfAProductNotIn(ScanPackage pkg) {
        List<String> inPackage = pkg.items().stream().map(ScanPackage.Item::sku).toList();
        // other tests may leave SKUs without a barcode behind: take the first one that has one
        return skus.findAll().stream()
                .filter(s -> !inPackage.contains(s.sku()))
                .map(s -> skus.barcodes(s.id()))
                .filter(barcodes -> !barcodes.isEmpty())
                .map(barcodes -> barcodes.get(0))
                .findFirst()
                .orElseThrow();
    }
}
