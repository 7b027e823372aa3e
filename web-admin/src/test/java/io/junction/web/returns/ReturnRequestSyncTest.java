package io.junction.web.returns;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.taobao.simulator.TaobaoSimulator;
import io.junction.returns.ReturnRequestSync;
import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import io.junction.web.ApiClient;
import io.junction.web.ShippedOrders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Buyers' return requests on Taobao become returns waiting to be received, once each. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReturnRequestSyncTest {

    @LocalServerPort
    int port;

    @Autowired
    TaobaoSimulator taobao;

    @Autowired
    ReturnRequestSync sync;

    @Autowired
    ShopService shops;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTaobaoReturnRequestBecomesOneRequestedReturnOfTheShippedLine() {
        // given two shipped Taobao orders, confirmed on Taobao
        ApiClient clerk = ApiClient.clerk(port);
        ShippedOrders shipping = new ShippedOrders(clerk, ApiClient.packer(port), taobao);
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
        List<Map<String, Object>> made = jdbc.queryForList(
                "SELECT id, status, reason, created_by FROM rma_return WHERE order_id = ? AND platform_return_id = ?",
                returned.orderId(),
                refundId);
        assertThat(made).hasSize(1);
        assertThat(made.get(0))
                .containsEntry("STATUS", "REQUESTED")
                .containsEntry("REASON", "尺码不合适")
                .containsEntry("CREATED_BY", "sync");
        JsonNode ret = clerk.ok(clerk.get("/api/v1/returns/" + made.get(0).get("ID")));
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
}
