package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.amazon.simulator.AmazonSimulator;
import io.junction.order.OrderMapper;
import io.junction.web.ApiClient;
import io.junction.web.order.ManualOrderSheets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A clerk enters an order taken by phone on the form, imports a sheet of them (a bad row refuses the whole sheet),
 * and edits a package line's customs data on the order page.
 */
@Tag("browser")
class ManualOrderBrowserTest extends BrowserTest {

    @Autowired
    AmazonSimulator amazon;

    @Autowired
    OrderMapper orders;

    ApiClient admin;
    long manualShop;

    @BeforeEach
    void aManualShop() {
        admin = ApiClient.admin(port);
        manualShop = ManualOrderSheets.manualShop(admin, admin.demoAmazonShop(amazon.baseUrl()));
    }

    @Test
    void aClerkEntersAnOrderOnTheFormAfterBeingToldWhatIsMissing() {
        // given
        String number = "TEL-" + UUID.randomUUID().toString().substring(0, 8);
        signIn("clerk");
        open("/orders");
        visible(By.id("new-manual-order")).click();
        WebElement form = visible(By.id("manual-order-form"));
        new Select(form.findElement(By.id("manual-shop"))).selectByValue(String.valueOf(manualShop));
        type(form, "orderNumber", number);
        type(form, "shipTo.name", "Ada Lovelace");
        type(form, "shipTo.line1", "1 Main St");
        type(form, "shipTo.city", "Springfield");
        form.findElements(By.name("sku")).get(0).sendKeys("JN-MUG-001");
        form.findElements(By.name("quantity")).get(0).sendKeys("2");

        // when the country is left out
        form.findElement(By.id("manual-order-submit")).click();

        // then the form says so beside what was typed, and nothing is created
        WebElement problems = visible(By.id("form-problems"));
        assertThat(problems.findElement(By.cssSelector("li")).getAttribute("data-field"))
                .isEqualTo("countryCode");
        assertThat(driver.findElement(By.name("orderNumber")).getAttribute("value"))
                .isEqualTo(number);
        assertThat(orders.findByPlatformId(manualShop, number)).isNull();
        screenshot("manual-order-refused");

        // when completed
        type(driver.findElement(By.id("manual-order-form")), "shipTo.countryCode", "US");
        driver.findElement(By.id("manual-order-submit")).click();

        // then the new order's page shows it waiting for review
        assertThat(visible(By.id("order-status")).getAttribute("data-status")).isEqualTo("PENDING_AUDIT");
        assertThat(driver.findElement(By.cssSelector(".detail-head h1")).getText())
                .isEqualTo(number);
        assertThat(orders.findByPlatformId(manualShop, number)).isNotNull();
    }

    @Test
    void aSheetWithABadRowIsRefusedWholeThenTheCorrectedSheetCreatesItsOrders() throws IOException {
        // given a sheet whose second order's row names no SKU
        String first = "XL-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "XL-" + UUID.randomUUID().toString().substring(0, 8);
        Path bad = file(List.of(
                ManualOrderSheets.row(first, "JN-MUG-001", "1", "US"), ManualOrderSheets.row(second, "", "1", "US")));
        signIn("clerk");
        open("/orders");
        visible(By.id("import-manual-orders")).click();
        assertThat(visible(By.id("manual-order-template")).getAttribute("href"))
                .endsWith("/api/v1/orders/import/template.xlsx");

        // when
        upload(bad);

        // then row 3 is named and nothing is created
        WebElement errors = visible(By.id("manual-import-errors"));
        assertThat(errors.findElements(By.cssSelector("tbody tr")))
                .extracting(r -> r.getAttribute("data-row") + " " + r.getAttribute("data-column"))
                .containsExactly("3 sku");
        assertThat(orders.findByPlatformId(manualShop, first)).isNull();
        screenshot("manual-import-refused");

        // when the corrected sheet is imported
        upload(file(List.of(
                ManualOrderSheets.row(first, "JN-MUG-001", "1", "US"),
                ManualOrderSheets.row(second, "JN-MUG-001", "1", "US"))));

        // then both orders exist, linked from the page
        assertThat(visible(By.id("manual-import-created")).getAttribute("data-created"))
                .isEqualTo("2");
        assertThat(driver.findElements(By.cssSelector("#manual-import-orders a")))
                .extracting(WebElement::getText)
                .containsExactly(first, second);
        assertThat(orders.findByPlatformId(manualShop, second)).isNotNull();
    }

