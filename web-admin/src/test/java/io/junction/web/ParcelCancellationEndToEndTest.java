package io.junction.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.JunctionApplication;
import io.junction.carriers.yunexpress.simulator.YunExpressSimulator;
import io.junction.web.reliability.ReliabilityClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * A buyer cancels on Amazon an order already pre-advised at YunExpress: the next sync stops it,
 * gives its stock back and the relay deletes its parcel at YunExpress once; a parcel YunExpress
 * already received is left standing with YunExpress' reason on the order. Through the REST API,
 * on the demo wiring, with the application and the simulators on a clock the test moves (Amazon
 * lists a change only once it is two minutes old).
 */
@SpringBootTest(
        classes = {JunctionApplication.class, ReliabilityClock.Configuration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParcelCancellationEndToEndTest extends DemoAmazonShopApiTest {

    @Autowired
    YunExpressSimulator yunExpress;

    @Autowired
    ReliabilityClock clock;

    @Test
    void anOrderCancelledOnAmazonAfterItsPreAdviceIsStoppedAndItsYunExpressParcelDeletedOnce() {
        // given an Amazon order pre-advised at YunExpress
        String amazonId = amazon.placeOrders(1, clock.instant().minus(Duration.ofMinutes(10)))
                .get(0);
        long id = preAdvised(amazonId);
        JsonNode pkg = detail(id).get("packages").get(0);
        String reference = pkg.get("packageNo").asString();
        String tracking = pkg.get("trackingNumber").asString();
        assertThat(tracking).startsWith("YT");
        assertThat(yunExpress.parcelsFor(reference)).hasSize(1);

        // when the buyer cancels on Amazon and the shop syncs
        amazon.cancelOrder(amazonId);
        clock.advance(Duration.ofMinutes(3));
        sync();

        // then the order is stopped with the reason and its stock is back
        JsonNode stopped = detail(id);
        assertThat(stopped.get("order").get("status").asString()).isEqualTo("EXCEPTION");
        assertThat(stopped.get("order").get("statusReason").asString()).contains("cancelled on AMAZON");
        stopped.get("lines")
                .forEach(l -> assertThat(l.get("reserved").asBoolean()).isFalse());

        // and the relay deletes the parcel at YunExpress, once
        JsonNode cancelled = awaitCancellation(id, "CANCELLED");
        assertThat(cancelled.get("preadviceStatus").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("active").asBoolean()).isFalse();
        assertThat(cancelled.get("trackingNumber").isNull()).isTrue();
        assertThat(cancelled.get("cancelledTrackingNumber").asString()).isEqualTo(tracking);
        assertThat(reasons(id)).contains("carrier pre-advice " + tracking + " cancelled at YUNEXPRESS");
        assertThat(yunExpress.deletionsOf(reference)).isEqualTo(1);

        // and neither a later sync nor the relay's next rounds delete it again
        clock.advance(Duration.ofMinutes(3));
        sync();
        Pause.millis(1500);
        assertThat(yunExpress.deleteRequestsFor(reference)).isEqualTo(1);
        assertThat(detail(id).get("order").get("status").asString()).isEqualTo("EXCEPTION");
    }

    @Test
    void aParcelYunExpressAlreadyReceivedStaysWithYunExpressReasonOnTheOrder() {
        // given a pre-advised order whose parcel reached YunExpress' depot
        String amazonId = amazon.placeOrders(1, clock.instant().minus(Duration.ofMinutes(10)))
                .get(0);
        long id = preAdvised(amazonId);
        String reference = detail(id).get("packages").get(0).get("packageNo").asString();
        yunExpress.receives(reference);

        // when the buyer cancels on Amazon and the shop syncs
        amazon.cancelOrder(amazonId);
        clock.advance(Duration.ofMinutes(3));
        sync();

        // then YunExpress' refusal is on the package and in the order's history, for a person to act on
        JsonNode refused = awaitCancellation(id, "REFUSED");
        assertThat(refused.get("preadviceStatus").asString()).isEqualTo("CANCEL_REFUSED");
        assertThat(refused.get("cancellationError").asString()).contains("received by the warehouse");
        assertThat(reasons(id))
                .anySatisfy(r ->
                        assertThat(r).contains("YUNEXPRESS refused to cancel").contains("received by the warehouse"));
        assertThat(yunExpress.deletionsOf(reference)).isZero();
        assertThat(yunExpress.deleteRequestsFor(reference)).isEqualTo(1);
    }

    private long preAdvised(String amazonId) {
        sync();
        long id = orderId(amazonId);
        for (String action : List.of("audit", "allocate", "request-tracking")) {
            JsonNode result = clerk.ok(clerk.post("/api/v1/orders/actions/" + action, "{\"orderIds\":[" + id + "]}"));
            assertThat(result.get("failed")).as(action).isEmpty();
        }
        assertThat(detail(id).get("order").get("status").asString()).isEqualTo("PENDING_PRINT");
        return id;
    }

    private void sync() {
        JsonNode sync = clerk.syncNow(shopId);
        assertThat(sync.get("error").isNull()).as("sync error: %s", sync).isTrue();
    }

    private long orderId(String amazonId) {
        JsonNode page = clerk.ok(clerk.get("/api/v1/orders?platform=AMAZON&shopId=" + shopId + "&size=500"));
        for (JsonNode item : page.get("items")) {
            if (amazonId.equals(item.get("platformOrderId").asString())) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("no order " + amazonId);
    }

    private JsonNode detail(long id) {
        return clerk.ok(clerk.get("/api/v1/orders/" + id));
    }

    private List<String> reasons(long id) {
        List<String> reasons = new ArrayList<>();
        detail(id)
                .get("history")
                .forEach(h -> reasons.add(
                        h.get("reason").isNull() ? "" : h.get("reason").asString()));
        return reasons;
    }

    /** The order's first package once its cancellation reached {@code expected}. */
    private JsonNode awaitCancellation(long id, String expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode pkg = null;
        while (Instant.now().isBefore(deadline)) {
            pkg = detail(id).get("packages").get(0);
            if (expected.equals(pkg.get("cancellationStatus").asString(null))) {
                return pkg;
            }
            Pause.millis(200);
        }
        throw new AssertionError("order " + id + " package cancellation is not " + expected + ": " + pkg);
    }
}
