package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.Order;
import io.junction.order.OrderEditService;
import io.junction.order.OrderMapper;
import io.junction.web.order.OrderAction;
import io.junction.web.order.OrderDetail;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A clerk splits an order into two packages, and merges two orders of one buyer into one, on the order page. */
@Tag("browser")
class SplitMergeBrowserTest extends BrowserTest {

    @Autowired
    OrderEditService edits;

    @Autowired
    OrderMapper orders;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClerkSplitsAnOrderOfTwoUnitsIntoTwoPackagesOnItsPage() {
        // given an allocated order of two units of one line
        long orderId = demo.placeAndSync(1).get(0);
        long lineId = orders.lines(orderId).get(0).id();
        edits.editQuantities(orderId, Map.of(lineId, 2), "tester");
        demo.apply(OrderAction.AUDIT, List.of(orderId));
        demo.apply(OrderAction.ALLOCATE, List.of(orderId));

        // when the clerk puts one unit of the first line in the first package and splits
        signIn("clerk");
        open("/orders/" + orderId);
        WebElement form = visible(By.id("split-order"));
        WebElement first = form.findElement(By.cssSelector("input[name='first'][data-line-id='" + lineId + "']"));
        first.clear();
        first.sendKeys("1");
        form.findElement(By.id("split-submit")).click();

        // then the page shows the two packages, and the order holds them
        await().until(d ->
                d.findElements(By.cssSelector("#packages .package-contents")).size() >= 3);
        assertThat(visible(By.id("edit-result")).getText()).isNotBlank();
        assertThat(demo.detail(orderId).packages().stream()
                        .filter(OrderDetail.Package::active)
                        .count())
                .isEqualTo(2);
    }

    @Test
    void aClerkMergesTwoOrdersOfOneBuyerAndUndoesIt() {
        // given two allocated orders of one buyer at one address
        List<Long> ids = demo.placeAndSync(2);
        Order a = orders.findById(ids.get(0));
        jdbc.update("UPDATE oms_order SET buyer_name = ? WHERE id = ?", a.buyerName(), ids.get(1));
        edits.editShipTo(ids.get(1), a.shipTo(), "tester");
        demo.apply(OrderAction.AUDIT, ids);
        demo.apply(OrderAction.ALLOCATE, ids);

        // when the clerk ticks the other order on the first one's page and merges
        signIn("clerk");
        open("/orders/" + ids.get(0));
        WebElement form = visible(By.id("merge-order"));
        form.findElement(By.cssSelector("input[name='orderIds'][data-order-id='" + ids.get(1) + "']"))
                .click();
        form.findElement(By.id("merge-submit")).click();

        // then both orders ship in one package
        visible(By.id("merged-order"));
        long shared = demo.detail(ids.get(0)).packages().stream()
                .filter(OrderDetail.Package::active)
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(demo.detail(ids.get(1)).packages().stream()
                        .filter(OrderDetail.Package::active)
                        .map(OrderDetail.Package::id))
                .containsExactly(shared);

        // when the clerk undoes it
        driver.findElement(By.id("merge-undo")).click();

        // then each order has a package of its own again
        await().until(d -> present(d, By.id("merge-order")));
        assertThat(demo.detail(ids.get(1)).packages().stream()
                        .filter(OrderDetail.Package::active)
                        .map(OrderDetail.Package::id))
                .doesNotContain(shared)
                .hasSize(1);
    }
}
