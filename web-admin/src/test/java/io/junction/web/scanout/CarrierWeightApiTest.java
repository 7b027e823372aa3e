package io.junction.web.scanout;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.carriers.yunexpress.simulator.SimulatedParcel;
import io.junction.carriers.yunexpress.simulator.YunExpressSimulator;
import io.junction.web.ApiClient;
import io.junction.web.ShippedOrders;
import io.junction.web.TaobaoOrdersApiTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The weight a packer measures at the station reaches YunExpress's simulator, which takes weight updates. */
class CarrierWeightApiTest extends TaobaoOrdersApiTest {

    @Autowired
    YunExpressSimulator yunExpress;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMeasuredWeightReachesTheCarrierOnce() {
        // given a Taobao order pre-advised at YunExpress, weighed at the station before it ships
        AtomicReference<String> packageNo = new AtomicReference<>();
        ShippedOrders.Shipped shipped = shipping.shipOneAfter(tid -> {
            long packageId = jdbc.queryForObject(
                    "SELECT p.id FROM oms_package p JOIN oms_order o ON o.id = p.order_id"
                            + " WHERE o.platform_order_id = ? AND p.shipped_at IS NULL",
                    Long.class,
                    tid);
            packageNo.set(
                    jdbc.queryForObject("SELECT package_no FROM oms_package WHERE id = ?", String.class, packageId));
            ApiClient.Answer weighed = packer.post(
                    "/api/v1/scan-out/packages/" + packageId + "/weight",
                    "{\"grams\":1234,\"overrideReason\":\"gift box added\"}");
            assertThat(weighed.status()).isEqualTo(200);
            assertThat(weighed.body().get("accepted").asBoolean()).isTrue();
        });

        // when the relay has run
        SimulatedParcel parcel = awaitWeight(packageNo.get(), new BigDecimal("1.234"));

        // then YunExpress holds the measured weight, sent once and settled as sent
        assertThat(parcel.trackingNumber()).isEqualTo(shipped.trackingNumber());
        assertThat(jdbc.queryForMap(
                        "SELECT status, weight_grams, attempts FROM lgs_weight_update WHERE package_id = ?",
                        shipped.packageId()))
                .containsEntry("STATUS", "SENT")
                .containsEntry("WEIGHT_GRAMS", 1234)
                .containsEntry("ATTEMPTS", 1);
    }

    /** The weight YunExpress holds for the parcel and the status of our update to it, as last seen. */
    private record Seen(SimulatedParcel parcel, String status) {

        boolean sent(BigDecimal kg) {
            return parcel.weightKg().compareTo(kg) == 0 && "SENT".equals(status);
        }
    }

    private SimulatedParcel awaitWeight(String reference, BigDecimal kg) {
        Seen seen = ApiClient.poll(
                Duration.ofSeconds(30),
                () -> new Seen(
                        yunExpress.parcelsFor(reference).get(0),
                        jdbc
                                .queryForList(
                                        "SELECT w.status FROM lgs_weight_update w JOIN oms_package p ON p.id = w.package_id"
                                                + " WHERE p.package_no = ?",
                                        String.class,
                                        reference)
                                .stream()
                                .findFirst()
                                .orElse(null)),
                s -> s.sent(kg));
        if (seen != null && seen.sent(kg)) {
            return seen.parcel();
        }
        throw new AssertionError("YunExpress holds " + (seen == null ? null : seen.parcel()) + " for " + reference
                + ", not " + kg + " kg");
    }
}
