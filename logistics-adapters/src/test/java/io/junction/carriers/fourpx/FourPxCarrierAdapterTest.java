package io.junction.carriers.fourpx;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.junction.carriers.yunexpress.YunExpressFixtures.annaInBerlin;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.carriers.CarrierFixtures;
import io.junction.carriers.SignedPostAdapterTest;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelRequest;
import io.junction.logistics.ParcelRequest.CustomsItem;
import io.junction.logistics.ParcelTracking;
import io.junction.logistics.TrackingEvent;
import io.junction.logistics.TrackingStatus;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The adapter against recorded 4PX answers: for every operation, the body it sends, the URL it calls
 * (method and FOP signature in the query), and how it reads a success and an error.
 */
class FourPxCarrierAdapterTest extends SignedPostAdapterTest {

    private static final String PATH = "/router/api/service";
    private static final Parcel PARCEL = new Parcel("JX-1001", "4PX3000000000001CN", "DS300000000001");

    private final FourPxCarrierAdapter adapter = new FourPxCarrierAdapter(
            new FourPxProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20)),
            new OkHttpClient(),
            Clock.fixed(NOW, ZoneOffset.UTC),
            CarrierQuota.unlimited());

    FourPxCarrierAdapterTest() {
        super(PATH, "fourpx");
    }

    @Override
    protected CarrierAccess account(String endpoint) {
        return new CarrierAccess(3, "FOURPX", endpoint, Map.of("appKey", "ak-test", "appSecret", "secret-do-not-log"));
    }

    /** The query FOP wants: app key, format, method, timestamp, version, language and the MD5 signature. */
    private void verifySigned(String method, String body) {
        String timestamp = String.valueOf(NOW.toEpochMilli());
        api.verify(called(method)
                .withQueryParam("app_key", equalTo("ak-test"))
                .withQueryParam("format", equalTo("json"))
                .withQueryParam("timestamp", equalTo(timestamp))
                .withQueryParam("v", equalTo("1.0.0"))
                .withQueryParam("language", equalTo("cn"))
                .withQueryParam(
                        "sign",
                        equalTo(FourPxClient.sign("ak-test", method, timestamp, "1.0.0", body, "secret-do-not-log"))));
    }

    static ParcelRequest mugForAnna(String reference) {
        CustomsItem mug =
                new CustomsItem("SKU-MUG-01", "Ceramic mug", "陶瓷杯", "691200", 2, new BigDecimal("12.50"), 450);
        return new ParcelRequest(reference, "A1", 1250, annaInBerlin(), "EUR", List.of(mug));
    }

    @Test
    void servesTheFourPxCarrierCodeAndNamesItsCredentials() {
        // when / then
        assertThat(adapter.carrier()).isEqualTo("FOURPX");
        assertThat(adapter.credentialKeys()).containsExactly("appKey", "appSecret");
    }

    @Test
    void theFopSignatureIsTheMd5OfTheParametersBodyAndSecret() {
        // MD5("app_keyakformatjsonmethodmtimestamp1v1.0.0{}s") computed independently
        assertThat(FourPxClient.sign("ak", "m", "1", "1.0.0", "{}", "s")).isEqualTo("5096f8bd622905a3bcbaf16ac6fde865");
    }

    @Nested
    class CreateParcel {

        @Test
        void sendsTheConsignmentAsFopWantsIt() {
            // given
            answers("ds.xms.order.create", "create_success.json");

            // when
            adapter.createParcel(access, mugForAnna("JX-1001"));

            // then
            assertSent("ds.xms.order.create", fixture("create_request.json"));
        }

        @Test
        void postsToTheServiceSignedWithAppKeyAndSecret() {
            // given
            answers("ds.xms.order.create", "create_success.json");

            // when
            adapter.createParcel(access, mugForAnna("JX-1001"));

            // then
            verifySigned(
                    "ds.xms.order.create",
                    api.getAllServeEvents().get(0).getRequest().getBodyAsString());
        }

        @Test
        void returnsTheConsignmentWithFourPxsTrackingNumber() {
            // given
            answers("ds.xms.order.create", "create_success.json");

            // when / then
            assertThat(adapter.createParcel(access, mugForAnna("JX-1001"))).isEqualTo(RemoteOutcome.succeeded(PARCEL));
        }

        @Test
        void returnsFourPxsErrorAsARejection() {
            // given
            answers("ds.xms.order.create", "create_postcode_refused.json");

            // when / then
            assertThat(adapter.createParcel(access, mugForAnna("JX-1001")))
                    .isEqualTo(RemoteOutcome.rejected("10004", "收件人邮编格式不正确 post_code '1011' is not valid for DE"));
        }

        @Test
        void aSignatureRefusalIsARejectionEvenWithANumericResult() {
            // given
            answers("ds.xms.order.create", "error_sign.json");

            // when / then
            assertThat(adapter.createParcel(access, mugForAnna("JX-1001")))
                    .isEqualTo(RemoteOutcome.rejected("0002", "签名错误 sign is invalid"));
        }

        @Test
        void adoptsTheConsignmentFourPxAlreadyHoldsUnderTheReference() {
            // given
            answers("ds.xms.order.create", "create_duplicate.json");
            answers("ds.xms.order.get", "get_nested.json");

            // when / then
            assertThat(adapter.createParcel(access, mugForAnna("JX-1001"))).isEqualTo(RemoteOutcome.succeeded(PARCEL));
        }

        @Test
        void aResetConnectionIsUnknown() {
            // given
            api.stubFor(post(urlPathEqualTo(PATH))
                    .willReturn(aResponse()
                            .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

            // when / then
            assertThat(adapter.createParcel(access, mugForAnna("JX-1001"))).isInstanceOf(RemoteOutcome.Unknown.class);
            api.verify(1, called("ds.xms.order.create"));
        }
    }

    @Nested
    class FindParcel {

        @Test
        void asksForOurReference() {
            // given
            answers("ds.xms.order.get", "get_nested.json");

            // when
            adapter.findParcel(access, "JX-1001");

            // then
            assertSent("ds.xms.order.get", "{\"request_no\":\"JX-1001\"}");
        }

        @Test
        void callsOrderGetSigned() {
            // given
            answers("ds.xms.order.get", "get_nested.json");

            // when
            adapter.findParcel(access, "JX-1001");

            // then
            verifySigned("ds.xms.order.get", "{\"request_no\":\"JX-1001\"}");
        }

        @Test
        void readsTheConsignmentNestedOrFlat() {
            // given
            answers("ds.xms.order.get", "get_nested.json");

            // when / then
            assertThat(adapter.findParcel(access, "JX-1001")).isEqualTo(RemoteOutcome.succeeded(Optional.of(PARCEL)));
            api.resetAll();
            answers("ds.xms.order.get", "get_flat.json");
            assertThat(adapter.findParcel(access, "JX-1001"))
                    .isEqualTo(RemoteOutcome.succeeded(
                            Optional.of(new Parcel("JX-1001", "LX123456789CN", "DS300000000001"))));
        }

        @Test
        void findsNothingWhenNoneACancelledOneOrNotFoundIsAnswered() {
            for (String fixture : List.of("get_none.json", "get_cancelled.json", "not_found.json")) {
                api.resetAll();
                answers("ds.xms.order.get", fixture);
                assertThat(adapter.findParcel(access, "JX-1001"))
                        .as(fixture)
                        .isEqualTo(RemoteOutcome.succeeded(Optional.empty()));
            }
        }

        @Test
        void returnsAnotherErrorAsARejection() {
            // given
            answers("ds.xms.order.get", "error_sign.json");

            // when / then
            assertThat(adapter.findParcel(access, "JX-1001"))
                    .isEqualTo(RemoteOutcome.rejected("0002", "签名错误 sign is invalid"));
        }
    }

    @Nested
    class Label {

        private void labelAt(String url) {
            api.stubFor(post(urlPathEqualTo(PATH))
                    .withQueryParam("method", equalTo("ds.xms.label.get"))
                    .willReturn(okJson(fixture("label_success.json").replace("LABEL_URL", url))));
        }

        @Test
        void asksForAPdfOfTheConsignment() {
            // given
            labelAt("http://127.0.0.1:" + api.port() + "/files/DS300000000001.pdf");

            // when
            adapter.label(access, PARCEL);

            // then
            assertSent("ds.xms.label.get", "{\"request_no\":\"DS300000000001\",\"response_label_format\":\"PDF\"}");
        }

        @Test
        void callsLabelGetSignedThenDownloadsTheFile() {
            // given
            labelAt("http://127.0.0.1:" + api.port() + "/files/DS300000000001.pdf");
            api.stubFor(get(urlPathEqualTo("/files/DS300000000001.pdf"))
                    .willReturn(aResponse().withBody(PDF)));

            // when
            adapter.label(access, PARCEL);

            // then
            verifySigned("ds.xms.label.get", "{\"request_no\":\"DS300000000001\",\"response_label_format\":\"PDF\"}");
            api.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                    urlPathEqualTo("/files/DS300000000001.pdf")));
        }

        @Test
        void returnsThePdf() {
            // given
            labelAt("http://127.0.0.1:" + api.port() + "/files/DS300000000001.pdf");
            api.stubFor(get(urlPathEqualTo("/files/DS300000000001.pdf"))
                    .willReturn(aResponse().withBody(PDF)));

            // when
            RemoteOutcome<byte[]> label = adapter.label(access, PARCEL);

            // then
            assertThat(label).isInstanceOf(RemoteOutcome.Succeeded.class);
            assertThat(((RemoteOutcome.Succeeded<byte[]>) label).value()).isEqualTo(PDF);
        }

        @Test
        void returnsFourPxsErrorAsARejectionAndAFileThatIsNoPdfAsUnknown() {
            // given
            answers("ds.xms.label.get", "not_found.json");

            // when / then
            assertThat(adapter.label(access, PARCEL))
                    .isEqualTo(RemoteOutcome.rejected("20001", "订单不存在 consignment DS300000000001 does not exist"));
            api.resetAll();
            labelAt("http://127.0.0.1:" + api.port() + "/files/x.pdf");
            api.stubFor(
                    get(urlPathEqualTo("/files/x.pdf")).willReturn(aResponse().withBody("<html>")));
            assertThat(adapter.label(access, PARCEL)).isInstanceOf(RemoteOutcome.Unknown.class);
        }
    }

    @Nested
    class CancelParcel {

        @Test
        void sendsTheConsignmentNumberAndAReason() {
            // given
            answers("ds.xms.order.cancel", "ok.json");

            // when
            adapter.cancelParcel(access, PARCEL);

            // then
            assertSent(
                    "ds.xms.order.cancel",
                    "{\"request_no\":\"DS300000000001\",\"cancel_reason\":\"cancelled by the seller\"}");
        }

        @Test
        void callsOrderCancelSigned() {
            // given
            answers("ds.xms.order.cancel", "ok.json");

            // when
            adapter.cancelParcel(access, PARCEL);

            // then
            verifySigned(
                    "ds.xms.order.cancel",
                    "{\"request_no\":\"DS300000000001\",\"cancel_reason\":\"cancelled by the seller\"}");
        }

        @Test
        void succeeds() {
            // given
            answers("ds.xms.order.cancel", "ok.json");

            // when / then
            assertThat(adapter.cancelParcel(access, PARCEL)).isEqualTo(RemoteOutcome.succeeded(null));
        }

        @Test
        void returnsARefusalWithFourPxsReason() {
            // given
            answers("ds.xms.order.cancel", "cancel_received.json");

            // when / then
            assertThat(adapter.cancelParcel(access, PARCEL))
                    .isEqualTo(RemoteOutcome.rejected(
                            "20002",
                            "订单已收货，不能取消 consignment DS300000000001 has been received and cannot be cancelled"));
        }

        @Test
        void aConsignmentFourPxDoesNotKnowIsCancelledWhenTheLookupFindsNone() {
            // given
            answers("ds.xms.order.cancel", "not_found.json");
            answers("ds.xms.order.get", "get_none.json");

            // when / then
            assertThat(adapter.cancelParcel(access, PARCEL)).isEqualTo(RemoteOutcome.succeeded(null));
        }
    }

    @Nested
    class InterceptParcel {

        @Test
        void asksToHoldTheConsignmentWithTheReason() {
            // given
            answers("ds.xms.order.hold", "ok.json");

            // when
            adapter.interceptParcel(access, PARCEL, "buyer cancelled");

            // then
            assertSent(
                    "ds.xms.order.hold",
                    "{\"request_no\":\"DS300000000001\",\"is_hold\":\"Y\",\"hold_reason\":\"buyer cancelled\"}");
        }

        @Test
        void callsOrderHoldSigned() {
            // given
            answers("ds.xms.order.hold", "ok.json");

            // when
            adapter.interceptParcel(access, PARCEL, "buyer cancelled");

            // then
            verifySigned(
                    "ds.xms.order.hold",
                    "{\"request_no\":\"DS300000000001\",\"is_hold\":\"Y\",\"hold_reason\":\"buyer cancelled\"}");
        }

        @Test
        void succeeds() {
            // given
            answers("ds.xms.order.hold", "ok.json");

            // when / then
            assertThat(adapter.interceptParcel(access, PARCEL, "buyer cancelled"))
                    .isEqualTo(RemoteOutcome.succeeded(null));
        }

        @Test
        void returnsARefusalWithFourPxsReason() {
            // given
            answers("ds.xms.order.hold", "hold_too_late.json");

            // when / then
            assertThat(adapter.interceptParcel(access, PARCEL, "buyer cancelled"))
                    .isEqualTo(RemoteOutcome.rejected(
                            "20004",
                            "包裹已派送，不能拦截 parcel DS300000000001 is out for delivery or delivered and cannot be held"));
        }
    }

    @Nested
    class Track {

        @Test
        void asksForTheTrackingNumber() {
            // given
            answers("tr.order.tracking.get", "tracking_success.json");

            // when
            adapter.track(access, PARCEL);

            // then
            assertSent("tr.order.tracking.get", "{\"deliveryOrderNo\":\"4PX3000000000001CN\"}");
        }

        @Test
        void callsTrackingGetSigned() {
            // given
            answers("tr.order.tracking.get", "tracking_success.json");

            // when
            adapter.track(access, PARCEL);

            // then
            verifySigned("tr.order.tracking.get", "{\"deliveryOrderNo\":\"4PX3000000000001CN\"}");
        }

        @Test
        void readsTheEventsOldestFirstInChinaTimeWithTheirTextAndStatus() {
            // given
            answers("tr.order.tracking.get", "tracking_success.json");

            // when
            RemoteOutcome<ParcelTracking> outcome = adapter.track(access, PARCEL);

            // then
            assertThat(outcome).isInstanceOf(RemoteOutcome.Succeeded.class);
            ParcelTracking tracking = ((RemoteOutcome.Succeeded<ParcelTracking>) outcome).value();
            assertThat(tracking.status()).isEqualTo(TrackingStatus.DELIVERED);
            assertThat(tracking.events())
                    .containsExactly(
                            new TrackingEvent(
                                    Instant.parse("2026-12-02T02:15:00Z"),
                                    "Parcel received at the sorting center 深圳分拣中心已收货",
                                    "Shenzhen, CN",
                                    TrackingStatus.PICKED_UP),
                            new TrackingEvent(
                                    Instant.parse("2026-12-03T01:00:00Z"),
                                    "Departed from the origin sorting center",
                                    "Shenzhen, CN",
                                    TrackingStatus.IN_TRANSIT),
                            new TrackingEvent(
                                    Instant.parse("2026-12-05T08:20:00Z"),
                                    "Delivered",
                                    "Berlin, DE",
                                    TrackingStatus.DELIVERED));
        }

        @Test
        void returnsFourPxsErrorAsARejection() {
            // given
            answers("tr.order.tracking.get", "not_found.json");

            // when / then
            assertThat(adapter.track(access, PARCEL))
                    .isEqualTo(RemoteOutcome.rejected("20001", "订单不存在 consignment DS300000000001 does not exist"));
        }
    }

    @Test
    void doesNotOfferAWeightUpdate() {
        // when / then
        assertThat(adapter.updateWeight(access, PARCEL, 900))
                .isEqualTo(RemoteOutcome.rejected("NOT_SUPPORTED", "FOURPX does not support updating the weight"));
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    static String fixture(String name) {
        return CarrierFixtures.fixture("fourpx", name);
    }
}
