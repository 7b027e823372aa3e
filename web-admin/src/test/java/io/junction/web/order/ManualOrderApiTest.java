package io.junction.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.amazon.simulator.AmazonSimulator;
import io.junction.web.ApiClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Orders entered by hand into a manual shop through the API, shipped, and merged into one parcel. */
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
        JsonNode demo = null;
        for (JsonNode s : admin.ok(admin.get("/api/v1/shops"))) {
            if (s.get("id").asLong() == amazonShop) {
                demo = s;
            }
        }
        JsonNode created = admin.ok(admin.post(
                "/api/v1/shops",
                "{\"platform\":\"MANUAL\",\"name\":\"Phone orders " + UUID.randomUUID()
                        + "\",\"endpoint\":\"https://offline.invalid/\",\"credentials\":{},"
                        + "\"defaultLogisticsMethodId\":"
                        + demo.get("defaultLogisticsMethodId").asLong() + "}"));
        manualShop = created.get("id").asLong();
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
