package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.amazon.simulator.AmazonSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("browser")
class ShopsPageBrowserTest extends BrowserTest {

    @Autowired
    AmazonSimulator amazon;

    @Test
    void anAdminAddsAShopAndSeesItsSyncHealthAfterSyncNow() {
        // given orders on the marketplace from yesterday
        amazon.placeOrders(2, Instant.now().minus(Duration.ofDays(1)));
        String name = "Browser shop " + System.nanoTime();
        signIn("admin");
        open("/shops");

        // when the admin adds a shop on the marketplace
        choosePlatform("AMAZON");
        type("name", name);
        type("endpoint", amazon.baseUrl());
        type("authEndpoint", amazon.tokenUrl());
        type("marketplaceIds", amazon.marketplaceId());
        for (Map.Entry<String, String> credential : amazon.credentials().entrySet()) {
            type("credential-" + credential.getKey(), credential.getValue());
        }
        driver.findElement(By.id("add-shop-submit")).click();

        // then it is listed, not yet synced, and the form shows no credential
        By row = shopRow(name);
        visible(row);
        assertThat(driver.findElement(row)
                        .findElement(By.cssSelector(".watermark"))
                        .getText())
                .isEqualTo("never synced");
        assertThat(driver.findElement(By.id("notice")).getText()).startsWith("Shop added");
        assertThat(driver.findElements(By.cssSelector("#add-shop-form input[type=password]")))
                .hasSize(3)
                .allSatisfy(field -> assertThat(field.getAttribute("value")).isEmpty());

        // when the admin syncs it now
        driver.findElement(row).findElement(By.cssSelector("button.sync-now")).click();

        // then the page says what the run did and shows the shop's sync health
        WebElement result = visible(By.id("sync-result"));
        assertThat(result.getText()).contains("Sync of " + name).contains("new");
        assertThat(result.getAttribute("class")).contains("result-ok");
        WebElement synced = driver.findElement(row);
        assertThat(synced.findElement(By.cssSelector(".watermark")).getText())
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(synced.findElement(By.cssSelector(".last-success")).getText())
                .matches("\\d{4}-\\d{2}-\\d{2} .*");
        assertThat(synced.findElement(By.cssSelector(".lag")).getText()).matches("\\d+ (s|min)");
        assertThat(synced.findElement(By.cssSelector(".last-error")).getText()).isEqualTo("—");
        assertThat(Long.parseLong(
                        synced.findElement(By.cssSelector(".orders-seen")).getText()))
                .isGreaterThanOrEqualTo(2);
        assertThat(synced.findElement(By.cssSelector(".enabled")).getText()).isEqualTo("yes");
        screenshot("shops");
    }

    @Test
    void aRefusedShopIsExplainedAndNothingIsAdded() {
        // given
        signIn("admin");
        open("/shops");
        int rows = driver.findElements(By.cssSelector("#shops-table tr[data-shop-id]"))
                .size();

        // when the endpoint is not a URL and the credentials are left out
        choosePlatform("AMAZON");
        type("name", "Refused " + System.nanoTime());
        type("endpoint", "sellingpartnerapi");
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById('add-shop-form').noValidate = true");
        driver.findElement(By.id("add-shop-submit")).click();

        // then every reason is shown and no shop was added
        WebElement problems = visible(By.id("form-problems"));
        assertThat(problems.getText())
                .contains("endpoint must be an absolute http(s) URL")
                .contains("credentials lack clientId, clientSecret, refreshToken");
        assertThat(driver.findElements(By.cssSelector("#shops-table tr[data-shop-id]")))
                .hasSize(rows);
    }

    @Test
    void aClerkSeesSyncHealthAndSyncNowButNoShopControls() {
        // when
        signIn("clerk");
        open("/shops");

        // then
        visible(By.id("shops-table"));
        assertThat(driver.findElement(By.cssSelector("nav.mainnav a.active")).getText())
                .isEqualTo("Shops");
        assertThat(present(driver, By.cssSelector("#shops-table button.sync-now")))
                .isTrue();
        assertThat(present(driver, By.id("add-shop"))).isFalse();
        assertThat(present(driver, By.cssSelector("#shops-table .disable, #shops-table .edit")))
                .isFalse();
        List<WebElement> links = driver.findElements(By.id("quarantine-link"));
        assertThat(links).hasSize(1);
    }

    @Test
    void theQuarantineShowsAMalformedOrderWithItsRawPayload() {
        // given a malformed order the demo shop kept aside
        String malformed = amazon.placeMalformedOrder(Instant.now().minus(Duration.ofMinutes(10)));
        demo.placeAndSync(1);

        // when
        signIn("clerk");
        open("/quarantine");

        // then
        WebElement table = visible(By.id("quarantine-table"));
        assertThat(table.getText()).contains(malformed).contains("Demo Amazon US");
        WebElement row = table.findElements(By.cssSelector("tr[data-quarantine-id]")).stream()
                .filter(r -> r.getText().contains(malformed))
                .findFirst()
                .orElseThrow();
        row.findElement(By.tagName("summary")).click();
        assertThat(row.findElement(By.tagName("pre")).getText()).contains(malformed);
    }

    @Test
    void aClerkRetriesAFixedOrderFromTheQuarantineAndDismissesAnother() {
        // given two malformed orders kept aside, one of which the seller then fixes on Amazon
        String fixedLater = amazon.placeMalformedOrder(Instant.now().minus(Duration.ofMinutes(10)));
        String testOrder = amazon.placeMalformedOrder(Instant.now().minus(Duration.ofMinutes(10)));
        demo.placeAndSync(1);
        amazon.repairOrder(fixedLater);
        signIn("clerk");
        open("/quarantine");

        // when the clerk ticks the fixed one and retries it
        quarantineRow(fixedLater)
                .findElement(By.cssSelector("input[type=checkbox]"))
                .click();
        driver.findElement(By.id("retry-selected")).click();

        // then the page says it became an order, and it left the open tab
        WebElement result = visible(By.id("quarantine-result"));
        assertThat(result.getText()).contains("Resolved").contains("read again from Amazon by clerk");
        assertThat(visible(By.id("quarantine-table")).getText())
                .doesNotContain(fixedLater)
                .contains(testOrder);

        // when the clerk dismisses the other one with a reason
        WebElement other = quarantineRow(testOrder);
        other.findElement(By.name("note")).sendKeys("a test order the seller placed");
        other.findElement(By.cssSelector(".dismiss-form button")).click();

        // then it is listed under the dismissed tab with the reason and who settled it
        visible(By.id("quarantine-result"));
        driver.findElement(By.cssSelector("#quarantine-tabs a[data-tab=DISMISSED]"))
                .click();
        WebElement dismissed = quarantineRow(testOrder);
        assertThat(dismissed.findElement(By.cssSelector(".outcome")).getText())
                .contains("a test order the seller placed")
                .contains("clerk");
    }

    private WebElement quarantineRow(String platformOrderId) {
        WebElement table = visible(By.id("quarantine-table"));
        return table.findElements(By.cssSelector("tr[data-quarantine-id]")).stream()
                .filter(r -> r.getText().contains(platformOrderId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(platformOrderId + " is not listed: " + table.getText()));
    }

    /** Picks the platform; its credential fields replace the others. */
    private void choosePlatform(String platform) {
        new Select(driver.findElement(By.id("platform"))).selectByValue(platform);
        visible(By.id("credential-" + amazon.credentials().keySet().iterator().next()));
    }

    private void type(String id, String text) {
        WebElement field = await().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private static By shopRow(String name) {
        return By.cssSelector("#shops-table tr[data-shop-name='" + name + "']");
    }
}
