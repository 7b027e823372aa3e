package io.junction.web.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.sku.SkuMapper;
import io.junction.web.ApiClient;
import io.junction.web.LampOrdersApiTest;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Stock over the API: receipts checked whole (a bad line named, nothing booked), adjustments, the ledger's
 * movements, and an order that waits for stock saying so in the order list, filtered by its block.
 */
class StockApiTest extends LampOrdersApiTest {

    @Autowired
    SkuMapper skus;

    @Test
    void aReceiptWithABadLineIsRefusedNamingTheLineAndBooksNothing() {
        // when a packer sends a good line, an unknown barcode and a quantity of zero
        ApiClient.Answer refused =
                packer.post("/api/v1/stock/receipts", """
                {"reference":"%s","lines":[{"skuCode":"%s","quantity":3,"location":"D-02"},
                  {"barcode":"NO-SUCH-BARCODE","quantity":1},{"barcode":"BC%s","quantity":0}]}""".formatted(reference(), lamp.sku(), lamp.sku()));

        // then
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("field").asString()).isEqualTo("lines[1].barcode");
        assertThat(refused.body().get("code").asString()).isEqualTo("unknown-barcode");
        assertThat(refused.body().get("detail").asString())
                .contains("Line 2: no product has barcode NO-SUCH-BARCODE")
                .contains("Line 3: a quantity is at least 1, not 0");
        assertThat(refused.body().get("problems")).hasSize(2);
        assertThat(refused.body().get("problems").get(1).get("line").asInt()).isEqualTo(3);
        assertThat(skus.findById(lamp.id()).onHand()).isZero();
        assertThat(clerk.ok(clerk.get("/api/v1/stock/movements?skuCode=" + lamp.sku()))
                        .get("items"))
                .isEmpty();
    }

    @Test
    void anOrderWaitingForStockShowsItsBlockIsFilteredByItAndTheLedgerExplainsEveryUnit() {
        // given a reviewed order of two lamps, none in stock
        long orderId = orderOfLamps(2);
        clerk.ok(clerk.post("/api/v1/orders/actions/audit", "{\"orderIds\":[" + orderId + "]}"));

        // when the clerk tries to allocate it
        JsonNode attempt = clerk.ok(clerk.post("/api/v1/orders/actions/allocate", "{\"orderIds\":[" + orderId + "]}"));

        // then it waits out of stock, in the list, filtered by its block, and on its own page
        assertThat(attempt.get("failed").get(0).get("code").asString()).isEqualTo("not-enough-stock");
        JsonNode blocked = clerk.ok(clerk.get("/api/v1/orders?block=OUT_OF_STOCK&shopId=" + shopId + "&size=500"));
        JsonNode listed = find(blocked.get("items"), orderId);
        assertThat(listed.get("allocationBlock").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(listed.get("allocationBlockItems").get(0).get("sku").asString())
                .isEqualTo(lamp.sku());
        assertThat(listed.get("allocationBlockItems").get(0).get("missing").asInt())
                .isEqualTo(2);
        assertThat(find(
                        clerk.ok(clerk.get("/api/v1/orders?block=UNPAIRED&shopId=" + shopId + "&size=500"))
                                .get("items"),
                        orderId))
                .isNull();
        JsonNode detail = clerk.ok(clerk.get("/api/v1/orders/" + orderId));
        assertThat(detail.get("order").get("allocationBlock").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(clerk.get("/api/v1/orders?block=SOMETHING").status()).isEqualTo(400);

        // when a packer receives three lamps by barcode
        String reference = reference();
        ApiClient.Answer receipt = packer.post("/api/v1/stock/receipts", """
                {"reference":"%s","lines":[{"barcode":"BC%s","quantity":3,"location":"D-07"}]}""".formatted(reference, lamp.sku()));

        // then the order waiting for them is allocated by itself (whatever the automatic-allocation setting says)
        assertThat(receipt.status()).isEqualTo(201);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> clerk.ok(clerk.get("/api/v1/orders/" + orderId))
                        .get("order")
                        .get("allocationBlock")
                        .isNull());
        assertThat(skus.findById(lamp.id()).reserved()).isEqualTo(2);

        // and when a clerk counts one broken, on hand may not fall below the two reserved lamps after it
        JsonNode adjusted = clerk.ok(clerk.post(
                "/api/v1/stock/adjustments",
                "{\"skuCode\":\"" + lamp.sku() + "\",\"delta\":-1,\"reason\":\"broken in transit\"}"));
        assertThat(adjusted.get("onHand").asInt()).isEqualTo(2);
        assertThat(adjusted.get("available").asInt()).isEqualTo(0);
        ApiClient.Answer below = clerk.post(
                "/api/v1/stock/adjustments", "{\"skuCode\":\"" + lamp.sku() + "\",\"delta\":-1,\"reason\":\"count\"}");
        assertThat(below.status()).isEqualTo(409);
        assertThat(below.body().get("code").asString()).isEqualTo("below-reserved");

        // then the ledger says how every lamp came and went
        JsonNode movements = clerk.ok(clerk.get("/api/v1/stock/movements?skuCode=" + lamp.sku()))
                .get("items");
        assertThat(movements).hasSize(3);
        assertThat(movements.get(0).get("kind").asString()).isEqualTo("RECEIPT");
        assertThat(movements.get(0).get("quantity").asInt()).isEqualTo(3);
        assertThat(movements.get(0).get("reference").asString()).isEqualTo("RECEIPT:" + reference);
        assertThat(movements.get(0).get("actor").asString()).isEqualTo("packer");
        assertThat(movements.get(0).get("at").asString()).isNotBlank();
        assertThat(movements.get(1).get("kind").asString()).isEqualTo("RESERVE");
        assertThat(movements.get(1).get("quantity").asInt()).isEqualTo(2);
        assertThat(movements.get(1).get("reference").asString()).isEqualTo("ORDER:" + orderId);
        assertThat(movements.get(2).get("kind").asString()).isEqualTo("ADJUSTMENT");
        assertThat(movements.get(2).get("quantity").asInt()).isEqualTo(-1);
        assertThat(movements.get(2).get("reason").asString()).isEqualTo("broken in transit");
    }

    @Test
    void anAdjustmentWithoutAReasonIsRefusedAndAPackerMayReceiveButNotAdjust() {
        // when
        ApiClient.Answer noReason =
                clerk.post("/api/v1/stock/adjustments", "{\"skuCode\":\"" + lamp.sku() + "\",\"delta\":5}");
        ApiClient.Answer byPacker = packer.post(
                "/api/v1/stock/adjustments", "{\"skuCode\":\"" + lamp.sku() + "\",\"delta\":5,\"reason\":\"count\"}");

        // then
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("field").asString()).isEqualTo("reason");
        assertThat(byPacker.status()).isEqualTo(403);
        assertThat(skus.findById(lamp.id()).onHand()).isZero();
    }

    @Test
    void onlyAnAdminTurnsAutomaticAllocationOnOrOff() {
        // when
        ApiClient.Answer byClerk = clerk.put("/api/v1/settings/allocation", "{\"autoAllocate\":true}");
        JsonNode on = admin.ok(admin.put("/api/v1/settings/allocation", "{\"autoAllocate\":true}"));
        JsonNode read = admin.ok(admin.get("/api/v1/settings/allocation"));
        JsonNode off = admin.ok(admin.put("/api/v1/settings/allocation", "{\"autoAllocate\":false}"));

        // then
        assertThat(byClerk.status()).isEqualTo(403);
        assertThat(on.get("autoAllocate").asBoolean()).isTrue();
        assertThat(read.get("autoAllocate").asBoolean()).isTrue();
        assertThat(off.get("autoAllocate").asBoolean()).isFalse();
        assertThat(admin.put("/api/v1/settings/allocation", "{}").status()).isEqualTo(400);
    }

    private static JsonNode find(JsonNode items, long orderId) {
        for (JsonNode item : items) {
            if (item.get("id").asLong() == orderId) {
                return item;
            }
        }
        return null;
    }

    private static String reference() {
        return "PO-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
