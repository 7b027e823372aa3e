package io.junction.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.connectors.taobao.simulator.TaobaoSimulator;
import io.junction.order.OrderMapper;
import io.junction.shop.ShopService;
import io.junction.sync.OrderIntake;
import io.junction.web.ApiClient;
import io.junction.web.PaidOrders;
import io.junction.web.SignedInApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Bulk ship without a station (勾选发货) and force-ship (强制发货) over the REST API. */
class ShipWithoutStationApiTest extends SignedInApiTest {

    @Autowired
    TaobaoSimulator taobao;

    @Autowired
    OrderMapper orders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderIntake intake;

    @Autowired
    ShopService shops;

    ApiClient english;
    long shopId;

    @BeforeEach
    void signIn() {
        english = new ApiClient(port, "clerk", ApiClient.PASSWORD, new ArrayList<>(), "en");
        shopId = clerk.demoShop("TAOBAO", taobao.baseUrl());
    }

    @Test
    void printedOrdersShipOnceAndASecondCallIsRefusedPerOrderInTheCallersLanguage() {
        // given a printed order and one still waiting for review
        long printed = printed(placeAndSync());
        long unreviewed = orderId(placeAndSync());

        // when a clerk ships both without scanning
        JsonNode result = english.ok(
                english.post("/api/v1/orders/actions/ship", "{\"orderIds\":[" + printed + "," + unreviewed + "]}"));

        // then the printed one shipped, its confirmation queued once; the other refused with its reason
        assertThat(result.get("succeeded").get(0).asLong()).isEqualTo(printed);
        assertThat(result.get("failed").get(0).get("orderId").asLong()).isEqualTo(unreviewed);
        assertThat(result.get("failed").get(0).get("code").asString()).isEqualTo("wrong-status");
        assertThat(result.get("failed").get(0).get("reason").asString())
                .isEqualTo("The order is “To review”, not “To ship”");
        JsonNode detail = clerk.ok(clerk.get("/api/v1/orders/" + printed));
        assertThat(detail.get("order").get("status").asString()).isEqualTo("SHIPPED");
        assertThat(outboxRows(printed)).isEqualTo(1);

        // when the same order is shipped again
        JsonNode again = english.ok(english.post("/api/v1/orders/actions/ship", "{\"orderIds\":[" + printed + "]}"));

        // then nothing ships or is confirmed twice
        assertThat(again.get("succeeded")).isEmpty();
        assertThat(again.get("failed").get(0).get("code").asString()).isEqualTo("already-shipped");
        assertThat(again.get("failed").get(0).get("reason").asString()).contains("has shipped already");
        assertThat(outboxRows(printed)).isEqualTo(1);
    }

    @Test
    void aForceShipNeedsAReasonAndABodyThatNamesTheOrders() {
        long id = orderId(placeAndSync());
        int version = orders.findById(id).version();

        ApiClient.Answer noReason = clerk.post("/api/v1/orders/actions/force-ship", "{\"orderIds\":[" + id + "]}");
        ApiClient.Answer blankReason =
                clerk.post("/api/v1/orders/actions/force-ship", "{\"orderIds\":[" + id + "],\"reason\":\" \"}");
        ApiClient.Answer noOrders = clerk.post("/api/v1/orders/actions/force-ship/preview", "{}");

        assertThat(noReason.status()).as(noReason.text()).isEqualTo(400);
        assertThat(noReason.contentType()).contains("application/problem+json");
        assertThat(noReason.body().get("field").asString()).isEqualTo("reason");
        assertThat(blankReason.status()).isEqualTo(400);
        assertThat(noOrders.status()).isEqualTo(400);
        assertThat(noOrders.body().get("field").asString()).isEqualTo("orderIds");
        assertThat(orders.findById(id).version()).isEqualTo(version);
    }

