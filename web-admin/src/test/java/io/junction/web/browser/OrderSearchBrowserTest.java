package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Finding orders on the list page: free-text search and the filter bar, kept in the page's URL. */
@Tag("browser")
class OrderSearchBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClerkFindsAnOrderByItsNumberAndTheTabCountsFollowTheSearch() {
        // given
        List<Long> placed = demo.placeAndSync(3);
        long wanted = placed.get(1);
        String number = demo.platformOrderId(wanted);
        signIn("clerk");
        open("/orders?status=PENDING_AUDIT");

        // when
        driver.findElement(By.id("filter-q")).sendKeys(number);
        driver.findElement(By.id("filter-apply")).click();

        // then
        visible(By.id("filter-clear"));
        assertThat(URI.create(driver.getCurrentUrl()).getQuery()).contains("q=" + number);
        assertThat(driver.findElements(By.cssSelector("#orders-table tbody tr[data-order-id]")))
                .extracting(r -> r.getAttribute("data-order-id"))
                .containsExactly(String.valueOf(wanted));
        assertThat(count("PENDING_AUDIT")).isEqualTo("1");
        assertThat(count("SHIPPED")).isEqualTo("0");
        assertThat(driver.findElements(By.cssSelector("#order-form input.kept-filter[name='q']")))
                .extracting(e -> e.getAttribute("value"))
                .containsExactly(number);
        assertThat(driver.findElement(By.id("order-form")).getAttribute("data-filter"))
                .contains("\"q\":\"" + number + "\"", "\"status\":\"PENDING_AUDIT\"");

        // and the tab keeps the search
        driver.findElement(By.cssSelector("a.tab[data-tab='ALL']")).click();
        visible(By.cssSelector("a.tab.active[data-tab='ALL']"));
        assertThat(driver.findElements(By.cssSelector("#orders-table tbody tr[data-order-id]")))
                .extracting(r -> r.getAttribute("data-order-id"))
                .containsExactly(String.valueOf(wanted));
    }

    @Test
    void aClerkFiltersByCountryAndTagAndSeesNotesTagsAndUrgencyInTheRow() {
        // given one of three orders to Germany, urgent, tagged, with a seller's note
        List<Long> placed = demo.placeAndSync(3);
        long german = placed.get(0);
        jdbc.update(
                "UPDATE oms_order SET ship_country = 'DE', priority = 1, seller_note = 'Gift wrap, no invoice'"
                        + " WHERE id = ?",
                german);
        jdbc.update("INSERT INTO oms_order_tag (order_id, tag) VALUES (?, 'vip')", german);
        signIn("clerk");
        open("/orders?status=PENDING_AUDIT");

        // when
        driver.findElement(By.id("filter-country")).sendKeys("de");
        driver.findElement(By.id("filter-tag")).sendKeys("vip");
        new Select(driver.findElement(By.id("filter-sort"))).selectByValue("-createdAt");
        driver.findElement(By.id("filter-apply")).click();

        // then
        WebElement row = visible(orderRow(german));
        assertThat(URI.create(driver.getCurrentUrl()).getQuery()).contains("country=de", "tag=vip", "sort=-createdAt");
        assertThat(row.findElement(By.cssSelector(".tag")).getText()).isEqualTo("vip");
        assertThat(row.findElement(By.cssSelector(".urgent")).getText()).isEqualTo("Urgent");
        assertThat(row.findElement(By.cssSelector(".seller-note")).getText()).contains("Gift wrap, no invoice");
        assertThat(row.findElements(By.cssSelector("td.lines .line"))).isNotEmpty();
        assertThat(driver.findElements(orderRow(placed.get(1)))).isEmpty();
        assertThat(driver.findElements(orderRow(placed.get(2)))).isEmpty();
        assertThat(driver.findElement(By.id("filter-country")).getAttribute("value"))
                .isEqualTo("de");
        assertThat(new Select(driver.findElement(By.id("filter-sort")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("-createdAt");
    }

    @Test
    void theFilterBarFitsAHandheldScreen() {
        // given
        signIn("clerk");
        driver.manage().window().setSize(new Dimension(380, 800));

        // when
        open("/orders?status=PENDING_AUDIT");

        // then
        WebElement bar = visible(By.id("order-filter"));
        Number overflow = (Number) driver.executeScript(
                "const e = document.getElementById('order-filter'); return e.scrollWidth - e.clientWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        assertThat(bar.findElement(By.id("filter-apply")).isDisplayed()).isTrue();
        Number pageOverflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(pageOverflow.intValue()).isLessThanOrEqualTo(0);
    }

    @Test
    void aBadFilterValueIsNamedAboveTheUnfilteredList() {
        // given
        signIn("clerk");

        // when
        open("/orders?status=PENDING_AUDIT&createdFrom=yesterday");

        // then
        WebElement problem = visible(By.id("filter-problem"));
        assertThat(problem.getAttribute("data-field")).isEqualTo("createdFrom");
        assertThat(problem.getText()).contains("yesterday", "createdFrom");
        assertThat(driver.findElements(By.id("orders-table"))).hasSize(1);
    }

    private String count(String tab) {
        return driver.findElement(By.cssSelector("a.tab[data-tab='" + tab + "'] .count"))
                .getText()
                .trim();
    }
}
