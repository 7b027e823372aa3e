package io.junction.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.aliexpress.simulator.AliExpressSimulator;
import io.junction.connectors.amazon.simulator.AmazonSimulator;
import io.junction.connectors.jd.simulator.JdSimulator;
import io.junction.connectors.taobao.simulator.TaobaoSimulator;
import io.junction.web.ApiClient;
import io.junction.web.SignedInApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Orders split through the REST API, shipped package by package, and confirmed to each marketplace the
 * way it takes a partial shipment, as its simulator records it.
 */
class SplitApiTest extends SignedInApiTest {

    @Autowired
    AliExpressSimulator aliExpress;

    @Autowired
    TaobaoSimulator taobao;

    @Autowired
    AmazonSimulator amazon;

    @Autowired
    JdSimulator jd;

    @Test
    void aSplitAliExpressOrderIsDeclaredPackageByPackageAsPartialShipments() {
        // given / when
        Split split = splitAndShip("ALIEXPRESS", aliExpress.baseUrl(), at -> aliExpress.placeOrders(6, at), 1);

        // then
        assertThat(aliExpress.shipments(split.platformOrderId()))
                .hasSize(2)
                .allSatisfy(s -> assertThat(s.sendType()).isEqualTo("part"))
                .extracting(AliExpressSimulator.Shipment::logisticsNo)
                .containsExactlyInAnyOrderElementsOf(split.trackingNumbers());
    }

    @Test
    void aSplitTaobaoOrderIsSentAsSplitWithTheSubOrdersOfEachPackage() {
        // given / when
        // Taobao splits a trade by its sub-orders (sub_tid), never the units of one: a trade of two lines or more
        Split split = splitAndShip("TAOBAO", taobao.baseUrl(), at -> taobao.placeOrders(20, at), 2);

        // then
        assertThat(taobao.shipments(split.platformOrderId()))
                .hasSize(2)
                .allSatisfy(s -> {
                    assertThat(s.split()).isTrue();
                    assertThat(s.subTids()).isNotEmpty();
                })
                .extracting(TaobaoSimulator.Shipment::outSid)
                .containsExactlyInAnyOrderElementsOf(split.trackingNumbers());
    }

    @Test
    void aSplitAmazonOrderIsConfirmedWithEachPackagesOwnItems() {
        // given / when
        Split split = splitAndShip("AMAZON", amazon.baseUrl(), at -> amazon.placeOrders(6, at), 1);

        // then each confirmation carries the items of its package, together the whole order
        List<AmazonSimulator.Confirmation> confirmations = amazon.confirmations(split.platformOrderId());
        assertThat(confirmations)
                .hasSize(2)
                .extracting(AmazonSimulator.Confirmation::trackingNumber)
                .containsExactlyInAnyOrderElementsOf(split.trackingNumbers());
        int confirmed = confirmations.stream()
                .flatMap(c -> c.items().stream())
                .mapToInt(AmazonSimulator.Confirmation.Item::quantity)
                .sum();
        assertThat(confirmed).isEqualTo(split.units());
        assertThat(confirmations).allSatisfy(c -> assertThat(c.items()).isNotEmpty());
    }

