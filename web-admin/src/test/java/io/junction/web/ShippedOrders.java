package io.junction.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.taobao.simulator.TaobaoSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Orders taken through every stage to SHIPPED over the REST API, as a clerk and a packer do: reviewed, allocated,
 * pre-advised, printed, scanned and shipped; new ones are placed on and synced from this test context's Taobao
 * simulator.
 */
public final class ShippedOrders {

    /** One shipped order: Junction's id, the Taobao tid, and its package. */
    public record Shipped(long orderId, String tid, long packageId, String trackingNumber, JsonNode detail) {}

    private final ApiClient clerk;
    private final ApiClient packer;
    private final TaobaoSimulator taobao;
    private final long shopId;

    public ShippedOrders(ApiClient clerk, ApiClient packer, TaobaoSimulator taobao) {
        this.clerk = clerk;
        this.packer = packer;
        this.taobao = taobao;
        this.shopId = clerk.demoShop("TAOBAO", taobao.baseUrl());
    }

    /** A new paid Taobao order, shipped; its confirmation is on its way to the simulator. */
    public Shipped shipOne() {
        return shipOneAfter(tid -> {});
    }

    /** As {@link #shipOne()}, with {@code meanwhile} done to the trade on Taobao just before the packer ships it. */
    public Shipped shipOneAfter(java.util.function.Consumer<String> meanwhile) {
        String tid = placeAndSync();
        return ship(orderId(tid), tid, List.of("audit", "allocate", "request-tracking"), meanwhile);
    }

    /** A synced order of any marketplace waiting for review, taken to SHIPPED; {@code platformOrderId} its number. */
    public Shipped shipSynced(long orderId, String platformOrderId) {
        return ship(orderId, platformOrderId, List.of("audit", "allocate", "request-tracking"), t -> {});
    }

    /** An order waiting for allocation (a resend) taken to SHIPPED as any order; {@code tid} its number. */
    public Shipped shipAllocatable(long orderId, String tid) {
        return ship(orderId, tid, List.of("allocate", "request-tracking"), t -> {});
    }

    private Shipped ship(
            long orderId, String tid, List<String> actions, java.util.function.Consumer<String> meanwhile) {
        for (String action : actions) {
            JsonNode result =
                    clerk.ok(clerk.post("/api/v1/orders/actions/" + action, "{\"orderIds\":[" + orderId + "]}"));
            assertThat(result.get("failed")).as(action + ": " + result).isEmpty();
        }
        assertThat(clerk.post("/api/v1/labels", "{\"orderIds\":[" + orderId + "]}")
                        .status())
                .isEqualTo(200);
        assertThat(clerk.ok(clerk.post("/api/v1/orders/actions/mark-printed", "{\"orderIds\":[" + orderId + "]}"))
                        .get("failed"))
                .isEmpty();
        JsonNode pkg = detail(orderId).get("packages").get(0);
        String tracking = pkg.get("trackingNumber").asString();
        meanwhile.accept(tid);
        assertThat(packer.scanAndShip(tracking).get("orderStatus").asString()).isEqualTo("SHIPPED");
        return new Shipped(orderId, tid, pkg.get("id").asLong(), tracking, detail(orderId));
    }

    /** A new paid Taobao order, synced and waiting for review; Junction's id. */
    public long syncOne() {
        return orderId(placeAndSync());
    }

    /** A new paid Taobao order, placed ten minutes ago and synced; its tid. */
    private String placeAndSync() {
        String tid = taobao.placeOrders(1, Instant.now().minus(Duration.ofMinutes(10)))
                .get(0);
        JsonNode sync = clerk.syncNow(shopId);
        assertThat(sync.get("error").isNull()).as("sync error: %s", sync).isTrue();
        return tid;
    }

    public JsonNode detail(long orderId) {
        return clerk.ok(clerk.get("/api/v1/orders/" + orderId));
    }

    /** Waits up to 30 s for the order's write-back to reach {@code expected}. */
    public void awaitWriteBack(long orderId, String expected) {
        String seen = clerk.awaitWriteBack(orderId, expected);
        if (!expected.equals(seen)) {
            throw new AssertionError("order " + orderId + " write-back is " + seen + ", expected " + expected);
        }
    }

    private long orderId(String tid) {
        JsonNode page = clerk.ok(clerk.get("/api/v1/orders?platform=TAOBAO&shopId=" + shopId + "&size=500"));
        for (JsonNode item : page.get("items")) {
            if (tid.equals(item.get("platformOrderId").asString())) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("no order for Taobao trade " + tid);
    }
}