    @Test
    void aRefundFlaggedOrderIsPreviewedThenForceShippedWithItsReasonAndANewParcel() {
        // given a printed order whose buyer then asked for a refund: the sync stopped it
        String tid = placeAndSync();
        long id = printed(tid);
        platformSays(id, PlatformState.REFUND_REQUESTED, 1);
        assertThat(orders.findById(id).status().name()).isEqualTo("EXCEPTION");

        // when the clerk previews a force-ship of it and of an order without a refund request
        long plain = orderId(placeAndSync());
        JsonNode preview = english.ok(
                english.post("/api/v1/orders/actions/force-ship/preview", "{\"orderIds\":[" + id + "," + plain + "]}"));

        // then each says what will happen, or why not
        assertThat(preview.get("total").asInt()).isEqualTo(2);
        JsonNode flagged = preview.get("orders").get(0);
        assertThat(flagged.get("allowed").asBoolean()).isTrue();
        assertThat(flagged.get("consequences").findValuesAsString("code"))
                .containsExactly("reallocates-stock", "requests-parcel", "flag-overridden");
        assertThat(flagged.get("consequences").get(1).get("text").asString()).startsWith("Requests a new parcel");
        JsonNode refused = preview.get("orders").get(1);
        assertThat(refused.get("allowed").asBoolean()).isFalse();
        assertThat(refused.get("refusal").get("code").asString()).isEqualTo("no-refund-flag");
        assertThat(orders.findById(id).status().name()).isEqualTo("EXCEPTION");

        // when it is force-shipped with a reason
        JsonNode result = clerk.ok(clerk.post(
                "/api/v1/orders/actions/force-ship", "{\"orderIds\":[" + id + "],\"reason\":\"买家已同意继续发货\"}"));

        // then it is back in the flow with a new tracking number, the reason in its history, and a later sync of
        // the same open request leaves it there
        assertThat(result.get("failed")).as(result.toString()).isEmpty();
        assertThat(orders.findById(id).status().name()).isEqualTo("PENDING_PRINT");
        assertThat(orders.history(id)).anySatisfy(h -> assertThat(h.reason()).endsWith("买家已同意继续发货"));
        platformSays(id, PlatformState.REFUND_REQUESTED, 2);
        assertThat(orders.findById(id).status().name()).isEqualTo("PENDING_PRINT");
    }

    /**
     * A sync reads the order again, {@code minutesLater} after its last platform change, now in {@code state} (the
     * simulator's own change would stay out of reach for the platform's one-minute data delay).
     */
    private void platformSays(long id, PlatformState state, int minutesLater) {
        ChannelOrder changed = PaidOrders.changed(
                orders.findById(id), orders.lines(id), state, "WAIT_SELLER_AGREE", Duration.ofMinutes(minutesLater));
        intake.ingest(shops.get(shopId), new OrderPage(List.of(changed), List.of(), null));
    }

    @Test
    void moreThanTwoHundredOrdersShipAsABackgroundJob() throws InterruptedException {
        // given 201 orders waiting for review in the shop
        for (String tid : taobao.placeOrders(201, Instant.now().minus(Duration.ofMinutes(10)))) {
            assertThat(tid).isNotBlank();
        }
        clerk.syncNow(shopId);

        // when a clerk ships every one of them by the list's filter
        ApiClient.Answer answer = clerk.post(
                "/api/v1/orders/actions/ship",
                "{\"filter\":{\"status\":\"PENDING_AUDIT\",\"shopId\":\"" + shopId + "\"}}");

        // then it runs in the background, and each order is refused with its reason: none was printed
        assertThat(answer.status()).as(answer.text()).isEqualTo(202);
        long jobId = answer.body().get("jobId").asLong();
        JsonNode job = clerk.awaitJob(jobId, Duration.ofSeconds(60));
        assertThat(job.get("total").asInt()).isGreaterThan(200);
        assertThat(job.get("succeeded")).isEmpty();
        assertThat(job.get("failed").size()).isEqualTo(job.get("total").asInt());
    }

    /** The synced order of {@code tid} taken to PENDING_SHIPMENT over the API: reviewed, allocated, tracked, printed. */
    private long printed(String tid) {
        long id = orderId(tid);
        for (String action : List.of("audit", "allocate", "request-tracking")) {
            JsonNode result = clerk.ok(clerk.post("/api/v1/orders/actions/" + action, "{\"orderIds\":[" + id + "]}"));
            assertThat(result.get("failed")).as(action + ": " + result).isEmpty();
        }
        assertThat(clerk.post("/api/v1/labels", "{\"orderIds\":[" + id + "]}").status())
                .isEqualTo(200);
        assertThat(clerk.ok(clerk.post("/api/v1/orders/actions/mark-printed", "{\"orderIds\":[" + id + "]}"))
                        .get("failed"))
                .isEmpty();
        return id;
    }

    private String placeAndSync() {
        String tid = taobao.placeOrders(1, Instant.now().minus(Duration.ofMinutes(10)))
                .get(0);
        clerk.syncNow(shopId);
        return tid;
    }

    private long orderId(String tid) {
        return orders.findByPlatformId(shopId, tid).id();
    }

    private long outboxRows(long orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM wb_outbox WHERE order_id = ?", Long.class, orderId);
    }
}
