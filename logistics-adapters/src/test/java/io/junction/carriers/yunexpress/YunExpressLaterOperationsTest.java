package io.junction.carriers.yunexpress;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.junction.carriers.yunexpress.YunExpressFixtures.account;
import static io.junction.carriers.yunexpress.YunExpressFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAdapter;
import io.junction.logistics.FreightQuote;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelTracking;
import io.junction.logistics.QuoteRequest;
import io.junction.logistics.TrackingEvent;
import io.junction.logistics.TrackingStatus;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** YunExpress' tracking, intercept, weight update and price trial against recorded answers: the same four tests each. */
class YunExpressLaterOperationsTest {

    private static final String AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString("C10086&test-secret-do-not-log".getBytes(StandardCharsets.UTF_8));
    private static final Parcel PARCEL = new Parcel("JX-1001", "YT2500000000000001", "YE2500000000000001");

    private final WireMockServer yunExpress =
            new WireMockServer(wireMockConfig().dynamicPort().notifier(new ConsoleNotifier(false)));
    private final YunExpressCarrierAdapter adapter = new YunExpressCarrierAdapter(
            new YunExpressProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20)),
            new OkHttpClient());
    private CarrierAccess access;

    @BeforeEach
    void start() {
        yunExpress.start();
        access = account("http://127.0.0.1:" + yunExpress.port() + "/api/");
    }

    @AfterEach
    void stop() {
        yunExpress.stop();
    }

    @Test
    void offersTrackingInterceptWeightUpdateAndQuotes() {
        // when / then
        assertThat(CarrierAdapter.Operation.values()).allMatch(adapter::supports);
    }

    @Nested
    class Track {

        private static final String URL = "/api/Tracking/GetTrackInfo?OrderNumber=YT2500000000000001";

        @Test
        void asksForTheTrackingNumber() {
            // given
            yunExpress.stubFor(get(urlEqualTo(URL)).willReturn(okJson(fixture("track_info_success.json"))));

            // when
            adapter.track(access, PARCEL);

            // then
            yunExpress.verify(getRequestedFor(urlPathEqualTo("/api/Tracking/GetTrackInfo"))
                    .withQueryParam("OrderNumber", equalTo("YT2500000000000001")));
        }

        @Test
        void callsGetTrackInfoWithBasicAuth() {
            // given
            yunExpress.stubFor(get(urlEqualTo(URL)).willReturn(okJson(fixture("track_info_success.json"))));

            // when
            adapter.track(access, PARCEL);

            // then
            yunExpress.verify(getRequestedFor(urlEqualTo(URL)).withHeader("Authorization", equalTo(AUTHORIZATION)));
        }

        @Test
        void readsTheStateAndTheEventsInChinaTime() {
            // given
            yunExpress.stubFor(get(urlEqualTo(URL)).willReturn(okJson(fixture("track_info_success.json"))));

            // when
            RemoteOutcome<ParcelTracking> outcome = adapter.track(access, PARCEL);

            // then
            assertThat(outcome)
                    .isEqualTo(RemoteOutcome.succeeded(new ParcelTracking(
                            "YT2500000000000001",
                            TrackingStatus.IN_TRANSIT,
                            List.of(
                                    new TrackingEvent(
                                            Instant.parse("2026-12-02T02:15:00Z"),
                                            "Parcel received at the sorting center 深圳分拣中心已收货",
                                            "Shenzhen",
                                            TrackingStatus.PICKED_UP),
                                    new TrackingEvent(
                                            Instant.parse("2026-12-03T01:00:00Z"),
                                            "Departed from the origin sorting center",
                                            "Shenzhen",
                                            TrackingStatus.IN_TRANSIT)))));
        }

        @Test
        void readsAnItemSentAsAListAndItsPackageState() {
            // given
            yunExpress.stubFor(get(urlEqualTo(URL)).willReturn(okJson(fixture("track_info_list.json"))));

            // when
            RemoteOutcome<ParcelTracking> outcome = adapter.track(access, PARCEL);

            // then
            assertThat(outcome).isInstanceOf(RemoteOutcome.Succeeded.class);
            assertThat(((RemoteOutcome.Succeeded<ParcelTracking>) outcome)
                            .value()
                            .status())
                    .isEqualTo(TrackingStatus.DELIVERED);
        }

        @Test
        void returnsTheCarrierErrorAsARejectionAndNoItemAsNoSuchOrder() {
            // given
            yunExpress.stubFor(get(urlEqualTo(URL)).willReturn(okJson(fixture("error_signature.json"))));

            // when / then
            assertThat(adapter.track(access, PARCEL)).isEqualTo(RemoteOutcome.rejected("1003", "签名错误"));
            yunExpress.resetAll();
            yunExpress.stubFor(get(urlEqualTo(URL)).willReturn(okJson(fixture("track_info_none.json"))));

            // when
            RemoteOutcome<ParcelTracking> none = adapter.track(access, PARCEL);

            // then
            assertThat(((RemoteOutcome.Rejected<ParcelTracking>) none).code()).isEqualTo("NO_SUCH_ORDER");
        }
    }

    @Nested
    class Intercept {

        @Test
        void sendsTheWaybillAndTheReason() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/Intercept")).willReturn(okJson(fixture("change_success.json"))));

            // when
            adapter.interceptParcel(access, PARCEL, "buyer cancelled");

            // then
            yunExpress.verify(postRequestedFor(urlEqualTo("/api/WayBill/Intercept"))
                    .withRequestBody(equalToJson(fixture("intercept_request.json"))));
        }

        @Test
        void postsToInterceptWithBasicAuth() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/Intercept")).willReturn(okJson(fixture("change_success.json"))));

            // when
            adapter.interceptParcel(access, PARCEL, "buyer cancelled");

            // then
            yunExpress.verify(postRequestedFor(urlEqualTo("/api/WayBill/Intercept"))
                    .withHeader("Authorization", equalTo(AUTHORIZATION)));
        }

        @Test
        void succeeds() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/Intercept")).willReturn(okJson(fixture("change_success.json"))));

            // when / then
            assertThat(adapter.interceptParcel(access, PARCEL, "buyer cancelled"))
                    .isEqualTo(RemoteOutcome.succeeded(null));
        }

        @Test
        void returnsTheRefusalWithItsRemark() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/Intercept")).willReturn(okJson(fixture("change_refused.json"))));

            // when / then
            assertThat(adapter.interceptParcel(access, PARCEL, "buyer cancelled"))
                    .isEqualTo(RemoteOutcome.rejected(
                            "INTERCEPT_REFUSED",
                            "Order YE2500000000000001 is out for delivery or delivered and cannot be intercepted"));
        }
    }

    @Nested
    class UpdateWeight {

        @Test
        void sendsTheWaybillAndTheWeightInKilograms() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/UpdateWeight")).willReturn(okJson(fixture("change_success.json"))));

            // when
            adapter.updateWeight(access, PARCEL, 900);

            // then
            yunExpress.verify(postRequestedFor(urlEqualTo("/api/WayBill/UpdateWeight"))
                    .withRequestBody(equalToJson(fixture("update_weight_request.json"))));
        }

        @Test
        void postsToUpdateWeightWithBasicAuth() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/UpdateWeight")).willReturn(okJson(fixture("change_success.json"))));

            // when
            adapter.updateWeight(access, PARCEL, 900);

            // then
            yunExpress.verify(postRequestedFor(urlEqualTo("/api/WayBill/UpdateWeight"))
                    .withHeader("Authorization", equalTo(AUTHORIZATION)));
        }

        @Test
        void succeeds() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/UpdateWeight")).willReturn(okJson(fixture("change_success.json"))));

            // when / then
            assertThat(adapter.updateWeight(access, PARCEL, 900)).isEqualTo(RemoteOutcome.succeeded(null));
        }

        @Test
        void returnsTheEnvelopesErrorAsARejection() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/UpdateWeight")).willReturn(okJson(fixture("error_code.json"))));

            // when
            RemoteOutcome<Void> outcome = adapter.updateWeight(access, PARCEL, 900);

            // then
            assertThat(outcome).isInstanceOf(RemoteOutcome.Rejected.class);
            assertThat(((RemoteOutcome.Rejected<Void>) outcome).code()).isEqualTo("1001");
        }
    }

    /** Freight/GetPriceTrial: UNCONFIRMED shapes (see the module README). */
    @Nested
    class Quote {

        private static final String PATH = "/api/Freight/GetPriceTrial";
        private static final QuoteRequest HALF_KILO_TO_NEW_YORK = new QuoteRequest(
                "us", "10001", 500, new QuoteRequest.Dimensions(20, 15, 10), new BigDecimal("25.00"), "USD", null);
        private static final String TWO_PRODUCTS = """
                {"Code":"0000","Message":"success","Items":[
                  {"Code":"THZXR","CName":"云途专线快递","EName":"YunExpress Express","TotalFee":70.00,"DeliveryDays":"5-9"},
                  {"Code":"THPHR","CName":"云途全球专线挂号","EName":"YunExpress Registered","ShippingFee":40.50,
                   "RegistrationFee":10.00,"FuelFee":0,"SundryFee":0,"DeliveryDays":"7-15天"},
                  {"Code":"THNOP","CName":"停用产品","TotalFee":0,"Remark":"该产品暂停服务"}]}""";

        @Test
        void asksForCountryWeightInKilogramsSizeAndPostcode() {
            // given
            yunExpress.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(TWO_PRODUCTS)));

            // when
            adapter.quote(access, HALF_KILO_TO_NEW_YORK);

            // then
            yunExpress.verify(getRequestedFor(urlPathEqualTo(PATH))
                    .withHeader("Authorization", equalTo(AUTHORIZATION))
                    .withQueryParam("CountryCode", equalTo("US"))
                    .withQueryParam("Weight", equalTo("0.500"))
                    .withQueryParam("Length", equalTo("20"))
                    .withQueryParam("Width", equalTo("15"))
                    .withQueryParam("Height", equalTo("10"))
                    .withQueryParam("PostCode", equalTo("10001")));
        }

        @Test
        void readsEachProductsTotalAndTransitDaysCheapestFirstAndAProductWithoutPriceAsRefused() {
            // given
            yunExpress.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(TWO_PRODUCTS)));

            // when
            RemoteOutcome<List<FreightQuote>> outcome = adapter.quote(access, HALF_KILO_TO_NEW_YORK);

            // then: THPHR has no TotalFee, so its fees are summed; the price is in the account's currency (CNY)
            assertThat(outcome)
                    .isEqualTo(RemoteOutcome.succeeded(List.of(
                            FreightQuote.priced("THPHR", "云途全球专线挂号", new BigDecimal("50.50"), "CNY", 7, 15),
                            FreightQuote.priced("THZXR", "云途专线快递", new BigDecimal("70.00"), "CNY", 5, 9),
                            FreightQuote.refused("THNOP", "停用产品", "NOT_OFFERED", "该产品暂停服务"))));
        }

        @Test
        void aNamedProductMissingFromTheAnswerIsRefusedNotFree() {
            // given
            yunExpress.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(TWO_PRODUCTS)));

            // when
            RemoteOutcome<List<FreightQuote>> outcome =
                    adapter.quote(access, HALF_KILO_TO_NEW_YORK.forService("THXXX"));

            // then
            assertThat(outcome)
                    .isEqualTo(RemoteOutcome.succeeded(List.of(FreightQuote.refused(
                            "THXXX", null, "NOT_OFFERED", "YunExpress offers no price for THXXX to US at 0.500 kg"))));
        }

        @Test
        void returnsYunExpressRefusalAsARejection() {
            // given
            yunExpress.stubFor(get(urlPathEqualTo(PATH))
                    .willReturn(okJson(
                            "{\"Code\":\"1001\",\"Message\":\"Receiver Zip '1' is not valid for country US\"}")));

            // when / then
            assertThat(adapter.quote(access, HALF_KILO_TO_NEW_YORK))
                    .isEqualTo(RemoteOutcome.rejected("1001", "Receiver Zip '1' is not valid for country US"));
        }

        @Test
        void aServerErrorIsUnknownNotAZeroPrice() {
            // given
            yunExpress.stubFor(get(urlPathEqualTo(PATH)).willReturn(serverError()));

            // when / then
            assertThat(adapter.quote(access, HALF_KILO_TO_NEW_YORK)).isInstanceOf(RemoteOutcome.Unknown.class);
        }
    }
}
