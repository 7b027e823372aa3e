package io.junction.web.returns;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.PageClient;
import io.junction.web.ShippedOrders;
import io.junction.web.TaobaoOrdersApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class ResendApiTest extends TaobaoOrdersApiTest {

    @Autowired
    JdbcTemplate jdbc;

    ShippedOrders.Shipped shipped;
    long lineId;

    @BeforeEach
    void aShippedTaobaoOrderConfirmedOnTaobao() {
        shipped = shipping.shipOne();
        shipping.awaitWriteBack(shipped.orderId(), "CONFIRMED");
        lineId = shipped.detail().get("lines").get(0).get("id").asLong();
    }

    @Test
    void aResendShipsItsOwnParcelAndTaobaoIsNeverToldASecondTime() {
        // when the clerk resends one unit
        ApiClient.Answer created = clerk.post(
                "/api/v1/orders/" + shipped.orderId() + "/resend",
                "{\"reason\":\"丢件补发\",\"lines\":[{\"orderLineId\":" + lineId + ",\"quantity\":1}]}");

        // then it is an order of its own, linked to the original and waiting for allocation
        assertThat(created.status()).isEqualTo(201);
        long resendId = created.body().get("id").asLong();
        assertThat(created.body().get("resendOf").asLong()).isEqualTo(shipped.orderId());
        assertThat(created.body().get("platformOrderId").asString()).isEqualTo(shipped.tid() + "-R1");
        assertThat(created.body().get("status").asString()).isEqualTo("PENDING_ALLOCATION");
        assertThat(created.body().get("lines").get(0).get("quantity").asInt()).isEqualTo(1);

        // when it goes through allocation, tracking, labels, scan and ship like any order
        ShippedOrders.Shipped resent = shipping.shipAllocatable(resendId, shipped.tid() + "-R1");

        // and another order ships and is confirmed after it, so the write-back relay has run past the resend
        ShippedOrders.Shipped later = shipping.shipOne();
        shipping.awaitWriteBack(later.orderId(), "CONFIRMED");

        // then the resend has its own parcel, and Taobao holds one shipment of the original trade, none of the resend
        assertThat(resent.packageId()).isNotEqualTo(shipped.packageId());
        assertThat(resent.trackingNumber()).isNotEqualTo(shipped.trackingNumber());
        assertThat(taobao.shipments(shipped.tid())).hasSize(1);
        assertThat(taobao.shipments(shipped.tid() + "-R1")).isEmpty();
        assertThat(taobao.confirmedTrackingNumbers().values().stream().flatMap(java.util.List::stream))
                .doesNotContain(resent.trackingNumber());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wb_outbox WHERE order_id = ?", Long.class, resendId))
                .isZero();
        assertThat(resent.detail().get("order").get("writeBackStatus").asString())
                .isEqualTo("NOT_REQUIRED");
        JsonNode listed = clerk.ok(clerk.get("/api/v1/orders/" + shipped.orderId() + "/resends"));
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("status").asString()).isEqualTo("SHIPPED");
    }

    @Test
    void aClerkResendsFromTheOrderPageWithTheFormsTexts() {
        // given
        PageClient pages = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD);

        // when the clerk opens the shipped order and its resend form
        String orderPage = pages.get("/orders/" + shipped.orderId()).html();
        String form = pages.get("/returns/resend?order=" + shipped.orderId()).html();

        // then
        assertThat(orderPage).contains("id=\"resend-order\"");
        assertThat(form).contains("id=\"resend-form\"").contains("name=\"qty_" + lineId + "\"");
        assertThat(form).contains("补发会生成一张新订单");

        // when a reason is missing, nothing is created and the form says why
        String refused = pages.post("/returns/resend", "orderId=" + shipped.orderId() + "&qty_" + lineId + "=1")
                .html();
        assertThat(refused).contains("id=\"resend-refused\"").contains("请填写原因");
        assertThat(resendsOf(shipped.orderId())).isZero();

        // when it is sent with a reason
        String done = pages.post(
                        "/returns/resend",
                        "orderId=" + shipped.orderId() + "&qty_" + lineId + "=1&reason=" + enc("少发一件"))
                .html();

        // then the resend is listed, waiting for allocation, and its page says whose resend it is
        assertThat(resendsOf(shipped.orderId())).isOne();
        long resendId =
                jdbc.queryForObject("SELECT id FROM oms_order WHERE resend_of = ?", Long.class, shipped.orderId());
        assertThat(done).contains("id=\"resend-done\"").contains(shipped.tid() + "-R1");
        assertThat(pages.get("/orders/" + resendId).html())
                .contains("id=\"resend-of\"")
                .contains("补发自订单 " + shipped.tid() + "：少发一件")
                .doesNotContain("id=\"resend-order\"");
    }

    @Test
    void aBadResendIsRefusedBeforeAnythingChanges() {
        // when
        ApiClient english = new ApiClient(port, "clerk", ApiClient.PASSWORD, new java.util.ArrayList<>(), "en");
        ApiClient.Answer bad = english.post(
                "/api/v1/orders/" + shipped.orderId() + "/resend",
                "{\"reason\":\"\",\"lines\":[{\"orderLineId\":" + lineId + ",\"quantity\":0}]}");
        ApiClient.Answer tooMany = english.post(
                "/api/v1/orders/" + shipped.orderId() + "/resend",
                "{\"reason\":\"lost\",\"lines\":[{\"orderLineId\":" + lineId + ",\"quantity\":999}]}");
        ApiClient.Answer noOrder = clerk.post(
                "/api/v1/orders/987654321/resend",
                "{\"reason\":\"lost\",\"lines\":[{\"orderLineId\":" + lineId + ",\"quantity\":1}]}");
        ApiClient.Answer byPacker = packer.post(
                "/api/v1/orders/" + shipped.orderId() + "/resend",
                "{\"reason\":\"lost\",\"lines\":[{\"orderLineId\":" + lineId + ",\"quantity\":1}]}");

        // then
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("problems").findValues("code").stream().map(JsonNode::asString))
                .containsExactly("reason-required", "quantity-not-positive");
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.body().get("problems").get(0).get("code").asString()).isEqualTo("more-than-shipped");
        assertThat(tooMany.body().get("detail").asString()).contains("999");
        assertThat(noOrder.status()).isEqualTo(404);
        assertThat(byPacker.status()).isEqualTo(403);
        assertThat(resendsOf(shipped.orderId())).isZero();
    }

    private long resendsOf(long orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM oms_order WHERE resend_of = ?", Long.class, orderId);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
