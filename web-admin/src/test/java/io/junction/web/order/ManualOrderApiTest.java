package io.junction.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.amazon.simulator.AmazonSimulator;
import io.junction.web.ApiClient;
import io.junction.web.PageClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Orders entered by hand into a manual shop (through the API, a sheet and the form), shipped, merged into one parcel,
 * and their package lines' customs data edited on the pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManualOrderApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AmazonSimulator amazon;

    ApiClient admin;
    long amazonShop;
    long manualShop;

    @BeforeEach
    void aManualShop() {
        admin = ApiClient.admin(port);
        amazonShop = admin.demoAmazonShop(amazon.baseUrl());
        manualShop = ManualOrderSheets.manualShop(admin, amazonShop);
    }

    @Test
    void anOrderEnteredByHandFlowsThroughEveryStageToShipped() {
        // when
        ApiClient.Answer created = admin.post("/api/v1/orders", order("TEL-" + UUID.randomUUID(), manualShop));

        // then
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.body().get("order").get("id").asLong();
        assertThat(created.body().get("order").get("status").asString()).isEqualTo("PENDING_AUDIT");
        act(id, "audit", "allocate", "request-tracking");
        assertThat(admin.post("/api/v1/labels", "{\"orderIds\":[" + id + "]}").status())
                .isEqualTo(200);
        act(id, "mark-printed");
        String tracking =
                detail(id).get("packages").get(0).get("trackingNumber").asString();
        assertThat(ApiClient.packer(port)
                        .scanAndShip(tracking)
                        .get("orderStatus")
                        .asString())
                .isEqualTo("SHIPPED");
    }

    @Test
    void anOrderWithoutLinesOrForAMarketplaceShopIsRefused() {
        // when
        ApiClient.Answer noLines =
                admin.post("/api/v1/orders", order("TEL-X", manualShop).replaceAll(",\"lines\":\\[.*]", ""));
        ApiClient.Answer marketplace = admin.post("/api/v1/orders", order("TEL-Y", amazonShop));

        // then
        assertThat(noLines.status()).isEqualTo(400);
        assertThat(noLines.body().get("field").asString()).isEqualTo("lines");
        assertThat(marketplace.status()).isEqualTo(400);
        assertThat(marketplace.body().get("code").asString()).isEqualTo("manual-shop-required");
    }

    @Test
    void twoOrdersOfOneBuyerMergeIntoOneParcelAndTheMergeIsUndone() {
        // given
        long a = admin.ok(admin.post("/api/v1/orders", order("TEL-" + UUID.randomUUID(), manualShop)))
                .get("order")
                .get("id")
                .asLong();
        long b = admin.ok(admin.post("/api/v1/orders", order("TEL-" + UUID.randomUUID(), manualShop)))
                .get("order")
                .get("id")
                .asLong();
        act(List.of(a, b), "audit", "allocate");

        // when
        JsonNode merged = admin.ok(admin.post("/api/v1/orders/actions/merge", "{\"orderIds\":[" + a + "," + b + "]}"));

        // then
        assertThat(merged.get("orderIds")).hasSize(2);
        long packageId = merged.get("packageId").asLong();
        assertThat(activePackage(a)).isEqualTo(packageId);
        assertThat(activePackage(b)).isEqualTo(packageId);

        // when undone
        JsonNode undone = admin.ok(admin.post("/api/v1/orders/" + b + "/merge/undo", null));

        // then
        assertThat(activePackage(b)).isNotEqualTo(packageId);
        assertThat(undone.get("history")
                        .get(undone.get("history").size() - 1)
                        .get("reason")
                        .asString())
                .contains("undone");
        ApiClient.Answer again = admin.post("/api/v1/orders/" + b + "/merge/undo", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asString()).isEqualTo("merge-none");
    }

    @Test
    void aSheetWithOneBadRowIsRefusedWholeWithEachBadRowNamedAndNothingCreated() throws Exception {
        // given a sheet of two good orders and, on row 4, a line without its SKU
        String good = "XL-" + UUID.randomUUID();
        String alsoGood = "XL-" + UUID.randomUUID();
        byte[] sheet = ManualOrderSheets.sheet(List.of(
                ManualOrderSheets.row(good, "JN-MUG-001", "2", "US"),
                ManualOrderSheets.row(alsoGood, "JN-MUG-001", "1", "US"),
                ManualOrderSheets.row(alsoGood, "", "1", "US"),
                ManualOrderSheets.row("XL-" + UUID.randomUUID(), "JN-MUG-001", "many", "US")));

        // when
        ApiClient.Answer refused = admin.upload("/api/v1/orders/import?shopId=" + manualShop, "orders.xlsx", sheet);

        // then
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body().get("errors"))
                .extracting(e -> e.get("row").asInt() + " " + e.get("column").asString())
                .containsExactly("4 sku", "5 quantity");
        assertThat(refused.body().get("errors").get(0).get("reason").asString())
                .isEqualTo("Each line needs its SKU (at most 128 characters).");
        assertThat(admin.ok(admin.get("/api/v1/orders?q=" + good)).get("items")).isEmpty();
    }

    @Test
    void aGoodSheetCreatesItsOrdersOneOrderPerNumberWaitingForReview() throws Exception {
        // given two rows of one order and a row of another, and the template's columns
        String two = "XL-" + UUID.randomUUID();
        String one = "XL-" + UUID.randomUUID();
        ApiClient.Answer template = admin.get("/api/v1/orders/import/template.xlsx");
        byte[] sheet = ManualOrderSheets.sheet(List.of(
                ManualOrderSheets.row(two, "JN-MUG-001", "2", "US"),
                ManualOrderSheets.row(two, "JN-MUG-001", "1", ""),
                ManualOrderSheets.row(one, "JN-MUG-001", "3", "DE")));

        // when
        ApiClient.Answer imported = admin.upload("/api/v1/orders/import?shopId=" + manualShop, "orders.xlsx", sheet);

        // then
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.raw()).isNotEmpty();
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        assertThat(imported.body().get("created").asInt()).isEqualTo(2);
        assertThat(imported.body().get("orderNumbers"))
                .extracting(JsonNode::asString)
                .containsExactly(two, one);
        JsonNode first = detail(imported.body().get("orderIds").get(0).asLong());
        assertThat(first.get("order").get("status").asString()).isEqualTo("PENDING_AUDIT");
        assertThat(first.get("lines")).hasSize(2);
        assertThat(first.get("shipTo").get("countryCode").asString()).isEqualTo("US");
        act(imported.body().get("orderIds").get(1).asLong(), "audit", "allocate");

        // when the same sheet comes again, its numbers are taken
        ApiClient.Answer again = admin.upload("/api/v1/orders/import?shopId=" + manualShop, "orders.xlsx", sheet);

        // then
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("errors"))
                .extracting(e -> e.get("row").asInt() + " " + e.get("column").asString())
                .containsExactly("2 orderNumber", "4 orderNumber");
    }

    @Test
    void theOrderFormShowsWhatIsWrongBesideItAndCreatesNothing() {
        // given
        PageClient pages = PageClient.signedIn(port, "admin", ApiClient.PASSWORD);
        assertThat(pages.get("/orders/new").html()).contains("id=\"manual-order-form\"");
        String number = "TEL-" + UUID.randomUUID();
        String form = "shopId=" + manualShop + "&orderNumber=" + number
                + "&shipTo.name=Ada&shipTo.line1=1+Main+St&shipTo.city=Springfield&shipTo.countryCode=USA&currency=USD"
                + "&sku=JN-MUG-001&title=Mug&quantity=1&unitPrice=";

        // when
        PageClient.Answer refused = pages.post("/orders/new", form);

        // then
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"form-problems\"").contains("data-field=\"countryCode\"");
        assertThat(refused.html()).contains("value=\"" + number + "\"");
        assertThat(admin.ok(admin.get("/api/v1/orders?q=" + number)).get("items"))
                .isEmpty();

        // when corrected
        PageClient.Answer created = pages.post("/orders/new", form.replace("countryCode=USA", "countryCode=US"));

        // then the order's page opens
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.html()).contains(number).contains("data-status=\"PENDING_AUDIT\"");
    }

    @Test
    void customsSetInBulkOnTheListChangeEveryLineOfEachOrderAndRefuseAnOrderWhoseParcelIsRequested() {
        // given two allocated orders, the second with its parcel requested
        long open = created();
        long requested = created();
        act(List.of(open, requested), "audit", "allocate");
        act(requested, "request-tracking");
        String before =
                admin.ok(admin.get("/api/v1/orders/" + requested + "/customs")).toString();
        PageClient pages = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD);
        pages.get("/orders");

        // when
        PageClient.Answer answer = pages.post(
                "/orders/customs",
                "status=all&orderIds=" + open + "&orderIds=" + requested
                        + "&customsHsCode=691200&customsNameCn=%E9%A9%AC%E5%85%8B%E6%9D%AF&customsValue=");

        // then
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html()).contains("class=\"failure\" data-order-id=\"" + requested + "\"");
        assertThat(answer.html()).contains("已申请运单"); // the page's language: Chinese, as none is asked
        JsonNode lines = admin.ok(admin.get("/api/v1/orders/" + open + "/customs"));
        assertThat(lines).isNotEmpty();
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.get("hsCode").asString()).isEqualTo("691200");
            assertThat(l.get("nameCn").asString()).isEqualTo("马克杯");
            assertThat(l.get("nameEn").isNull()).isFalse();
        });
        assertThat(admin.ok(admin.get("/api/v1/orders/" + requested + "/customs"))
                        .toString())
                .isEqualTo(before);
    }

    @Test
    void oneLinesCustomsAreEditedOnTheOrderPageAndABadValueChangesNothing() {
        // given an allocated order
        long id = created();
        act(id, "audit", "allocate");
        JsonNode line = admin.ok(admin.get("/api/v1/orders/" + id + "/customs")).get(0);
        long lineId = line.get("packageLineId").asLong();
        PageClient pages = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD);
        assertThat(pages.get("/orders/" + id).html())
                .contains("data-line-id=\"" + lineId + "\" data-editable=\"true\"");
        String form = "nameEn=Ceramic+mug&nameCn=&hsCode=6912.00&currency=EUR&weightGrams=320&value=";

        // when the value is not a number
        PageClient.Answer refused = pages.post("/orders/" + id + "/customs/" + lineId, form + "abc");

        // then it says so and nothing changed
        assertThat(refused.html()).contains("id=\"customs-result\"").contains("“abc”");
        assertThat(admin.ok(admin.get("/api/v1/orders/" + id + "/customs"))
                        .get(0)
                        .get("nameEn")
                        .asString())
                .isEqualTo(line.get("nameEn").asString());

        // when corrected
        pages.post("/orders/" + id + "/customs/" + lineId, form + "4.5");

        // then
        JsonNode saved =
                admin.ok(admin.get("/api/v1/orders/" + id + "/customs")).get(0);
        assertThat(saved.get("nameEn").asString()).isEqualTo("Ceramic mug");
        assertThat(saved.get("hsCode").asString()).isEqualTo("6912.00");
        assertThat(saved.get("value").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(saved.get("currency").asString()).isEqualTo("EUR");
        assertThat(saved.get("weightGrams").asInt()).isEqualTo(320);
    }

    private long created() {
        return admin.ok(admin.post("/api/v1/orders", order("TEL-" + UUID.randomUUID(), manualShop)))
                .get("order")
                .get("id")
                .asLong();
    }

    private static String order(String number, long shopId) {
        return "{\"shopId\":" + shopId + ",\"orderNumber\":\"" + number + "\",\"buyerName\":\"Ada Buyer\","
                + "\"shipTo\":{\"name\":\"Ada Lovelace\",\"line1\":\"1 Main St\",\"city\":\"Springfield\","
                + "\"state\":\"IL\",\"postalCode\":\"62701\",\"countryCode\":\"US\"},\"currency\":\"USD\","
                + "\"lines\":[{\"sku\":\"JN-MUG-001\",\"title\":\"Mug\",\"quantity\":1,\"unitPrice\":12.5}]}";
    }

    private long activePackage(long orderId) {
        for (JsonNode p : detail(orderId).get("packages")) {
            if (p.get("active").asBoolean()) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no active package of order " + orderId);
    }

    private void act(long orderId, String... actions) {
        act(List.of(orderId), actions);
    }

    private void act(List<Long> ids, String... actions) {
        for (String action : actions) {
            JsonNode result = admin.ok(admin.post("/api/v1/orders/actions/" + action, "{\"orderIds\":" + ids + "}"));
            assertThat(result.get("failed")).as(action + " " + result).isEmpty();
        }
    }

    private JsonNode detail(long orderId) {
        return admin.ok(admin.get("/api/v1/orders/" + orderId));
    }
}
