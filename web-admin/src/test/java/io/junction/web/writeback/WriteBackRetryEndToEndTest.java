package io.junction.web.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.ShippedOrders;
import io.junction.web.TaobaoOrdersApiTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A confirmation is never doubled and never lost, checked against the Taobao simulator's record of
 * consignments: when a retry replays one the marketplace had already accepted, when two people retry at once,
 * when the marketplace accepted it and the answer was lost (delivered twice), and when it refused for a reason
 * that a person then fixes.
 */
class WriteBackRetryEndToEndTest extends TaobaoOrdersApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRetryOfAConfirmationTheMarketplaceHadAcceptedSettlesAsConfirmedWithOneConsignment() {
        // given a shipment confirmed to Taobao, whose row then failed as if its answer had been lost
        ShippedOrders.Shipped shipped = shipping.shipOne();
        shipping.awaitWriteBack(shipped.orderId(), "CONFIRMED");
        assertThat(taobao.shipments(shipped.tid())).hasSize(1);
        long row = failAsIfTheAnswerWasLost(shipped);

        // when the clerk finds it in the queue with its reason, and two clicks retry it at once
        JsonNode failed = clerk.ok(clerk.get("/api/v1/write-back?status=FAILED&limit=500"));
        assertThat(failed.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode item = find(failed.get("items"), row);
        assertThat(item.get("lastError").asString()).isEqualTo("read timed out after 8 attempts");
        assertThat(item.get("platformOrderId").asString()).isEqualTo(shipped.tid());
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(
                () -> clerk.post("/api/v1/write-back/" + row + "/retry", null).status());
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(
                () -> clerk.post("/api/v1/write-back/" + row + "/retry", null).status());

        // then one retry queued it, the other was refused; Taobao answers "already consigned", which confirms it
        assertThat(List.of(first.join(), second.join())).containsExactlyInAnyOrder(200, 409);
        shipping.awaitWriteBack(shipped.orderId(), "CONFIRMED");
        assertThat(taobao.shipments(shipped.tid())).hasSize(1);
        ApiClient.Answer again = clerk.post("/api/v1/write-back/" + row + "/retry", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asString()).isEqualTo("already-confirmed");
    }

    @Test
    void aConsignmentAcceptedWhoseAnswerWasLostIsConfirmedOnceWithoutAPerson() {
        // given Taobao takes the next consignment and drops the connection before answering
        taobao.dropsConnectionAfterAccepting();

        // when the order ships
        ShippedOrders.Shipped shipped = shipping.shipOne();

        // then the relay's next attempt hears "already consigned": confirmed, one consignment
        shipping.awaitWriteBack(shipped.orderId(), "CONFIRMED");
        assertThat(taobao.shipments(shipped.tid())).hasSize(1);
    }

    @Test
    void aRefusalAPersonFixesIsRetriedInBulkAndConsignedOnce() {
        // given a trade whose buyer asked a refund after we shipped: Taobao refuses the consignment
        ShippedOrders.Shipped shipped = shipping.shipOneAfter(taobao::requestRefund);
        shipping.awaitWriteBack(shipped.orderId(), "FAILED");
        long row = rowOf(shipped);
        JsonNode item = find(
                clerk.ok(clerk.get("/api/v1/write-back?status=FAILED&limit=500"))
                        .get("items"),
                row);
        assertThat(item.get("lastError").asString()).contains("B27");
        assertThat(taobao.shipments(shipped.tid())).isEmpty();

        // when the seller settles the refund with the buyer and retries it in bulk, a repeated id included
        taobao.refuseRefund(shipped.tid());
        JsonNode done =
                clerk.ok(clerk.post("/api/v1/write-back/retry", "{\"ids\":[" + row + "," + row + ",987654321]}"));

        // then it is retried once and consigned once
        assertThat(done.get("retried")).hasSize(1);
        assertThat(done.get("refused"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("code").asString()).isEqualTo("no-such-row"));
        shipping.awaitWriteBack(shipped.orderId(), "CONFIRMED");
        assertThat(taobao.shipments(shipped.tid())).hasSize(1);
    }

    @Test
    void aRetryListWithoutIdsIsABadRequestThatChangesNothing() {
        // when / then
        ApiClient.Answer answer = clerk.post("/api/v1/write-back/retry", "{\"ids\":[]}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(clerk.get("/api/v1/write-back?status=NOPE").status()).isEqualTo(400);
    }

    private long failAsIfTheAnswerWasLost(ShippedOrders.Shipped shipped) {
        long row = rowOf(shipped);
        jdbc.update(
                "UPDATE wb_outbox SET status = 'FAILED', attempts = 8, last_error = 'read timed out after 8 attempts'"
                        + " WHERE id = ?",
                row);
        jdbc.update("UPDATE oms_order SET write_back_status = 'FAILED' WHERE id = ?", shipped.orderId());
        return row;
    }

    private long rowOf(ShippedOrders.Shipped shipped) {
        return jdbc.queryForObject("SELECT id FROM wb_outbox WHERE package_id = ?", Long.class, shipped.packageId());
    }

    private static JsonNode find(JsonNode items, long id) {
        for (JsonNode item : items) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("no row " + id + " in " + items);
    }
}