    @Test
    void aJdOrderIsNotSplitBecauseJdConfirmsWholeOrdersOnly() {
        // given
        long orderId = allocatedOrder("JD", jd.baseUrl(), at -> jd.placeOrders(1, at));
        JsonNode line = detail(orderId).get("lines").get(0);

        // when
        ApiClient.Answer refused = clerk.post(
                "/api/v1/orders/" + orderId + "/split",
                "{\"packages\":[[{\"lineId\":" + line.get("id").asLong() + ",\"quantity\":1}],[{\"lineId\":"
                        + line.get("id").asLong() + ",\"quantity\":1}]]}");

        // then
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("code").asString()).isEqualTo("split-unsupported");
        assertThat(detail(orderId).get("packages")).hasSize(1);
    }

    @Test
    void aTaobaoLineIsNotSplitByItsUnitsBecauseTaobaoShipsEachSubOrderWhole() {
        // given an allocated Taobao trade with a line of two units or more
        long shopId = shop("TAOBAO", taobao.baseUrl());
        List<String> placed = taobao.placeOrders(20, Instant.now().minus(Duration.ofMinutes(10)));
        clerk.syncNow(shopId);
        long orderId = -1;
        JsonNode line = null;
        for (String p : placed) {
            for (JsonNode l : detail(ourId(shopId, p)).get("lines")) {
                if (orderId < 0 && l.get("quantity").asInt() > 1) {
                    orderId = ourId(shopId, p);
                    line = l;
                }
            }
        }
        assertThat(orderId)
                .as("a trade with a line of two units among %s", placed)
                .isPositive();
        act(orderId, "audit", "allocate");
        List<String> rest = new ArrayList<>();
        for (JsonNode l : detail(orderId).get("lines")) {
            if (l.get("id").asLong() != line.get("id").asLong()) {
                rest.add(part(l.get("id").asLong(), l.get("quantity").asInt()));
            }
        }
        int quantity = line.get("quantity").asInt();
        rest.add(part(line.get("id").asLong(), quantity - 1));

        // when one unit of the line goes in a package of its own
        ApiClient.Answer refused = clerk.post(
                "/api/v1/orders/" + orderId + "/split",
                "{\"packages\":[[" + part(line.get("id").asLong(), 1) + "],[" + String.join(",", rest) + "]]}");

        // then the split is refused with the reason, and the order keeps its one package
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("code").asString()).isEqualTo("split-line-whole");
        assertThat(refused.body().get("detail").asString())
                .contains(
                        "put all " + quantity + " of " + line.get("platformSku").asString() + " in one package");
        assertThat(activePackages(detail(orderId))).hasSize(1);
    }

    @Test
    void aSplitIsRefusedOnceTrackingIsRequestedAndABadSplitChangesNothing() {
        // given
        long orderId = allocatedOrder("AMAZON", amazon.baseUrl(), at -> amazon.placeOrders(1, at));
        long lineId = detail(orderId).get("lines").get(0).get("id").asLong();
        String tooMany = "{\"packages\":[[{\"lineId\":" + lineId + ",\"quantity\":50}],[{\"lineId\":" + lineId
                + ",\"quantity\":50}]]}";

        // when
        ApiClient.Answer mismatch = clerk.post("/api/v1/orders/" + orderId + "/split", tooMany);
        ApiClient.Answer one = clerk.post(
                "/api/v1/orders/" + orderId + "/split",
                "{\"packages\":[[{\"lineId\":" + lineId + ",\"quantity\":1}]]}");
        act(orderId, "request-tracking");
        ApiClient.Answer late = clerk.post("/api/v1/orders/" + orderId + "/split", tooMany);

        // then
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.body().get("code").asString()).isEqualTo("split-units-mismatch");
        assertThat(one.status()).isEqualTo(400);
        assertThat(one.body().get("field").asString()).isEqualTo("packages");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("code").asString()).isEqualTo("split-wrong-status");
    }

    /** An order split in two, its tracking numbers, and how many units it holds. */
    record Split(String platformOrderId, List<String> trackingNumbers, int units) {}

    /**
     * Places orders, picks one with at least two units, allocates and splits it in two (by line when it has
     * several, else by units), requests tracking, prints, ships each package and waits for the write-back.
     */
    /** An order of at least two units in at least {@code minLines} lines, split in two, printed, shipped, confirmed. */
    private Split splitAndShip(String platform, String simulator, Function<Instant, List<String>> place, int minLines) {
        long shopId = shop(platform, simulator);
        List<String> placed = place.apply(Instant.now().minus(Duration.ofMinutes(10)));
        clerk.syncNow(shopId);
        long orderId = -1;
        String platformOrderId = null;
        for (String p : placed) {
            long id = ourId(shopId, p);
            JsonNode lines = detail(id).get("lines");
            if (lines.size() >= minLines
                    && (lines.size() > 1 || lines.get(0).get("quantity").asInt() > 1)) {
                orderId = id;
                platformOrderId = p;
                break;
            }
        }
        assertThat(orderId)
                .as("an order of at least two units in %d lines or more among %s", minLines, placed)
                .isPositive();
        act(orderId, "audit", "allocate");
        JsonNode lines = detail(orderId).get("lines");
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        int units = 0;
        for (int i = 0; i < lines.size(); i++) {
            long lineId = lines.get(i).get("id").asLong();
            int quantity = lines.get(i).get("quantity").asInt();
            units += quantity;
            if (lines.size() == 1) {
                first.add(part(lineId, 1));
                second.add(part(lineId, quantity - 1));
            } else if (i == 0) {
                first.add(part(lineId, quantity));
            } else {
                second.add(part(lineId, quantity));
            }
        }
        JsonNode split = clerk.ok(clerk.post(
                "/api/v1/orders/" + orderId + "/split",
                "{\"packages\":[[" + String.join(",", first) + "],[" + String.join(",", second) + "]]}"));
        assertThat(activePackages(split)).hasSize(2);
        act(orderId, "request-tracking");
        assertThat(clerk.post("/api/v1/labels", "{\"orderIds\":[" + orderId + "]}")
                        .status())
                .isEqualTo(200);
        act(orderId, "mark-printed");
        List<String> trackingNumbers = new ArrayList<>();
        for (JsonNode pkg : activePackages(detail(orderId))) {
            trackingNumbers.add(pkg.get("trackingNumber").asString());
            packer.scanAndShip(pkg.get("trackingNumber").asString());
        }
        awaitWriteBack(orderId);
        return new Split(platformOrderId, trackingNumbers, units);
    }

    private static String part(long lineId, int quantity) {
        return "{\"lineId\":" + lineId + ",\"quantity\":" + quantity + "}";
    }

    private static List<JsonNode> activePackages(JsonNode detail) {
        List<JsonNode> active = new ArrayList<>();
        detail.get("packages").forEach(p -> {
            if (p.get("active").asBoolean()) {
                active.add(p);
            }
        });
        return active;
    }

    /** A new order on the platform's demo shop, placed ten minutes ago, synced, reviewed and allocated; its id. */
    private long allocatedOrder(String platform, String simulator, Function<Instant, List<String>> place) {
        long shopId = shop(platform, simulator);
        List<String> placed = place.apply(Instant.now().minus(Duration.ofMinutes(10)));
        clerk.syncNow(shopId);
        long orderId = ourId(shopId, placed.get(0));
        act(orderId, "audit", "allocate");
        return orderId;
    }

    private void act(long orderId, String... actions) {
        for (String action : actions) {
            JsonNode result =
                    clerk.ok(clerk.post("/api/v1/orders/actions/" + action, "{\"orderIds\":[" + orderId + "]}"));
            assertThat(result.get("failed")).as(action + " " + result).isEmpty();
        }
    }

    private JsonNode detail(long orderId) {
        return clerk.ok(clerk.get("/api/v1/orders/" + orderId));
    }

    private long shop(String platform, String simulatorBase) {
        for (JsonNode shop : clerk.ok(clerk.get("/api/v1/shops"))) {
            if (platform.equals(shop.get("platform").asString())
                    && shop.get("endpoint").asString().startsWith(simulatorBase)) {
                return shop.get("id").asLong();
            }
        }
        throw new AssertionError("no demo " + platform + " shop on " + simulatorBase);
    }

    private long ourId(long shopId, String platformOrderId) {
        JsonNode page = clerk.ok(clerk.get("/api/v1/orders?shopId=" + shopId + "&size=500"));
        for (JsonNode item : page.get("items")) {
            if (platformOrderId.equals(item.get("platformOrderId").asString())) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("order " + platformOrderId + " not synced");
    }

    private void awaitWriteBack(long orderId) {
        assertThat(clerk.awaitWriteBack(orderId, "CONFIRMED", "FAILED"))
                .as("write-back of order %s", orderId)
                .isEqualTo("CONFIRMED");
    }
}
