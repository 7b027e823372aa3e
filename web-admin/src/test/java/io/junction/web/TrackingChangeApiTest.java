package io.junction.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.aliexpress.simulator.AliExpressSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An AliExpress order shipped through the REST API, then its tracking number changed at AliExpress:
 * the simulator records the edit once, the package carries the new number, the order shows the change.
 */
class TrackingChangeApiTest extends SignedInApiTest {

    @Autowired
    AliExpressSimulator aliExpress;

    String platformOrderId;
    long orderId;
    JsonNode pkg;

    @BeforeEach
    void aShippedAliExpressOrder() {
        long shopId = clerk.demoShop("ALIEXPRESS", aliExpress.gatewayUrl());
        platformOrderId = aliExpress
                .placeOrders(1, Instant.now().minus(Duration.ofMinutes(10)))
                .get(0);
        clerk.syncNow(shopId);
        JsonNode page = clerk.ok(clerk.get("/api/v1/orders?shopId=" + shopId + "&size=500"));
        orderId = -1;
        for (JsonNode item : page.get("items")) {
            if (platformOrderId.equals(item.get("platformOrderId").asString())) {
                orderId = item.get("id").asLong();
            }
        }
        assertThat(orderId).as("order %s synced", platformOrderId).isPositive();
        for (String action : List.of("audit", "allocate", "request-tracking", "mark-printed")) {
            if (action.equals("mark-printed")) {
                assertThat(clerk.post("/api/v1/labels", "{\"orderIds\":[" + orderId + "]}")
                                .status())
                        .as("labels printed")
                        .isEqualTo(200);
            }
            JsonNode result =
                    clerk.ok(clerk.post("/api/v1/orders/actions/" + action, "{\"orderIds\":[" + orderId + "]}"));
            assertThat(result.get("failed")).as(action).isEmpty();
        }
        pkg = detail().get("packages").get(0);
        assertThat(packer.scanAndShip(pkg.get("trackingNumber").asString())
                        .get("orderStatus")
                        .asString())
                .isEqualTo("SHIPPED");
        awaitConfirmed();
    }

    @Test
    void aChangedTrackingNumberIsDeclaredToAliExpressOnceAndCarriedByThePackage() {
        // when
        JsonNode change = clerk.ok(clerk.post(
                "/api/v1/packages/" + pkg.get("id").asLong() + "/tracking-changes",
                "{\"trackingNumber\":\"YT1234567890\",\"reason\":\"carrier relabelled the parcel\"}"));

        // then
        assertThat(change.get("status").asString()).as(change.toString()).isEqualTo("CONFIRMED");
        assertThat(change.get("oldTrackingNumber").asString())
                .isEqualTo(pkg.get("trackingNumber").asString());
        assertThat(aliExpress.shipmentEdits(platformOrderId)).isEqualTo(1);
        assertThat(aliExpress.shipments(platformOrderId))
                .singleElement()
                .satisfies(s -> assertThat(s.logisticsNo()).isEqualTo("YT1234567890"));
        JsonNode detail = detail();
        assertThat(detail.get("packages").get(0).get("trackingNumber").asString())
                .isEqualTo("YT1234567890");
        assertThat(detail.get("trackingChanges")).hasSize(1);
        assertThat(clerk.ok(clerk.get("/api/v1/packages/" + pkg.get("id").asLong() + "/tracking-changes")))
                .hasSize(1);
    }

    @Test
    void aBadNumberIsRefusedAndNothingIsSent() {
        ApiClient.Answer refused = clerk.post(
                "/api/v1/packages/" + pkg.get("id").asLong() + "/tracking-changes",
                "{\"trackingNumber\":\"YT 12\",\"reason\":\"typo\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asString()).contains("is not a tracking number");
        assertThat(aliExpress.shipmentEdits(platformOrderId)).isZero();
        assertThat(detail().get("trackingChanges")).isEmpty();
    }

    private JsonNode detail() {
        return clerk.ok(clerk.get("/api/v1/orders/" + orderId));
    }

    private void awaitConfirmed() {
        String seen = clerk.awaitWriteBack(orderId, "CONFIRMED");
        if (!"CONFIRMED".equals(seen)) {
            throw new AssertionError("write-back of order " + orderId + " is " + seen + ", expected CONFIRMED");
        }
    }
}
