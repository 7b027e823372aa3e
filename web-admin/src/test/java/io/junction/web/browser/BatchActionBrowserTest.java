package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderBatchMapper;
import io.junction.order.OrderMapper;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("browser")
class BatchActionBrowserTest extends BrowserTest {

    @Autowired
    OrderBatchMapper batchOrders;

    @Autowired
    OrderMapper orders;

    @Test
    void aClerkTagsAllMatchingOrdersAcrossPagesAndWatchesTheProgressBarUntilEachOrdersResult() {
        // given more orders to review than a page shows, and than an action answers at once
        List<Long> placed = demo.placeAndSync(230);
        signIn("clerk");
        open("/orders?status=PENDING_AUDIT&size=50");
        String tag = "all-" + UUID.randomUUID().toString().substring(0, 6);

        // when the clerk ticks the whole page, then all matching orders
        driver.findElement(By.id("select-all")).click();
        WebElement offer = visible(By.id("select-all-matching"));
        assertThat(driver.findElement(By.id("select-matching")).getText()).contains("All 50 orders on this page");
        offer.click();
        assertThat(visible(By.cssSelector("#select-matching .all-chosen")).getText())
                .contains("matching orders are selected");
        int total =
                Integer.parseInt(driver.findElement(By.id("select-matching")).getAttribute("data-total"));
        assertThat(total).isGreaterThanOrEqualTo(230);
        assertThat(driver.findElement(By.id("selection-count")).getText()).isEqualTo(total + " selected");

        // and tags them
        driver.findElement(By.cssSelector("button[data-action='add-tags']")).click();
        Alert prompt = await().until(ExpectedConditions.alertIsPresent());
        prompt.sendKeys(tag);
        prompt.accept();

        // then a progress bar stands for the background job, and the per-order result replaces it at the end
        WebElement bar = visible(By.id("job-bar"));
        assertThat(bar.getAttribute("max")).isEqualTo(String.valueOf(total));
        screenshot("orders-progress");
        WebElement result = new WebDriverWait(driver, Duration.ofSeconds(90))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("action-result")));
        assertThat(result.getText()).contains("Add tags").contains(total + " succeeded");
        assertThat(present(driver, By.id("job-progress"))).isFalse();
        placed.forEach(id -> assertThat(batchOrders.tags(id)).contains(tag));
        screenshot("orders-progress-done");
    }

    @Test
    void aClerkSetsTheLogisticsMethodOfSelectedOrders() {
        // given
        long id = demo.placeAndSync(1).get(0);
        signIn("clerk");
        open("/orders?status=PENDING_AUDIT&size=500");
        Select methods = new Select(visible(By.id("method-choice")));
        Long before = orders.findById(id).logisticsMethodId();
        WebElement chosen = methods.getOptions().stream()
                .filter(o -> !o.getAttribute("value").equals(String.valueOf(before)))
                .findFirst()
                .orElseThrow();
        long methodId = Long.parseLong(chosen.getAttribute("value"));

        // when
        methods.selectByValue(String.valueOf(methodId));
        driver.findElement(orderRow(id))
                .findElement(By.cssSelector(".row-select"))
                .click();
        driver.findElement(By.id("set-method")).click();

        // then
        assertThat(visible(By.id("action-result")).getText())
                .contains("Set logistics method")
                .contains("1 succeeded");
        assertThat(orders.findById(id).logisticsMethodId()).isEqualTo(methodId);
        assertThat(orders.history(id)).anySatisfy(h -> assertThat(h.reason()).startsWith("logistics method set to"));
    }
}
