package io.junction.web.returns;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.aliexpress.simulator.AliExpressSimulator;
import io.junction.returns.ReturnRequestSync;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import io.junction.web.ApiClient;
import io.junction.web.ShippedOrders;
import io.junction.web.TaobaoOrdersApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Buyers' return requests on Taobao and AliExpress become returns waiting to be received, once each. */
class ReturnRequestSyncTest extends TaobaoOrdersApiTest {

    @Autowired
    AliExpressSimulator aliExpress;

    @Autowired
    ReturnRequestSync sync;

    @Autowired
    ShopService shops;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTaobaoReturnRequestBecomesOneRequestedReturnOfTheShippedLine() {
        // given two shipped Taobao orders, confirmed on Taobao
        ShippedOrders.Shipped returned = shipping.shipOne();
        ShippedOrders.Shipped refundedOnly = shipping.shipOne();
        shipping.awaitWriteBack(returned.orderId(), "CONFIRMED");
        shipping.awaitWriteBack(refundedOnly.orderId(), "CONFIRMED");
        Shop shop = shops.get(
                jdbc.queryForObject("SELECT shop_id FROM oms_order WHERE id = ?", Long.class, returned.orderId()));

        // when the buyers asked on Taobao, longer ago than its data delay: one to send a unit back, the other a
        // refund without a return
        Instant asked = Instant.now().minus(Duration.ofMinutes(3));
        String refundId = taobao.requestReturn(returned.tid(), 1, "尺码不合适", asked);
        taobao.requestRefundOnly(refundedOnly.tid(), "少发了赠品", asked);
        sync.pull(shop);
        sync.pull(shop);

        // then one return waits to be received, for the trade's first line, with the buyer's reason
        JsonNode ret = theOneReturnRequestedBySync(returned.orderId(), refundId, "尺码不合适");
        JsonNode line = ret.get("lines").get(0);
        assertThat(ret.get("lines")).hasSize(1);
        assertThat(line.get("quantity").asInt()).isEqualTo(1);
        assertThat(line.get("orderLineId").asLong())
                .isEqualTo(returned.detail().get("lines").get(0).get("id").asLong());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rma_return WHERE order_id = ?", Long.class, refundedOnly.orderId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT last_error FROM rma_return_sync WHERE shop_id = ?", String.class, shop.id()))
                .isNull();
    }

    @Test
    void anAliExpressDisputeThatSendsGoodsBackBecomesOneRequestedReturnOfItsChildOrder() {
        // given two AliExpress orders shipped through the REST API, confirmed on AliExpress
        long shopId = clerk.demoShop("ALIEXPRESS", aliExpress.gatewayUrl());
        List<String> placed = aliExpress.placeOrders(2, Instant.now().minus(Duration.ofMinutes(10)));
        clerk.syncNow(shopId);
        long returned = shipAliExpressOrder(clerk, packer, shopId, placed.get(0));
        long refundedOnly = shipAliExpressOrder(clerk, packer, shopId, placed.get(1));
        Shop shop = shops.get(shopId);

        // when the buyers opened disputes on AliExpress, longer ago than its data delay: one to send the goods
        // back, the other for a refund without a return
        Instant asked = Instant.now().minus(Duration.ofMinutes(3));
        String issueId = aliExpress.requestReturn(placed.get(0), "Size too small", asked);
        aliExpress.requestRefundOnly(placed.get(1), "Missing gift", asked);
        sync.pull(shop);
        sync.pull(shop);

        // then one return waits to be received, for the order's first child order, with the buyer's reason
        JsonNode ret = theOneReturnRequestedBySync(returned, issueId, "Size too small");
        JsonNode detail = clerk.ok(clerk.get("/api/v1/orders/" + returned));
        assertThat(ret.get("lines")).hasSize(1);
        assertThat(ret.get("lines").get(0).get("orderLineId").asLong())
                .isEqualTo(detail.get("lines").get(0).get("id").asLong());
        assertThat(ret.get("lines").get(0).get("quantity").asInt())
                .isEqualTo(detail.get("lines").get(0).get("quantity").asInt());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rma_return WHERE order_id = ?", Long.class, refundedOnly))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT last_error FROM rma_return_sync WHERE shop_id = ?", String.class, shop.id()))
                .isNull();
    }

    /** Takes a synced AliExpress order to SHIPPED over the REST API and waits for AliExpress's confirmation. */
    private long shipAliExpressOrder(ApiClient clerk, ApiClient packer, long shopId, String platformOrderId) {
        long orderId = -1;
        for (JsonNode item : clerk.ok(clerk.get("/api/v1/orders?shopId=" + shopId + "&size=500"))
                .get("items")) {
            if (platformOrderId.equals(item.get("platformOrderId").asString())) {
                orderId = item.get("id").asLong();
            }
        }
        assertThat(orderId).as("order %s synced", platformOrderId).isPositive();
        shipping.shipSynced(orderId, platformOrderId);
        assertThat(clerk.awaitWriteBack(orderId, "CONFIRMED")).isEqualTo("CONFIRMED");
        return orderId;
    }

    /**
     * The one return the sync made of the platform's request {@code platformReturnId} on the order, asserted to be
     * requested by "sync" with {@code reason}, as the API shows it.
     */
    private JsonNode theOneReturnRequestedBySync(long orderId, String platformReturnId, String reason) {
        List<Map<String, Object>> made = jdbc.queryForList(
                "SELECT id, status, reason, created_by FROM rma_return WHERE order_id = ? AND platform_return_id = ?",
                orderId,
                platformReturnId);
        assertThat(made).hasSize(1);
        assertThat(made.get(0))
                .containsEntry("STATUS", "REQUESTED")
                .containsEntry("REASON", reason)
                .containsEntry("CREATED_BY", "sync");
        return clerk.ok(clerk.get("/api/v1/returns/" + made.get(0).get("ID")));
    }
}
