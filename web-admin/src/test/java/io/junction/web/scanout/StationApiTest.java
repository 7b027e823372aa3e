package io.junction.web.scanout;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.Order;
import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.scanout.ScanOutService;
import io.junction.scanout.ScanPackage;
import io.junction.scanout.StationSettings;
import io.junction.scanout.Stations;
import io.junction.web.ApiClient;
import io.junction.web.browser.DemoOrders;
import io.junction.web.order.OrderDetail;
import java.net.http.HttpClient;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The station's shift over the API, as a handheld app with a token calls it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DemoOrders.class)
class StationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoOrders demo;

    @Autowired
    ScanOutService scanOut;

    @Autowired
    Stations stations;

    @Autowired
    OrderMapper orders;

    @Autowired
    JdbcTemplate jdbc;

    String stationName;
    StationClient station;
    long orderId;
    OrderDetail.Package pkg;
    ScanPackage contents;

    @BeforeEach
    void aPrintedOrderExpectedToWeigh500GramsAtAStationOfItsOwn() {
        stationName = "api-" + UUID.randomUUID().toString().substring(0, 8);
        station = new StationClient(HttpClient.newHttpClient(), port, "packer", stationName);
        pkg = demo.readyPackage();
        jdbc.update("UPDATE oms_package SET weight_grams = 500 WHERE id = ?", pkg.id());
        contents = scanOut.read(pkg.id());
        orderId = contents.orderId();
    }

    @Test
    void aWeightOutsideTheToleranceIsRefusedLikeAnItemScanAndKeptWithAReason() {
        // when
        StationClient.Answer refused = station.weigh(pkg.id(), 900, null);

        // then
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("accepted").asBoolean()).isFalse();
        assertThat(refused.body().get("code").asString()).isEqualTo("WEIGHT_OUT_OF_TOLERANCE");
        assertThat(refused.body().get("reason").asString()).startsWith("WEIGHT: 900 g measured, 500 g expected");

        // when
        StationClient.Answer kept = station.weigh(pkg.id(), 900, "two extra manuals inside");

        // then
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.body().get("accepted").asBoolean()).isTrue();
        assertThat(kept.body().get("reason").isNull()).isTrue();
        assertThat(kept.body().get("pkg").get("measuredWeightGrams").asInt()).isEqualTo(900);
        assertThat(kept.body().get("pkg").get("weightOverrideReason").asString())
                .isEqualTo("two extra manuals inside");
    }

    @Test
    void aWeightOfNothingIsABadRequest() {
        // when
        StationClient.Answer answer = station.weigh(pkg.id(), 0, null);

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("field").asString()).isEqualTo("grams");
        assertThat(measured()).isNull();
    }

    @Test
    void aStationThatWeighsRefusesToShipUntilTheParcelIsWeighed() {
        // given
        stations.save(new StationSettings(stationName, true, 50, 10, false, false), "tester");
        scanEverything();

        // when
        StationClient.Answer ship = station.post("/api/v1/scan-out/packages/" + pkg.id() + "/ship", "{}");

        // then
        assertThat(ship.status()).isEqualTo(409);
        assertThat(ship.body().get("code").asString()).isEqualTo("NOT_WEIGHED");

        // when
        assertThat(station.weigh(pkg.id(), 510, null).status()).isEqualTo(200);
        StationClient.Answer shipped = station.post("/api/v1/scan-out/packages/" + pkg.id() + "/ship", "{}");

        // then
        assertThat(shipped.status()).isEqualTo(200);
        assertThat(shipped.body().get("shipped").asBoolean()).isTrue();
    }

    @Test
    void undoTakesTheLastItemBackAndSaysSoWhenNothingIsLeft() {
        // given
        ScanPackage.Item first = contents.items().get(0);
        assertThat(station.scan(pkg.id(), first.barcodes().get(0)).status()).isEqualTo(200);

        // when
        StationClient.Answer undone = station.undo(pkg.id());
        StationClient.Answer nothing = station.undo(pkg.id());

        // then
        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.body().get("sku").asString()).isEqualTo(first.sku());
        assertThat(undone.body().get("pkg").get("items").get(0).get("scanned").asInt())
                .isZero();
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.body().get("code").asString()).isEqualTo("NOTHING_TO_UNDO");
    }

    @Test
    void aPackerPutsAParcelOnTheProblemShelfAndTheClerkSeesTheOrderHeldWithTheReason() {
        // when
        StationClient.Answer setAside = station.post(
                "/api/v1/scan-out/packages/" + pkg.id() + "/problem-shelf", "{\"reason\":\"box crushed in transit\"}");

        // then
        assertThat(setAside.status()).isEqualTo(200);
        JsonNode order = ApiClient.clerk(port)
                .ok(ApiClient.clerk(port).get("/api/v1/orders/" + orderId))
                .get("order");
        assertThat(order.get("status").asString()).isEqualTo("ON_HOLD");
        assertThat(order.get("statusReason").asString()).isEqualTo("box crushed in transit");
        Order held = orders.findById(orderId);
        assertThat(held.heldFromStatus()).isEqualTo(OrderStatus.PENDING_SHIPMENT);
    }

    @Test
    void aProblemShelfWithoutAReasonChangesNothing() {
        // when
        StationClient.Answer answer =
                station.post("/api/v1/scan-out/packages/" + pkg.id() + "/problem-shelf", "{\"reason\":\"  \"}");

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("field").asString()).isEqualTo("reason");
        assertThat(orders.findById(orderId).status()).isEqualTo(OrderStatus.PENDING_SHIPMENT);
    }

    @Test
    void aStationThatAsksForTheQualityCheckShipsOnceItIsConfirmedAndTheLogSaysSo() {
        // given
        stations.save(new StationSettings(stationName, false, 50, 10, true, false), "tester");
        scanEverything();
        assertThat(station.post("/api/v1/scan-out/packages/" + pkg.id() + "/ship", "{}")
                        .body()
                        .get("code")
                        .asString())
                .isEqualTo("QC_NOT_CONFIRMED");

        // when
        StationClient.Answer qc = station.post("/api/v1/scan-out/packages/" + pkg.id() + "/qc", "{}");
        StationClient.Answer shipped = station.post("/api/v1/scan-out/packages/" + pkg.id() + "/ship", "{}");

        // then
        assertThat(qc.body().get("qcConfirmed").asBoolean()).isTrue();
        assertThat(shipped.status()).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "SELECT outcome FROM wms_scan_log WHERE package_id = ? AND station_name = ? ORDER BY id",
                        String.class,
                        pkg.id(),
                        stationName))
                .endsWith("REFUSED", "QC_CONFIRMED", "SHIPPED")
                .allMatch(o -> !o.isEmpty());
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT operator FROM wms_scan_log WHERE station_name = ?", String.class, stationName))
                .containsExactly("packer");
    }

    @Test
    void theStationsSettingsAreAnAdminsToSet() {
        // given
        String body = "{\"stationName\":\"" + stationName + "\",\"weighingRequired\":true,\"weightToleranceGrams\":20,"
                + "\"weightTolerancePct\":5,\"qcRequired\":false,\"oneScanShip\":true}";

        // when
        ApiClient.Answer byPacker = ApiClient.packer(port).put("/api/v1/stations", body);
        ApiClient.Answer byAdmin = ApiClient.admin(port).put("/api/v1/stations", body);
        ApiClient.Answer outOfRange = ApiClient.admin(port)
                .put("/api/v1/stations", body.replace("\"weightTolerancePct\":5", "\"weightTolerancePct\":500"));

        // then
        assertThat(byPacker.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(scanOut.settings(stationName)).isEqualTo(new StationSettings(stationName, true, 20, 5, false, true));
    }

    private void scanEverything() {
        for (ScanPackage.Item item : contents.items()) {
            for (int n = 0; n < item.quantity(); n++) {
                assertThat(station.scan(pkg.id(), item.barcodes().get(0)).status())
                        .isEqualTo(200);
            }
        }
    }

    private Integer measured() {
        return jdbc.queryForObject(
                "SELECT measured_weight_grams FROM oms_package WHERE id = ?", Integer.class, pkg.id());
    }
}
