package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderList;
import io.junction.order.OrderMapper;
import io.junction.web.WrittenOrders;
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
    WrittenOrders written;

    @Test
    void pastTheCountCapTheOfferToSelectAllMatchingSaysMoreThanTenThousandInEnglishAndChinese() {
        // given more orders to review in the demo shop than the list counts
        long shopId = orders.findById(demo.placeAndSync(1).get(0)).shopId();
        written = new WrittenOrders(jdbc);
        written.waitingForReview(shopId, "JN-LAMP-004", OrderList.COUNT_CAP + 500);
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
        if (written != null) {
            written.removeAll();
        }
    }
}
