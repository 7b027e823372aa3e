package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderList;
import io.junction.order.OrderMapper;
import io.junction.order.OrderRowWriter;
import io.junction.order.OrderStatus;
import io.junction.web.PaidOrders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "All N matching" when more orders match than the list counts: the offer says "more than 10,000". */
@Tag("browser")
class CountCapBrowserTest extends BrowserTest {

    @Autowired
    OrderMapper orders;

    @Autowired
    JdbcTemplate jdbc;

    /** The orders this test wrote: the application and its database are shared with the other browser tests. */
    final List<Long> written = new ArrayList<>();

    @Test
    void pastTheCountCapTheOfferToSelectAllMatchingSaysMoreThanTenThousandInEnglishAndChinese() {
        // given more orders to review in the demo shop than the list counts
        long shopId = orders.findById(demo.placeAndSync(1).get(0)).shopId();
        OrderRowWriter writer = new OrderRowWriter(jdbc);
        for (int from = 0; from < OrderList.COUNT_CAP + 10; from += 500) {
            List<OrderRowWriter.NewOrder> batch = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                batch.add(new OrderRowWriter.NewOrder(
                        PaidOrders.ofLamps("JN-LAMP-004", 1, "9.99"), OrderStatus.PENDING_AUDIT, null));
            }
            written.addAll(writer.insertOrders(shopId, "AMAZON", batch, Instant.now()));
        }
        String list = "/orders?status=PENDING_AUDIT&shopId=" + shopId + "&size=50";

        // when a clerk ticks the whole page, then all matching, in English
        signIn("clerk");
        open(list);
        driver.findElement(By.id("select-all")).click();
        String offer = visible(By.id("select-all-matching")).getText();
        driver.findElement(By.id("select-all-matching")).click();
        String chosen = visible(By.cssSelector("#select-matching .all-chosen")).getText();
        String count = driver.findElement(By.id("selection-count")).getText();
        screenshot("orders-all-matching-capped");
        // and in Chinese
        restartBrowser("zh-CN");
        signIn("clerk");
        open(list);
        driver.findElement(By.id("select-all")).click();
        String chineseOffer = visible(By.id("select-all-matching")).getText();

        // then
        assertThat(offer).isEqualTo("Select all 10,000+ matching orders");
        assertThat(chosen).startsWith("All 10,000+ matching orders are selected");
        assertThat(count).isEqualTo("10,000+ selected");
        assertThat(chineseOffer).isEqualTo("选择全部 10,000+ 条符合条件的订单");
    }

    @AfterEach
    void removeTheWrittenOrders() {
        for (int from = 0; from < written.size(); from += 1000) {
            List<Long> batch = written.subList(from, Math.min(written.size(), from + 1000));
            jdbc.update("DELETE FROM oms_order WHERE id IN ("
                    + String.join(",", batch.stream().map(String::valueOf).toList()) + ")");
        }
        written.clear();
    }
}
