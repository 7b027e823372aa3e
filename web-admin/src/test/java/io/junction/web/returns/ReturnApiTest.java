package io.junction.web.returns;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.ShippedOrders;
import io.junction.web.TaobaoOrdersApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class ReturnApiTest extends TaobaoOrdersApiTest {

    @Autowired
    JdbcTemplate jdbc;

    ShippedOrders.Shipped shipped;
    long lineId;
    int quantity;
    String sku;

    @BeforeEach
    void aShippedTaobaoOrder() {
        shipped = shipping.shipOne();
        JsonNode line = shipped.detail().get("lines").get(0);
        lineId = line.get("id").asLong();
        quantity = line.get("quantity").asInt();
        sku = line.get("platformSku").asString();
    }

    @Test
    void aReturnIsRegisteredReceivedIntoStockAndClosedWithItsRefund() {
        // given
        int onHandBefore = onHand(sku);

        // when the clerk registers it
        ApiClient.Answer registered = clerk.post(
                "/api/v1/returns",
                "{\"orderId\":" + shipped.orderId() + ",\"reason\":\"破损\",\"lines\":[{\"orderLineId\":" + lineId
                        + ",\"quantity\":" + quantity + "}]}");

        // then
        assertThat(registered.status()).isEqualTo(201);
        long id = registered.body().get("id").asLong();
        assertThat(registered.body().get("status").asString()).isEqualTo("REQUESTED");
        JsonNode listed = clerk.ok(clerk.get("/api/v1/returns?status=REQUESTED"));
        assertThat(listed.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(listed.get("items").findValues("id").stream().map(JsonNode::asLong))
                .contains(id);

        // when the packer receives it, restocking every unit at a bin
        JsonNode received = packer.ok(packer.post(
                "/api/v1/returns/" + id + "/receive",
                "{\"lines\":[{\"orderLineId\":" + lineId + ",\"quantity\":" + quantity
                        + ",\"disposition\":\"RESTOCK\",\"location\":\"R-09\"}]}"));

        // then the stock ledger has the units back, referenced to the return
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(onHand(sku)).isEqualTo(onHandBefore + quantity);
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(quantity) FROM wms_stock_movement WHERE kind = 'RETURN' AND reference = ?",
                        Long.class,
                        "RETURN:" + id))
                .isEqualTo(quantity);

        // when the clerk closes it with the refund made on Taobao
        JsonNode closed = clerk.ok(
                clerk.post("/api/v1/returns/" + id + "/close", "{\"refundAmount\":12.50,\"refundNote\":\"已在淘宝退款\"}"));

        // then it is recorded as information, and Taobao was never asked to ship again
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("refundAmount").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(taobao.shipments(shipped.tid())).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void moreThanShippedIsAConflictInTheCallersLanguageAndRegistersNothing() {
        // when
        ApiClient english = new ApiClient(port, "clerk", ApiClient.PASSWORD, new java.util.ArrayList<>(), "en");
        ApiClient.Answer refused = english.post(
                "/api/v1/returns",
                "{\"orderId\":" + shipped.orderId() + ",\"reason\":\"too big\",\"lines\":[{\"orderLineId\":" + lineId
                        + ",\"quantity\":" + (quantity + 1) + "}]}");

        // then
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("problems").get(0).get("code").asString()).isEqualTo("more-than-returnable");
        assertThat(refused.body().get("detail").asString()).contains("more than the " + quantity + " shipped");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rma_return WHERE order_id = ?", Long.class, shipped.orderId()))
                .isZero();
    }

    @Test
    void aBadRequestIsABadRequestWithEveryReason() {
        // when
        ApiClient.Answer refused = clerk.post(
                "/api/v1/returns",
                "{\"orderId\":" + shipped.orderId() + ",\"reason\":\"\",\"lines\":[{\"orderLineId\":" + lineId
                        + ",\"quantity\":0}]}");
        ApiClient.Answer badDisposition = packer.post(
                "/api/v1/returns/1/receive",
                "{\"lines\":[{\"orderLineId\":1,\"quantity\":1,\"disposition\":\"KEEP\"}]}");

        // then
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("problems").findValues("code").stream().map(JsonNode::asString))
                .containsExactly("reason-required", "quantity-not-positive");
        assertThat(badDisposition.status()).isEqualTo(400);
        assertThat(clerk.get("/api/v1/returns/987654321").status()).isEqualTo(404);
    }

    @Test
    void aPackerReceivesReturnsButDoesNotRegisterThem() {
        // when / then
        assertThat(packer.post(
                                "/api/v1/returns",
                                "{\"orderId\":" + shipped.orderId() + ",\"reason\":\"x\",\"lines\":[]}")
                        .status())
                .isEqualTo(403);
        assertThat(packer.get("/api/v1/returns").status()).isEqualTo(200);
    }

    private int onHand(String skuCode) {
        return jdbc.queryForObject("SELECT on_hand FROM wms_sku WHERE sku = ?", Integer.class, skuCode);
    }
}
