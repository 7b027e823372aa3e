package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderFilter;
import io.junction.order.OrderList;
import io.junction.order.OrderStatus;
import io.junction.web.order.OrderAction;
import io.junction.web.order.OrderQueries;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("browser")
class OrderListBrowserTest extends BrowserTest {

    @Autowired
    OrderQueries queries;

    @Test
    void aClerkSeesTheOrdersToReviewWithTheCountOfEveryTab() {
        // given
        List<Long> placed = demo.placeAndSync(3);

        // when
        signIn("clerk");
        open("/orders?status=PENDING_AUDIT&size=500");

        // then
        Map<OrderStatus, OrderList.Count> counts = queries.counts(OrderFilter.ALL);
        assertThat(tabCount("PENDING_AUDIT"))
                .isEqualTo(counts.get(OrderStatus.PENDING_AUDIT).value())
                .isGreaterThanOrEqualTo(3);
        assertThat(tabCount("PENDING_ALLOCATION"))
                .isEqualTo(counts.get(OrderStatus.PENDING_ALLOCATION).value());
        assertThat(tabCount("SHIPPED"))
                .isEqualTo(counts.get(OrderStatus.SHIPPED).value());
        assertThat(driver.findElement(By.cssSelector("a.tab[data-tab='PENDING_TRACKING']"))
                        .getText()
                        .replaceAll("\\s+", " "))
                .startsWith("Tracking");
        for (long id : placed) {
            WebElement row = driver.findElement(orderRow(id));
            assertThat(row.getText())
                    .contains(demo.platformOrderId(id))
                    .contains("To review")
                    .contains("Amazon");
            assertThat(row.findElement(By.cssSelector(".status")).getAttribute("data-status"))
                    .isEqualTo("PENDING_AUDIT");
        }
        // the tab's own steps first; the marks, the method change and the customs data follow them on every tab
        assertThat(driver.findElements(By.cssSelector(
                        "#order-toolbar button[data-action]:not(.mark):not(#set-method):not(#set-customs)")))
                .extracting(WebElement::getText)
                .containsExactly("Approve", "Hold", "Cancel");
        screenshot("orders");
    }

    @Test
    void approvingSelectedOrdersReportsEachAndMovesThemToAllocation() {
        // given
        List<Long> placed = demo.placeAndSync(2);
        signIn("clerk");
        open("/orders?status=PENDING_AUDIT&size=500");
        long before = tabCount("PENDING_ALLOCATION");

        // when
        placed.forEach(id -> driver.findElement(orderRow(id))
                .findElement(By.cssSelector(".row-select"))
                .click());
        assertThat(driver.findElement(By.id("selection-count")).getText()).isEqualTo("2 selected");
        driver.findElement(By.cssSelector("button[data-action='audit']")).click();

        // then
        WebElement result = visible(By.id("action-result"));
        assertThat(result.getText()).contains("Approve").contains("2 succeeded").doesNotContain("failed");
        for (long id : placed) {
            assertThat(present(driver, orderRow(id)))
                    .as("order %d left the To review tab", id)
                    .isFalse();
        }
        assertThat(tabCount("PENDING_ALLOCATION")).isEqualTo(before + 2);

        // when
        driver.findElement(By.cssSelector("a.tab[data-tab='PENDING_ALLOCATION']"))
                .click();

        // then
        for (long id : placed) {
            assertThat(visible(orderRow(id))
                            .findElement(By.cssSelector(".status"))
                            .getAttribute("data-status"))
                    .isEqualTo("PENDING_ALLOCATION");
        }

        // when: the detail of one of them
        driver.findElement(orderRow(placed.get(0)))
                .findElement(By.linkText(demo.platformOrderId(placed.get(0))))
                .click();

        // then
        assertThat(visible(By.id("order-status")).getAttribute("data-status")).isEqualTo("PENDING_ALLOCATION");
        assertThat(driver.findElement(By.id("order-status")).getText()).isEqualTo("To allocate");
        assertThat(driver.findElement(By.id("history")).getText())
                .contains("clerk")
                .contains("To review → To allocate")
                .contains("reviewed");
        assertThat(driver.findElement(By.id("lines")).getText()).contains("JN-");
        assertThat(driver.findElement(By.id("ship-to")).getText()).isNotBlank();
        screenshot("order-detail");
    }

    @Test
    void anOrderThatMovedMeanwhileFailsWithItsReasonWhileTheOthersSucceed() {
        // given: the page is open with both orders, then someone else approves one of them
        List<Long> placed = demo.placeAndSync(2);
        long theirs = placed.get(0);
        long mine = placed.get(1);
        signIn("clerk");
        open("/orders?status=PENDING_AUDIT&size=500");
        placed.forEach(id -> driver.findElement(orderRow(id))
                .findElement(By.cssSelector(".row-select"))
                .click());
        demo.apply(OrderAction.AUDIT, List.of(theirs));

        // when
        driver.findElement(By.cssSelector("button[data-action='audit']")).click();

        // then
        WebElement result = visible(By.id("action-result"));
        assertThat(result.getText()).contains("1 succeeded").contains("1 failed");
        WebElement failure = result.findElement(By.cssSelector(".failure[data-order-id='" + theirs + "']"));
        assertThat(failure.getText())
                .contains(demo.platformOrderId(theirs))
                .contains("The order is “To allocate”, not “To review”");
        assertThat(result.findElements(By.cssSelector(".failure[data-order-id='" + mine + "']")))
                .isEmpty();
        assertThat(present(driver, orderRow(mine))).isFalse();
    }

