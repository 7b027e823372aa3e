package io.junction.carriers.fourpx.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.carriers.CarrierFixtures;
import io.junction.carriers.fourpx.FourPxCarrierAdapter;
import io.junction.carriers.fourpx.FourPxContractTestAccess;
import io.junction.carriers.fourpx.FourPxProperties;
import io.junction.carriers.kit.Md5;
import io.junction.connectors.kit.MutableClock;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.Parcel;
import io.junction.outcome.RemoteOutcome;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the 4PX simulator does beyond the carrier contract: FOP's gate, and lookups of several numbers. */
class FourPxSimulatorTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z"));
    private final OkHttpClient http = new OkHttpClient();
    private FourPxSimulator fourPx;
    private FourPxCarrierAdapter adapter;
    private CarrierAccess access;

    @BeforeEach
    void start() {
        fourPx = new FourPxSimulator("ak", "secret", 0, clock)
                .movesEvery(Duration.ofHours(1))
                .start();
        adapter = new FourPxCarrierAdapter(FourPxProperties.defaults(), http);
        access = new CarrierAccess(3, "FOURPX", fourPx.baseUrl(), Map.of("appKey", "ak", "appSecret", "secret"));
    }

    @AfterEach
    void stop() {
        fourPx.stop();
    }

    private JsonNode call(String appKey, String secret, String method, String body) throws IOException {
        String ts = String.valueOf(System.currentTimeMillis());
        String sign = Md5.hex("app_key" + appKey + "format" + "json" + "method" + method + "timestamp" + ts + "v"
                + "1.0.0" + body + secret);
        HttpUrl url = HttpUrl.parse(fourPx.baseUrl())
                .newBuilder()
                .addQueryParameter("app_key", appKey)
                .addQueryParameter("format", "json")
                .addQueryParameter("method", method)
                .addQueryParameter("timestamp", ts)
                .addQueryParameter("v", "1.0.0")
                .addQueryParameter("sign", sign)
                .build();
        return CarrierFixtures.postJson(http, url, body);
    }

    @Test
    void refusesAnUnknownAppKeyAndABadSignatureEachWithItsOwnError() throws IOException {
        // when
        JsonNode unknownKey = call("other", "secret", "ds.xms.order.get", "{\"request_no\":\"JX-1\"}");
        JsonNode badSign = call("ak", "not-the-secret", "ds.xms.order.get", "{\"request_no\":\"JX-1\"}");

        // then
        assertThat(unknownKey.get("result").asString()).isEqualTo("0");
        assertThat(unknownKey.get("errors").get(0).get("error_code").asString()).isEqualTo("0001");
        assertThat(badSign.get("errors").get(0).get("error_code").asString()).isEqualTo("0002");
    }

    @Test
    void aLookupOfSeveralNumbersAnswersTheOnesItHolds() throws IOException {
        // given
        adapter.createParcel(access, FourPxContractTestAccess.mug("JX-1", fourPx.serviceCode()));
        adapter.createParcel(access, FourPxContractTestAccess.mug("JX-2", fourPx.serviceCode()));

        // when
        JsonNode found = call("ak", "secret", "ds.xms.order.get", "{\"request_no\":\"JX-1,JX-404,JX-2\"}");

        // then
        assertThat(found.get("result").asString()).isEqualTo("1");
        assertThat(found.get("data")).hasSize(2);
        assertThat(found.get("data")
                        .get(1)
                        .get("consignment_info")
                        .get("ref_no")
                        .asString())
                .isEqualTo("JX-2");
    }

    @Test
    void aParcelPastItsFirstScanCanNoLongerBeCancelledButCanBeHeld() {
        // given
        Parcel parcel = ((RemoteOutcome.Succeeded<Parcel>)
                        adapter.createParcel(access, FourPxContractTestAccess.mug("JX-3", fourPx.serviceCode())))
                .value();
        clock.advance(Duration.ofMinutes(90));

        // when
        RemoteOutcome<Void> cancelled = adapter.cancelParcel(access, parcel);
        RemoteOutcome<Void> held = adapter.interceptParcel(access, parcel, "buyer cancelled");

        // then
        assertThat(cancelled).isInstanceOf(RemoteOutcome.Rejected.class);
        assertThat(held).isEqualTo(RemoteOutcome.succeeded(null));
        assertThat(adapter.interceptParcel(access, parcel, "again")).isEqualTo(RemoteOutcome.succeeded(null));
    }
}
