package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.sku.SkuCatalogue;
import io.junction.sku.SkuDraft;
import io.junction.web.sku.SkuSheets;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@Tag("browser")
class CatalogueBrowserTest extends BrowserTest {

    @Autowired
    SkuCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anImportWithABadRowShowsEveryBadRowAndImportsNothing() throws IOException {
        // given a sheet whose third row has no name
        String good = unique("BRW");
        String bad = unique("BRW");
        Path file = sheet(List.of(new String[] {good, "杯子"}, new String[] {bad, ""}));
        signIn("clerk");
        open("/skus");

        // when the clerk imports it from the SKUs page
        driver.findElement(By.id("import-skus")).click();
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.id("import-submit")).click();

        // then the page names the bad row and its column, and nothing was imported
        WebElement errors = visible(By.id("import-errors-table"));
        List<WebElement> rows = errors.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.getAttribute("data-row")).isEqualTo("3");
            assertThat(row.getAttribute("data-column")).isEqualTo("name");
            assertThat(row.getAttribute("class")).contains("row-failed");
        });
        assertThat(driver.findElements(By.id("import-done"))).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wms_sku WHERE sku = ?", Integer.class, good))
                .isZero();

        // when the fixed sheet is imported
        Path fixed = sheet(List.of(new String[] {good, "杯子"}, new String[] {bad, "盘子"}));
        driver.findElement(By.id("file")).sendKeys(fixed.toString());
        driver.findElement(By.id("import-submit")).click();

        // then both are in the catalogue
        assertThat(visible(By.id("import-done")).getText()).isEqualTo("Imported: 2 created, 0 updated.");
        open("/skus?q=" + good);
        assertThat(driver.findElements(By.cssSelector("#skus-table tr[data-sku='" + good + "']")))
                .hasSize(1);
    }

    @Test
    void tickedSuggestionsAreAcceptedInBulkAndTheirPlatformSkusLeaveTheUnpairedList() {
        // given two orders of listings named by the barcodes of two SKUs, and a third listing left alone
        String mug = unique("BRW");
        String plate = unique("BRW");
        String mugBarcode = "MB" + mug;
        String plateBarcode = "PB" + plate;
        catalogue.create(sku(mug, mugBarcode), "tester");
        catalogue.create(sku(plate, plateBarcode), "tester");
        String untouched = "MU" + unique("X").toLowerCase();
        catalogue.create(sku(untouched.toUpperCase(), null), "tester");
        demo.placeUnpairedAndSync(mugBarcode);
        demo.placeUnpairedAndSync(plateBarcode);
        demo.placeUnpairedAndSync(untouched);
        signIn("clerk");
        open("/pairings");

        // when the clerk ticks the two barcode suggestions and accepts them at once
        suggestion(mugBarcode, mug).click();
        suggestion(plateBarcode, plate).click();
        driver.findElement(By.id("accept-suggestions")).click();

        // then both are paired, gone from the unpaired list, and listed as pairings; the third still waits
        assertThat(visible(By.id("suggestions-accepted")).getText()).isEqualTo("2 platform SKUs paired.");
        assertThat(present(driver, unpairedRow(mugBarcode))).isFalse();
        assertThat(present(driver, unpairedRow(plateBarcode))).isFalse();
        assertThat(present(driver, unpairedRow(untouched))).isTrue();
        open("/pairings?q=" + mugBarcode);
        assertThat(driver.findElement(By.cssSelector("#pairings-table tr[data-platform-sku='" + mugBarcode + "']"))
                        .findElement(By.cssSelector(".components"))
                        .getText())
                .isEqualTo("1 × " + mug);
    }

    private WebElement suggestion(String platformSku, String skuCode) {
        return driver.findElement(unpairedRow(platformSku))
                .findElement(By.cssSelector("input.suggestion-choice[data-sku='" + skuCode + "']"));
    }

    private static By unpairedRow(String platformSku) {
        return By.cssSelector("#unpaired-table tr[data-platform-sku='" + platformSku + "']");
    }

    private static SkuDraft sku(String code, String barcode) {
        return new SkuDraft(
                code,
                "测试商品",
                "Test item",
                barcode == null ? List.of() : List.of(barcode),
                100,
                null,
                null,
                null,
                "Test item",
                "测试商品",
                new BigDecimal("2.00"),
                "USD",
                null,
                null,
                null,
                null,
                "B-01",
                null,
                0,
                true);
    }

    /** An .xlsx with the SKU export's header and one row per (code, name), each weighing 250 g. */
    private static Path sheet(List<String[]> rows) throws IOException {
        Path file = Files.createTempFile("junction-import-", ".xlsx");
        file.toFile().deleteOnExit();
        List<List<String>> filled = rows.stream()
                .map(r -> SkuSheets.row(SkuSheets.COLUMNS, r[0], r[1], "250"))
                .toList();
        Files.write(file, SkuSheets.sheet(SkuSheets.COLUMNS, filled));
        return file;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
