package io.junction.web.sku;

import static io.junction.web.sku.SkuSheets.row;
import static io.junction.web.sku.SkuSheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.PageClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue and pairings through the REST API as a clerk uses them: SKUs added, found and changed,
 * refused with every reason; the catalogue and the pairings out to Excel and back in, all or nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient clerk;

    @BeforeEach
    void signIn() {
        clerk = new ApiClient(port, "clerk", ApiClient.PASSWORD, new ArrayList<>());
    }

    @Test
    void aClerkAddsFindsAndChangesASkuWithItsStockFigures() {
        // given
        String code = unique("MUG");

        // when
        ApiClient.Answer created = clerk.post("/api/v1/skus", sku(code, code + "-EAN", "USD"));

        // then
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("barcodes").get(0).asString()).isEqualTo(code + "-EAN");
        assertThat(created.body().get("onHand").asInt()).isZero();
        assertThat(created.body().get("available").asInt()).isZero();
        JsonNode found = clerk.ok(clerk.get("/api/v1/skus?q=" + code + "-EAN&page=0&size=10"));
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("code").asString()).isEqualTo(code);

        // when changed
        JsonNode changed = clerk.ok(clerk.put("/api/v1/skus/" + id, sku(code, code + "-NEW", "EUR")));

        // then
        assertThat(changed.get("declaredCurrency").asString()).isEqualTo("EUR");
        assertThat(clerk.ok(clerk.get("/api/v1/skus/" + id)).get("barcodes").toString())
                .contains(code + "-NEW")
                .doesNotContain(code + "-EAN");
    }

    @Test
    void theSkusPageListsEachSkuWithItsStockAndPrintsItsLabels() {
        // given
        String code = unique("PAGE");
        clerk.ok(clerk.post("/api/v1/skus", sku(code, code + "-EAN", "USD")));
        PageClient pages = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD);

        // when
        String html = pages.get("/skus?q=" + code).html();

        // then
        assertThat(html)
                .contains("data-sku=\"" + code + "\"")
                .contains(code + "-EAN")
                .contains("id=\"nav-skus\"")
                .contains("class=\"num stock-available\">0<");
        assertThat(pages.get("/pairings").html())
                .contains("id=\"unpaired-table\"")
                .contains("id=\"pairings-table\"");
    }

    @Test
    void aBadSkuIsRefusedWithEveryReasonAndATakenCodeIsAConflict() {
        // given
        String code = unique("MUG");
        clerk.ok(clerk.post("/api/v1/skus", sku(code, code + "-EAN", "USD")));

        // when
        ApiClient.Answer bad = clerk.post("/api/v1/skus", """
                {"code":"%s","weightGrams":-1,"declaredCurrency":"ABC"}""".formatted(unique("BAD")));
        ApiClient.Answer taken = clerk.post("/api/v1/skus", sku(code, unique("EAN"), "USD"));

        // then
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("problem+json");
        assertThat(fields(bad.body().get("problems")))
                .containsExactlyInAnyOrder("name", "weightGrams", "declaredCurrency");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().get("problems").get(0).get("reason").asString())
                .isEqualTo("SKU code " + code + " belongs to another SKU");
    }

    @Test
    void anImportWithBadRowsNamesEveryBadRowAndImportsNothing() throws IOException {
        // given a sheet from the export, with rows 3 and 5 wrong
        byte[] exported = clerk.get("/api/v1/skus/export").raw();
        List<String> columns = header(exported);
        String good = unique("IMP");
        String noName = unique("IMP");
        byte[] sheet = sheet(
                columns,
                List.of(
                        row(columns, good, "杯子", "12"),
                        row(columns, noName, "", "12"),
                        row(columns, unique("IMP"), "盘子", "8"),
                        row(columns, unique("IMP"), "碗", "heavy")));

        // when
        ApiClient.Answer answer = clerk.upload("/api/v1/skus/import", "skus.xlsx", sheet);

        // then
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        JsonNode errors = answer.body().get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("name");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(5);
        assertThat(errors.get(1).get("column").asString()).isEqualTo("weightGrams");
        assertThat(errors.get(1).get("reason").asString()).isEqualTo("must be a whole number");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wms_sku WHERE sku = ?", Integer.class, good))
                .isZero();
    }

    @Test
    void aGoodImportCreatesAndUpdatesByCodeAndTheExportReadsBack() throws IOException {
        // given one SKU known, and a sheet changing it and adding another
        String known = unique("IMP");
        clerk.ok(clerk.post("/api/v1/skus", sku(known, known + "-EAN", "USD")));
        String fresh = unique("IMP");
        List<String> columns = header(clerk.get("/api/v1/skus/export").raw());
        byte[] sheet = sheet(columns, List.of(row(columns, known, "新名字", "500"), row(columns, fresh, "碗", "200")));

        // when
        JsonNode imported = clerk.ok(clerk.upload("/api/v1/skus/import", "skus.xlsx", sheet));

        // then
        assertThat(imported.get("created").asInt()).isEqualTo(1);
        assertThat(imported.get("updated").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT name FROM wms_sku WHERE sku = ?", String.class, known))
                .isEqualTo("新名字");
        byte[] again = clerk.get("/api/v1/skus/export").raw();
        assertThat(codes(again)).contains(known, fresh);
    }

    @Test
    void pairingsAreAddedListedReplacedAndRemovedAndTheirImportIsAllOrNothing() throws IOException {
        // given two warehouse SKUs
        String mug = unique("MUG");
        String plate = unique("PLATE");
        clerk.ok(clerk.post("/api/v1/skus", sku(mug, mug + "-EAN", "USD")));
        clerk.ok(clerk.post("/api/v1/skus", sku(plate, plate + "-EAN", "USD")));
        String bundle = unique("SET");

        // when a bundle is paired for every shop
        ApiClient.Answer created = clerk.post("/api/v1/sku-pairings", """
                {"platformSku":"%s","components":[{"skuCode":"%s","quantity":2},{"skuCode":"%s","quantity":1}]}""".formatted(bundle, mug, plate));

        // then
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("components")).hasSize(2);
        ApiClient.Answer twice = clerk.post("/api/v1/sku-pairings", """
                {"platformSku":"%s","components":[{"skuCode":"%s","quantity":1}]}""".formatted(bundle, mug));
        assertThat(twice.status()).isEqualTo(409);
        JsonNode replaced = clerk.ok(clerk.put("/api/v1/sku-pairings/" + id, """
                {"platform":"AMAZON","platformSku":"%s","components":[{"skuCode":"%s","quantity":3}]}""".formatted(bundle, mug)));
        assertThat(replaced.get("platform").asString()).isEqualTo("AMAZON");

        // when a pairing sheet has an unknown SKU on row 3 and a bad quantity on row 4
        byte[] exported = clerk.get("/api/v1/sku-pairings/export").raw();
        List<String> columns = header(exported);
        assertThat(columns).containsExactly("shopId", "platform", "platformSku", "skuCode", "quantity");
        String other = unique("SET");
        byte[] bad = sheet(
                columns,
                List.of(
                        List.of("", "", other, mug, "1"),
                        List.of("", "", other, "NO-SUCH", "1"),
                        List.of("", "", unique("SET"), plate, "0")));
        ApiClient.Answer refused = clerk.upload("/api/v1/sku-pairings/import", "pairings.xlsx", bad);

        // then nothing is imported and both rows are named
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body().get("errors"))
                .extracting(e -> e.get("row").asInt() + " " + e.get("column").asString())
                .containsExactly("3 skuCode", "4 quantity");
        assertThat(clerk.ok(clerk.get("/api/v1/sku-pairings?q=" + other))
                        .get("total")
                        .asLong())
                .isZero();

        // when the good rows alone are imported: one bundle of two rows
        byte[] good = sheet(columns, List.of(List.of("", "", other, mug, "1"), List.of("", "", other, plate, "2")));
        JsonNode imported = clerk.ok(clerk.upload("/api/v1/sku-pairings/import", "pairings.xlsx", good));

        // then
        assertThat(imported.get("created").asInt()).isEqualTo(1);
        assertThat(clerk.ok(clerk.get("/api/v1/sku-pairings?q=" + other))
                        .get("items")
                        .get(0)
                        .get("components"))
                .hasSize(2);
        assertThat(clerk.delete("/api/v1/sku-pairings/" + id).status()).isEqualTo(204);
        assertThat(clerk.get("/api/v1/sku-pairings/" + id).status()).isEqualTo(404);
    }

    @Test
    void anImportSentFromAnotherSitesPageIsRefusedUnread() throws IOException {
        // given a good sheet
        List<String> columns = header(clerk.get("/api/v1/skus/export").raw());
        String code = unique("CSRF");
        byte[] sheet = sheet(columns, List.of(row(columns, code, "杯子", "1")));

        // when a browser sends it from another site's page
        ApiClient.Answer answer =
                clerk.upload("/api/v1/skus/import", "skus.xlsx", sheet, "Sec-Fetch-Site", "cross-site");

        // then
        assertThat(answer.status()).isEqualTo(415);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wms_sku WHERE sku = ?", Integer.class, code))
                .isZero();
    }

    private static String sku(String code, String barcode, String currency) {
        return """
                {"code":"%s","name":"白色陶瓷杯","nameEn":"White mug","barcodes":["%s"],"weightGrams":380,
                 "lengthMm":120,"widthMm":90,"heightMm":100,"declaredNameEn":"Ceramic mug","declaredNameCn":"陶瓷杯",
                 "declaredValue":4.5,"declaredCurrency":"%s","hsCode":"691200","battery":false,"liquid":false,
                 "magnetic":false,"location":"A-01-02","lowStockThreshold":3,"enabled":true}""".formatted(code, barcode, currency);
    }

    /** A row with the code, name and weight given and every other column empty. */
    private static List<String> header(byte[] xlsx) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
            return names;
        }
    }

    private static List<String> codes(byte[] xlsx) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> codes = new ArrayList<>();
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            return codes;
        }
    }

    private static List<String> fields(JsonNode problems) {
        List<String> fields = new ArrayList<>();
        problems.forEach(p -> fields.add(p.get("field").asString()));
        return fields;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
