package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.jd.simulator.JdSimulator;
import io.junction.order.OrderMapper;
import io.junction.shop.Shop;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin adds a clerk limited to one shop on the Users page; the clerk then sees only that shop's orders. */
@Tag("browser")
class ShopGrantBrowserTest extends BrowserTest {

    private static final String PASSWORD = "granted-password";

    @Autowired
    JdSimulator jd;

    @Autowired
    OrderMapper orders;

    @Test
    void aClerkLimitedToOneShopSeesOnlyThatShopsOrders() {
        // given an order waiting for review in the demo JD shop and one in the demo Amazon shop
        Shop jdShop = demo.demoShop("JD", jd.baseUrl());
        long jdOrder = demo.placeAndSync(jdShop, at -> jd.placeOrders(1, at)).get(0);
        long amazonOrder = demo.placeAndSync(1).get(0);

        // when the admin adds a clerk who may work on the JD shop only
        String clerk = "jd-clerk-" + UUID.randomUUID().toString().substring(0, 8);
        signIn("admin");
        driver.findElement(By.id("nav-users")).click();
        visible(By.id("add-user-form"));
        driver.findElement(By.id("username")).sendKeys(clerk);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        new Select(driver.findElement(By.id("role"))).selectByValue("CLERK");
        driver.findElement(By.cssSelector("input[name='shopId'][value='" + jdShop.id() + "']"))
                .click();
        driver.findElement(By.id("save-user")).click();

        // then the clerk is listed with that shop only
        visible(By.id("user-added"));
        WebElement row = driver.findElement(By.cssSelector("#users-table tr[data-username='" + clerk + "']"));
        assertThat(row.findElements(By.cssSelector(".user-shop")).stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly(jdShop.name());
        screenshot("users-page");

        // when the clerk signs in and opens the orders to review
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(clerk);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("sign-in")).click();
        await().until(d -> !d.getCurrentUrl().contains("/login"));
        open("/orders?status=PENDING_AUDIT&size=500");
        visible(By.id("orders-table"));

        // then the JD order is there and the Amazon order is not, not even by its address
        assertThat(present(driver, orderRow(jdOrder))).isTrue();
        assertThat(present(driver, orderRow(amazonOrder))).isFalse();
        List<Long> shopsShown = driver.findElements(By.cssSelector("#orders-table tbody tr[data-order-id]")).stream()
                .map(r -> orders.findById(Long.parseLong(r.getAttribute("data-order-id")))
                        .shopId())
                .distinct()
                .toList();
        assertThat(shopsShown).containsExactly(jdShop.id());
        assertThat(present(driver, By.id("nav-users"))).isFalse();
        open("/orders/" + amazonOrder);
        assertThat(present(driver, By.id("orders-table"))).isFalse();
        String notFound = "The order or shop you asked for was not found";
        assertThat(driver.getPageSource())
                .contains(notFound)
                .doesNotContain(orders.findById(amazonOrder).platformOrderId());
        open("/orders/" + jdOrder);
        assertThat(driver.getPageSource())
                .doesNotContain(notFound)
                .contains(orders.findById(jdOrder).platformOrderId());
    }
}
