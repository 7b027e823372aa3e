package io.junction.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.carriers.yunexpress.simulator.YunExpressSimulator;
import io.junction.connectors.amazon.simulator.AmazonSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Orders from the Amazon simulator through every status to a confirmed shipment, through the REST
 * API only, with the YunExpress simulator as the carrier: the demo wiring, as a newcomer runs it.
 */
class PipelineEndToEndTest extends DemoAmazonShopApiTest {

    @Autowired
    YunExpressSimulator yunExpress;

    @Test
    void ordersFlowFromTheMarketplaceThroughEveryStageToAConfirmedShipment() throws Exception {
        // given three new orders on Amazon, old enough for the 2-minute rule
        List<String> amazonIds = amazon.placeOrders(3, Instant.now().minus(Duration.ofMinutes(10)));

        // when the shop syncs
        JsonNode sync = clerk.syncNow(shopId);

        // then they wait for review
        assertThat(sync.get("error").isNull()).as("sync error: %s", sync).isTrue();
        List<Long> ids = orderIds(amazonIds);
        assertThat(ids).hasSize(3);
        ids.forEach(id -> assertThat(status(id)).isEqualTo("PENDING_AUDIT"));

        // when the clerk reviews, allocates and requests tracking numbers
        for (String action : List.of("audit", "allocate", "request-tracking")) {
            JsonNode result = act(action, ids);
            assertThat(result.get("failed")).as(action).isEmpty();
            assertThat(longs(result.get("succeeded"))).as(action).containsExactlyInAnyOrderElementsOf(ids);
        }

        // then every order has a tracking number and waits for printing
        Map<Long, JsonNode> packages = new HashMap<>();
        for (long id : ids) {
            JsonNode detail = clerk.ok(clerk.get("/api/v1/orders/" + id));
            assertThat(detail.get("order").get("status").asString()).isEqualTo("PENDING_PRINT");
            JsonNode pkg = detail.get("packages").get(0);
            assertThat(pkg.get("trackingNumber").asString()).startsWith("YT");
            packages.put(id, pkg);
        }

        // when the labels are printed as one PDF
        ApiClient.Answer labels = clerk.post("/api/v1/labels", "{\"orderIds\":[" + join(ids) + "]}");
        assertThat(labels.status()).isEqualTo(200);
        assertThat(labels.contentType()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(labels.raw())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
        }
        assertThat(act("mark-printed", ids).get("failed")).isEmpty();

        // and the packer scans each package, a wrong item first, then the right ones, and ships it
        for (long id : ids) {
            String code = packages.get(id).get("trackingNumber").asString();
            long packageId = packer.ok(packer.post("/api/v1/scan-out/packages", "{\"code\":\"" + code + "\"}"))
                    .get("id")
                    .asLong();
            ApiClient.Answer wrong =
                    packer.post("/api/v1/scan-out/packages/" + packageId + "/items", "{\"barcode\":\"0000000000000\"}");
            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.body().get("accepted").asBoolean()).isFalse();
            assertThat(wrong.body().get("reason").asString()).contains("Unknown barcode");
            assertThat(packer.scanAndShip(code).get("orderStatus").asString()).isEqualTo("SHIPPED");
        }