    @Test
    void allocatingAnOrderWithAnUnknownSkuFailsWithTheReasonAndStaysSelected() {
        // given
        long unpaired = demo.placeUnpairedAndSync("JN-GHOST-404");
        long fine = demo.placeAndSync(1).get(0);
        demo.apply(OrderAction.AUDIT, List.of(unpaired, fine));
        signIn("clerk");
        open("/orders?status=PENDING_ALLOCATION&size=500");

        // when
        List.of(unpaired, fine)
                .forEach(id -> driver.findElement(orderRow(id))
                        .findElement(By.cssSelector(".row-select"))
                        .click());
        driver.findElement(By.cssSelector("button[data-action='allocate']")).click();

        // then
        WebElement result = visible(By.id("action-result"));
        assertThat(result.getText())
                .contains("Allocate")
                .contains("1 succeeded")
                .contains("1 failed")
                .contains("SKU JN-GHOST-404 is not paired with a warehouse SKU");
        WebElement row = driver.findElement(orderRow(unpaired));
        assertThat(row.getAttribute("class")).contains("row-failed");
        assertThat(row.findElement(By.cssSelector(".row-select")).isSelected()).isTrue();
        assertThat(present(driver, orderRow(fine))).isFalse();
        assertThat(driver.findElement(By.id("selection-count")).getText()).isEqualTo("1 selected");
    }

    @Test
    void anActionWithNothingSelectedChangesNothingAndSaysSo() {
        // given
        demo.placeAndSync(1);
        signIn("clerk");
        open("/orders?status=PENDING_AUDIT");

        // then: the actions wait for a selection
        WebElement approve = driver.findElement(By.cssSelector("button[data-action='audit']"));
        assertThat(approve.isEnabled()).isFalse();

        // when: select all, then clear the selection again
        driver.findElement(By.id("select-all")).click();
        assertThat(approve.isEnabled()).isTrue();
        assertThat(driver.findElement(By.id("selection-count")).getText()).doesNotStartWith("0 ");
        driver.findElement(By.id("select-all")).click();

        // then
        assertThat(approve.isEnabled()).isFalse();
        assertThat(driver.findElement(By.id("selection-count")).getText()).isEqualTo("0 selected");
    }

    @Test
    void printLabelsOpensOnePdfOfTheSelectedOrdersInANewTab() throws Exception {
        // given: an order with its tracking number, waiting in To print
        long orderId = demo.placeAndSync(1).get(0);
        for (OrderAction step : List.of(OrderAction.AUDIT, OrderAction.ALLOCATE, OrderAction.REQUEST_TRACKING)) {
            demo.apply(step, List.of(orderId));
        }
        signIn("clerk");
        open("/orders?status=PENDING_PRINT&size=500");
        String listWindow = driver.getWindowHandle();

        // when
        driver.findElement(orderRow(orderId))
                .findElement(By.cssSelector(".row-select"))
                .click();
        driver.findElement(By.id("print-labels")).click();

        // then: a new tab on the labels, printed through a POST that records the print of exactly that order
        await().until(d -> d.getWindowHandles().size() == 2);
        String labelsWindow = driver.getWindowHandles().stream()
                .filter(h -> !h.equals(listWindow))
                .findFirst()
                .orElseThrow();
        driver.switchTo().window(labelsWindow);
        await().until(d -> d.getCurrentUrl().contains("/orders/labels.pdf"));
        assertThat(driver.getCurrentUrl()).endsWith("/orders/labels.pdf");
        await().until(d -> demo.detail(orderId).packages().get(0).printCount() == 1);

        // and the same labels by GET are a PDF preview that records nothing
        HttpResponse<byte[]> pdf = fetchWithSession(url("/orders/labels.pdf?orderIds=" + orderId));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(demo.detail(orderId).packages().get(0).printCount()).isEqualTo(1);
    }

    @Test
    void labelsOfAnOrderWithoutTrackingAreRefusedWithTheReason() {
        // given
        long orderId = demo.placeAndSync(1).get(0);
        signIn("clerk");

        // when
        open("/orders/labels.pdf?orderIds=" + orderId);

        // then
        assertThat(visible(By.id("label-problems")).getText())
                .contains("order " + orderId + ": is “To review”, it has no tracking number yet");
    }

    @Test
    void onA360By640ScreenInChineseTheOrderListDoesNotScrollSideways() {
        // given: orders to review, and a handheld asking for Chinese
        demo.placeAndSync(2);
        restartBrowser("zh-CN,zh");
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 640, "deviceScaleFactor", 2, "mobile", true));
        signIn("clerk");

        // when
        open("/orders?status=PENDING_AUDIT");

        // then: the page itself never scrolls sideways (the table may, inside its own box)
        screenshot("orders-360-zh");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).startsWith("zh");
        // (the layout viewport's width: a mobile browser widens window.innerWidth to content that sticks out)
        List<?> widths = (List<?>) driver.executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        assertThat(((Number) widths.get(0)).intValue())
                .as("page width %s within the screen's %s", widths.get(0), widths.get(1))
                .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
        assertThat(
                        (Boolean)
                                driver.executeScript(
                                        "var r = document.getElementById('orders-table')"
                                                + ".getBoundingClientRect(); return r.width > 0 && r.top < document.documentElement.clientHeight;"))
                .as("the orders start on the first screen")
                .isTrue();
    }

    private long tabCount(String tab) {
        return Long.parseLong(driver.findElement(By.cssSelector("a.tab[data-tab='" + tab + "'] .count"))
                .getText()
                .trim());
    }
}