    @Test
    void aClerkEditsOnePackageLinesCustomsOnTheOrderPage() {
        // given an allocated order entered by hand
        long id = allocatedOrder();
        long lineId = admin.ok(admin.get("/api/v1/orders/" + id + "/customs"))
                .get(0)
                .get("packageLineId")
                .asLong();

        // when the clerk sets its HS code and Chinese name and saves the line
        signIn("clerk");
        open("/orders/" + id);
        WebElement row = visible(By.cssSelector("#customs tr[data-line-id='" + lineId + "']"));
        type(row, "hsCode", "691200");
        type(row, "nameCn", "陶瓷杯");
        row.findElement(By.cssSelector("button.save-customs")).click();

        // then the page says it is saved and the line declares it
        assertThat(visible(By.id("customs-result")).getText()).isNotBlank();
        assertThat(driver.findElement(By.cssSelector("#customs tr[data-line-id='" + lineId + "'] input[name='hsCode']"))
                        .getAttribute("value"))
                .isEqualTo("691200");
        JsonNode saved =
                admin.ok(admin.get("/api/v1/orders/" + id + "/customs")).get(0);
        assertThat(saved.get("hsCode").asString()).isEqualTo("691200");
        assertThat(saved.get("nameCn").asString()).isEqualTo("陶瓷杯");
        screenshot("order-customs");
    }

    @Test
    void aClerkSetsCustomsOnTheSelectedOrdersAndSeesTheOneWithARequestedParcelRefused() {
        // given two allocated orders, the second with its parcel requested
        long open = allocatedOrder();
        long requested = allocatedOrder();
        admin.ok(admin.post("/api/v1/orders/actions/request-tracking", "{\"orderIds\":[" + requested + "]}"));
        String before =
                admin.ok(admin.get("/api/v1/orders/" + requested + "/customs")).toString();

        // when the clerk ticks both on the list and sets an HS code on every line
        signIn("clerk");
        open("/orders?status=ALL&shopId=" + manualShop);
        visible(orderRow(open)).findElement(By.cssSelector("input.row-select")).click();
        driver.findElement(orderRow(requested))
                .findElement(By.cssSelector("input.row-select"))
                .click();
        driver.findElement(By.cssSelector("#bulk-customs > summary")).click();
        visible(By.id("customs-hs-code")).sendKeys("691200");
        driver.findElement(By.id("set-customs")).click();

        // then the first order's lines declare it, and the second is listed as refused with its reason
        WebElement result = visible(By.id("action-result"));
        WebElement refused = result.findElement(By.cssSelector(".failures li[data-order-id='" + requested + "']"));
        assertThat(refused.getText()).isNotBlank();
        assertThat(result.findElements(By.cssSelector(".failures li"))).hasSize(1);
        screenshot("orders-bulk-customs");
        assertThat(admin.ok(admin.get("/api/v1/orders/" + open + "/customs")))
                .allSatisfy(l -> assertThat(l.get("hsCode").asString()).isEqualTo("691200"));
        assertThat(admin.ok(admin.get("/api/v1/orders/" + requested + "/customs"))
                        .toString())
                .isEqualTo(before);
    }

    private long allocatedOrder() {
        long id = admin.ok(admin.post(
                        "/api/v1/orders",
                        "{\"shopId\":" + manualShop + ",\"shipTo\":{\"name\":\"Ada\",\"line1\":\"1 Main St\","
                                + "\"city\":\"Springfield\",\"postalCode\":\"62701\",\"countryCode\":\"US\"},"
                                + "\"currency\":\"USD\",\"lines\":[{\"sku\":\"JN-MUG-001\",\"quantity\":1}]}"))
                .get("order")
                .get("id")
                .asLong();
        for (String action : List.of("audit", "allocate")) {
            admin.ok(admin.post("/api/v1/orders/actions/" + action, "{\"orderIds\":[" + id + "]}"));
        }
        return id;
    }

    private void upload(Path sheet) {
        WebElement form = visible(By.id("manual-order-import"));
        new Select(form.findElement(By.id("import-shop"))).selectByValue(String.valueOf(manualShop));
        form.findElement(By.id("import-file")).sendKeys(sheet.toString());
        form.findElement(By.id("import-submit")).click();
        await().until(ExpectedConditions.stalenessOf(form));
    }

    private static void type(WebElement within, String name, String text) {
        WebElement input = within.findElement(By.name(name));
        input.clear();
        input.sendKeys(text);
    }

    private static Path file(List<List<String>> rows) throws IOException {
        Path file = Files.createTempFile("junction-orders-", ".xlsx");
        file.toFile().deleteOnExit();
        Files.write(file, ManualOrderSheets.sheet(rows));
        return file;
    }
}