        // then the write-back relay confirms every shipment to Amazon, once, with the right tracking number
        for (long id : ids) {
            awaitWriteBack(id, "CONFIRMED");
        }
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            String tracking = packages.get(id).get("trackingNumber").asString();
            List<AmazonSimulator.Confirmation> confirmations = amazon.confirmations(amazonIds.get(i));
            assertThat(confirmations).hasSize(1);
            assertThat(confirmations.get(0).trackingNumber()).isEqualTo(tracking);
            assertThat(amazon.fulfillmentStatus(amazonIds.get(i))).isEqualTo("SHIPPED");
            assertThat(yunExpress.parcelsFor(packages.get(id).get("packageNo").asString()))
                    .hasSize(1);
        }

        // and Amazon, which does not let a confirmed tracking number change, is not asked to
        long firstPackage = packages.get(ids.get(0)).get("id").asLong();
        ApiClient.Answer change = clerk.post(
                "/api/v1/packages/" + firstPackage + "/tracking-changes",
                "{\"trackingNumber\":\"YT0000000009\",\"reason\":\"relabelled\"}");
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.body().get("detail").asString())
                .startsWith("AMAZON does not let a confirmed tracking number be changed");
        assertThat(clerk.ok(clerk.get("/api/v1/orders/" + ids.get(0))).get("trackingChanges"))
                .isEmpty();

        // and a later sync sees Amazon's SHIPPED orders without duplicating or rolling anything back
        clerk.syncNow(shopId);
        assertThat(orderIds(amazonIds)).containsExactlyInAnyOrderElementsOf(ids);
        ids.forEach(id -> assertThat(status(id)).isEqualTo("SHIPPED"));
    }

    @Test
    void aPreAdviceWhoseAnswerIsLostIsLookedUpAndAdoptedNotCreatedTwice() {
        // given an allocated order
        List<String> amazonIds = amazon.placeOrders(1, Instant.now().minus(Duration.ofMinutes(10)));
        clerk.syncNow(shopId);
        long id = orderIds(amazonIds).get(0);
        act("audit", List.of(id));
        act("allocate", List.of(id));

        // when the carrier creates the parcel but the connection drops before its answer
        int createsBefore = yunExpress.createRequests();
        yunExpress.dropsConnectionAfterAccepting();
        JsonNode first = act("request-tracking", List.of(id));

        // then the order stays, with a reason that says the outcome is unknown
        assertThat(first.get("failed")).hasSize(1);
        assertThat(first.get("failed").get(0).get("reason").asString()).contains("did not answer");
        assertThat(status(id)).isEqualTo("PENDING_TRACKING");

        // when the clerk retries, and again should a retry be refused (at most three times in all)
        List<JsonNode> refusals = new ArrayList<>();
        JsonNode second = act("request-tracking", List.of(id));
        for (int retry = 1; retry < 3 && !second.get("failed").isEmpty(); retry++) {
            refusals.add(second.get("failed"));
            second = act("request-tracking", List.of(id));
        }

        // then the existing parcel is adopted, never asked for again: one create request, one parcel at the
        // carrier, and its number on the order
        assertThat(longs(second.get("succeeded")))
                .as("retried after %s", refusals)
                .containsExactly(id);
        assertThat(yunExpress.createRequests() - createsBefore)
                .as("create requests of the first attempt and the retries")
                .isEqualTo(1);
        JsonNode pkg =
                clerk.ok(clerk.get("/api/v1/orders/" + id)).get("packages").get(0);
        assertThat(yunExpress.parcelsFor(pkg.get("packageNo").asString()))
                .hasSize(1)
                .first()
                .satisfies(p -> assertThat(p.trackingNumber())
                        .isEqualTo(pkg.get("trackingNumber").asString()));
    }

    @Test
    void aMalformedOrderIsQuarantinedWithItsPayloadWhileTheRestOfThePageIsIngested() {
        // given a good order and a malformed one on the same page
        Instant at = Instant.now().minus(Duration.ofMinutes(10));
        List<String> good = amazon.placeOrders(1, at);
        String bad = amazon.placeMalformedOrder(at);

        // when
        JsonNode sync = clerk.syncNow(shopId);

        // then
        assertThat(sync.get("quarantined").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(orderIds(good)).hasSize(1);
        assertThat(orderIds(List.of(bad))).isEmpty();
        JsonNode quarantine = clerk.ok(clerk.get("/api/v1/quarantine?shopId=" + shopId));
        JsonNode kept = null;
        for (JsonNode q : quarantine) {
            if (bad.equals(q.get("platformOrderId").asString())) {
                kept = q;
            }
        }
        assertThat(kept).as("quarantined %s", bad).isNotNull();
        assertThat(kept.get("reason").asString()).isNotBlank();
        assertThat(kept.get("rawPayload").asString()).contains(bad);
    }

    private JsonNode act(String action, List<Long> ids) {
        return clerk.ok(clerk.post("/api/v1/orders/actions/" + action, "{\"orderIds\":[" + join(ids) + "]}"));
    }

    private String status(long id) {
        return clerk.ok(clerk.get("/api/v1/orders/" + id))
                .get("order")
                .get("status")
                .asString();
    }

    private void awaitWriteBack(long id, String expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String seen = null;
        while (Instant.now().isBefore(deadline)) {
            JsonNode order = clerk.ok(clerk.get("/api/v1/orders/" + id)).get("order");
            seen = order.get("writeBackStatus").isNull()
                    ? null
                    : order.get("writeBackStatus").asString();
            if (expected.equals(seen)) {
                return;
            }
            Pause.millis(200);
        }
        throw new AssertionError("order " + id + " write-back is " + seen + ", expected " + expected);
    }

    /** Our order ids for these Amazon order ids, in the same order; absent ones are left out. */
    private List<Long> orderIds(List<String> amazonIds) {
        JsonNode page = clerk.ok(clerk.get("/api/v1/orders?platform=AMAZON&shopId=" + shopId + "&size=500"));
        Map<String, List<Long>> byPlatformId = new HashMap<>();
        for (JsonNode item : page.get("items")) {
            byPlatformId
                    .computeIfAbsent(item.get("platformOrderId").asString(), k -> new ArrayList<>())
                    .add(item.get("id").asLong());
        }
        List<Long> ids = new ArrayList<>();
        for (String amazonId : amazonIds) {
            List<Long> found = byPlatformId.getOrDefault(amazonId, List.of());
            assertThat(found).as("copies of %s", amazonId).hasSizeLessThanOrEqualTo(1);
            ids.addAll(found);
        }
        return ids;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
