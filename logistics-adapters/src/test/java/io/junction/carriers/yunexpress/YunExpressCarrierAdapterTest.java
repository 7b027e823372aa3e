package io.junction.carriers.yunexpress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.junction.carriers.yunexpress.YunExpressFixtures.account;
import static io.junction.carriers.yunexpress.YunExpressFixtures.fixture;
import static io.junction.carriers.yunexpress.YunExpressFixtures.mugForAnnaInBerlin;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.http.Fault;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.Parcel;
import io.junction.outcome.RemoteOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The adapter against recorded YunExpress answers: what it sends, where, and how it reads the answer. */
class YunExpressCarrierAdapterTest {

    private static final String EXPECTED_AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString("C10086&test-secret-do-not-log".getBytes(StandardCharsets.UTF_8));
    private static final byte[] PDF = "%PDF-1.7\n%label\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final WireMockServer yunExpress =
            new WireMockServer(wireMockConfig().dynamicPort().notifier(new ConsoleNotifier(false)));
    private final OkHttpClient http = new OkHttpClient();
    private final YunExpressCarrierAdapter adapter = new YunExpressCarrierAdapter(
            new YunExpressProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20)), http);
    private CarrierAccess access;

    @BeforeEach
    void startYunExpress() {
        yunExpress.start();
        access = account("http://127.0.0.1:" + yunExpress.port() + "/api/");
    }

    @AfterEach
    void stopYunExpress() {
        yunExpress.stop();
    }

    @Test
    void servesTheYunExpressCarrierCode() {
        assertThat(adapter.carrier()).isEqualTo("YUNEXPRESS");
    }

    @Nested
    class CreateParcel {

        @Test
        void sendsTheParcelAsAJsonArrayOfOneOrder() {
            // given
            yunExpress.stubFor(post(urlEqualTo("/api/WayBill/CreateOrder"))
                    .willReturn(okJson(fixture("create_order_success.json"))));

            // when
            adapter.createParcel(access, mugForAnnaInBerlin("JX-1001"));

            // then
            yunExpress.verify(postRequestedFor(urlEqualTo("/api/WayBill/CreateOrder"))
                    .withHeader("Content-Type", containing("application/json"))
                    .withRequestBody(equalToJson(fixture("create_order_request.json"))));
        }

        @Test
        void postsToCreateOrderSignedWithCustomerCodeAndSecret() {
            // given
            yunExpress.stubFor(post(urlEqualTo("/api/WayBill/CreateOrder"))
                    .willReturn(okJson(fixture("create_order_success.json"))));

            // when
            adapter.createParcel(access, mugForAnnaInBerlin("JX-1001"));

            // then
            yunExpress.verify(
                    1,
                    postRequestedFor(urlEqualTo("/api/WayBill/CreateOrder"))
                            .withHeader("Authorization", equalTo(EXPECTED_AUTHORIZATION)));
        }

        @Test
        void returnsTheCreatedParcel() {
            // given
            yunExpress.stubFor(post(urlEqualTo("/api/WayBill/CreateOrder"))
                    .willReturn(okJson(fixture("create_order_success.json"))));

            // when
            RemoteOutcome<Parcel> outcome = adapter.createParcel(access, mugForAnnaInBerlin("JX-1001"));

            // then
            assertThat(outcome)
                    .isEqualTo(
                            RemoteOutcome.succeeded(new Parcel("JX-1001", "YT2500000000000001", "YE2500000000000001")));
        }

        @Test
        void returnsTheCarrierErrorAsARejection() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/CreateOrder")).willReturn(okJson(fixture("error_code.json"))));

            // when
            RemoteOutcome<Parcel> outcome = adapter.createParcel(access, mugForAnnaInBerlin("JX-1001"));

            // then
            assertThat(outcome).isEqualTo(RemoteOutcome.rejected("1001", "运输方式不存在 ShippingMethodCode does not exist"));
        }

        @Test
        void returnsARefusedOrderWithItsRemark() {
            // given
            yunExpress.stubFor(post(urlEqualTo("/api/WayBill/CreateOrder"))
                    .willReturn(okJson(fixture("create_order_partial_failure.json"))));

            // when
            RemoteOutcome<Parcel> outcome = adapter.createParcel(access, mugForAnnaInBerlin("JX-1001"));

            // then
            assertThat(outcome)
                    .isEqualTo(RemoteOutcome.rejected(
                            YunExpressTranslator.ORDER_REJECTED, "Receiver Zip '1011' is not valid for country DE"));
        }

        @Test
        void adoptsTheParcelYunExpressAlreadyHoldsForADuplicateReference() {
            // given
            yunExpress.stubFor(post(urlEqualTo("/api/WayBill/CreateOrder"))
                    .willReturn(okJson(fixture("create_order_duplicate.json"))));
            yunExpress.stubFor(get(urlPathEqualTo("/api/Waybill/GetTrackingNumber"))
                    .willReturn(okJson(fixture("tracking_number_found.json"))));

            // when
            RemoteOutcome<Parcel> outcome = adapter.createParcel(access, mugForAnnaInBerlin("JX-1001"));

            // then
            assertThat(outcome)
                    .isEqualTo(
                            RemoteOutcome.succeeded(new Parcel("JX-1001", "YT2500000000000001", "YE2500000000000001")));
            yunExpress.verify(1, postRequestedFor(urlEqualTo("/api/WayBill/CreateOrder")));
        }

        @Test
        void keepsTheDuplicateRejectionWhenTheLookupFindsNothing() {
            // given
            yunExpress.stubFor(post(urlEqualTo("/api/WayBill/CreateOrder"))
                    .willReturn(okJson(fixture("create_order_duplicate.json"))));
            yunExpress.stubFor(get(urlPathEqualTo("/api/Waybill/GetTrackingNumber"))
                    .willReturn(okJson(fixture("tracking_number_none.json"))));

            // when
            RemoteOutcome<Parcel> outcome = adapter.createParcel(access, mugForAnnaInBerlin("JX-1001"));

            // then
            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            RemoteOutcome.Rejected.class,
                            r -> assertThat(r.code()).isEqualTo(YunExpressTranslator.DUPLICATE_REFERENCE));
        }

        @Test
        void reportsAServerErrorAsUnknownWithoutSendingAgain() {
            // given
            yunExpress.stubFor(post(urlEqualTo("/api/WayBill/CreateOrder"))
                    .willReturn(aResponse().withStatus(502)));

            // when
            RemoteOutcome<Parcel> outcome = adapter.createParcel(access, mugForAnnaInBerlin("JX-1001"));

            // then
            assertThat(outcome).isInstanceOf(RemoteOutcome.Unknown.class);
            yunExpress.verify(1, postRequestedFor(urlEqualTo("/api/WayBill/CreateOrder")));
        }

        @Test
        void reportsAResetConnectionAsUnknownWithoutSendingAgain() {
            // given
            yunExpress.stubFor(post(urlEqualTo("/api/WayBill/CreateOrder"))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            // when
            RemoteOutcome<Parcel> outcome = adapter.createParcel(access, mugForAnnaInBerlin("JX-1001"));

            // then
            assertThat(outcome).isInstanceOf(RemoteOutcome.Unknown.class);
            yunExpress.verify(1, postRequestedFor(urlEqualTo("/api/WayBill/CreateOrder")));
        }

        @Test
        void reportsATimeOutAsUnknown() throws InterruptedException {
            // given
            YunExpressCarrierAdapter impatient = new YunExpressCarrierAdapter(
                    new YunExpressProperties(Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofSeconds(20)),
                    http);
            yunExpress.stubFor(post(urlEqualTo("/api/WayBill/CreateOrder"))
                    .willReturn(okJson(fixture("create_order_success.json")).withFixedDelay(1_500)));

            // when
            RemoteOutcome<Parcel> outcome = impatient.createParcel(access, mugForAnnaInBerlin("JX-1001"));

            // then
            assertThat(outcome).isInstanceOf(RemoteOutcome.Unknown.class);
            // WireMock journals a delayed request only once its answer is done, after the client gave up
            for (int waited = 0;
                    yunExpress
                                    .findAll(postRequestedFor(urlEqualTo("/api/WayBill/CreateOrder")))
                                    .isEmpty()
                            && waited < 5_000;
                    waited += 50) {
                Thread.sleep(50);
            }
            Thread.sleep(1_600);
            yunExpress.verify(1, postRequestedFor(urlEqualTo("/api/WayBill/CreateOrder")));
        }

        @Test
        void refusesAnAccountWithoutSecretBeforeSendingAnything() {
            // given
            CarrierAccess noSecret =
                    new CarrierAccess(7, "YUNEXPRESS", access.endpoint(), java.util.Map.of("customerCode", "C10086"));

            // when
            RemoteOutcome<Parcel> outcome = adapter.createParcel(noSecret, mugForAnnaInBerlin("JX-1001"));

            // then
            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            RemoteOutcome.Rejected.class,
                            r -> assertThat(r.code()).isEqualTo("CONFIGURATION"));
            assertThat(yunExpress.getAllServeEvents()).isEmpty();
        }
    }

    /** WayBill/Delete: the shapes are UNCONFIRMED (modelled on CreateOrder), see the module README. */
    @Nested
    class CancelParcel {

        private final Parcel parcel = new Parcel("JX-1001", "YT2500000000000001", "YE2500000000000001");

        @Test
        void sendsTheWaybillNumberAsAJsonArray() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/Delete")).willReturn(okJson(fixture("delete_success.json"))));

            // when
            adapter.cancelParcel(access, parcel);

            // then
            yunExpress.verify(postRequestedFor(urlEqualTo("/api/WayBill/Delete"))
                    .withHeader("Content-Type", containing("application/json"))
                    .withRequestBody(equalToJson(fixture("delete_request.json"))));
        }

        @Test
        void postsToDeleteSignedWithCustomerCodeAndSecret() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/Delete")).willReturn(okJson(fixture("delete_success.json"))));

            // when
            adapter.cancelParcel(access, parcel);

            // then
            yunExpress.verify(
                    1,
                    postRequestedFor(urlEqualTo("/api/WayBill/Delete"))
                            .withHeader("Authorization", equalTo(EXPECTED_AUTHORIZATION)));
        }

        @Test
        void returnsSuccessWhenDeleted() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/Delete")).willReturn(okJson(fixture("delete_success.json"))));

            // when
            RemoteOutcome<Void> outcome = adapter.cancelParcel(access, parcel);

            // then
            assertThat(outcome).isEqualTo(RemoteOutcome.succeeded(null));
        }

        @Test
        void returnsARefusedDeletionWithItsRemark() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/Delete")).willReturn(okJson(fixture("delete_refused.json"))));

            // when
            RemoteOutcome<Void> outcome = adapter.cancelParcel(access, parcel);

            // then
            assertThat(outcome)
                    .isEqualTo(RemoteOutcome.rejected(
                            YunExpressTranslator.DELETE_REFUSED,
                            "Order YE2500000000000001 has been received by the warehouse and cannot be deleted"));
        }

        @Test
        void returnsTheCarrierErrorAsARejection() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/Delete")).willReturn(okJson(fixture("error_signature.json"))));

            // when
            RemoteOutcome<Void> outcome = adapter.cancelParcel(access, parcel);

            // then
            assertThat(outcome).isEqualTo(RemoteOutcome.rejected("1003", "签名错误"));
        }

        @Test
        void takesAnUnknownNumberAsCancelledWhenTheLookupFindsNothingUnderOurReference() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/WayBill/Delete")).willReturn(okJson(fixture("delete_no_such_order.json"))));
            yunExpress.stubFor(get(urlPathEqualTo("/api/Waybill/GetTrackingNumber"))
                    .willReturn(okJson(fixture("tracking_number_none.json"))));

            // when
            RemoteOutcome<Void> outcome = adapter.cancelParcel(access, parcel);

            // then
            assertThat(outcome).isEqualTo(RemoteOutcome.succeeded(null));
            yunExpress.verify(
                    1, getRequestedFor(urlEqualTo("/api/Waybill/GetTrackingNumber?CustomerOrderNumber=JX-1001")));
        }

        @Test
        void reportsAResetConnectionAsUnknownWithoutSendingAgain() {
            // given
            yunExpress.stubFor(post(urlEqualTo("/api/WayBill/Delete"))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            // when
            RemoteOutcome<Void> outcome = adapter.cancelParcel(access, parcel);

            // then
            assertThat(outcome).isInstanceOf(RemoteOutcome.Unknown.class);
            yunExpress.verify(1, postRequestedFor(urlEqualTo("/api/WayBill/Delete")));
        }
    }

    @Nested
    class FindParcel {

        @Test
        void asksByCustomerOrderNumberEncodedAsAQueryParameter() {
            // given
            yunExpress.stubFor(get(urlPathEqualTo("/api/Waybill/GetTrackingNumber"))
                    .willReturn(okJson(fixture("tracking_number_none.json"))));

            // when
            adapter.findParcel(access, "JX 1001&2");

            // then
            yunExpress.verify(
                    getRequestedFor(urlEqualTo("/api/Waybill/GetTrackingNumber?CustomerOrderNumber=JX%201001%262")));
        }

        @Test
        void getsTheTrackingNumberLookupSigned() {
            // given
            yunExpress.stubFor(get(urlPathEqualTo("/api/Waybill/GetTrackingNumber"))
                    .willReturn(okJson(fixture("tracking_number_found.json"))));

            // when
            adapter.findParcel(access, "JX-1001");

            // then
            yunExpress.verify(
                    1,
                    getRequestedFor(urlEqualTo("/api/Waybill/GetTrackingNumber?CustomerOrderNumber=JX-1001"))
                            .withHeader("Authorization", equalTo(EXPECTED_AUTHORIZATION)));
        }

        @Test
        void returnsTheParcelFound() {
            // given
            yunExpress.stubFor(get(urlPathEqualTo("/api/Waybill/GetTrackingNumber"))
                    .willReturn(okJson(fixture("tracking_number_found.json"))));

            // when
            RemoteOutcome<Optional<Parcel>> outcome = adapter.findParcel(access, "JX-1001");

            // then
            assertThat(outcome)
                    .isEqualTo(RemoteOutcome.succeeded(
                            Optional.of(new Parcel("JX-1001", "YT2500000000000001", "YE2500000000000001"))));
        }

        @Test
        void returnsNothingWhenYunExpressHasNoSuchOrder() {
            // given
            yunExpress.stubFor(get(urlPathEqualTo("/api/Waybill/GetTrackingNumber"))
                    .willReturn(okJson(fixture("tracking_number_none.json"))));

            // when
            RemoteOutcome<Optional<Parcel>> outcome = adapter.findParcel(access, "JX-1001");

            // then
            assertThat(outcome).isEqualTo(RemoteOutcome.succeeded(Optional.empty()));
        }

        @Test
        void returnsTheCarrierErrorAsARejection() {
            // given
            yunExpress.stubFor(get(urlPathEqualTo("/api/Waybill/GetTrackingNumber"))
                    .willReturn(okJson(fixture("error_signature.json"))));

            // when
            RemoteOutcome<Optional<Parcel>> outcome = adapter.findParcel(access, "JX-1001");

            // then
            assertThat(outcome).isEqualTo(RemoteOutcome.rejected("1003", "签名错误"));
        }

        @Test
        void reportsAnUnreachableCarrierAsUnknown() {
            // given
            yunExpress.stubFor(get(urlPathEqualTo("/api/Waybill/GetTrackingNumber"))
                    .willReturn(aResponse().withStatus(503)));

            // when
            RemoteOutcome<Optional<Parcel>> outcome = adapter.findParcel(access, "JX-1001");

            // then
            assertThat(outcome).isInstanceOf(RemoteOutcome.Unknown.class);
        }
    }

    @Nested
    class Label {

        private final Parcel parcel = new Parcel("JX-1001", "YT2500000000000001", "YE2500000000000001");

        private void stubLabelAt(String labelUrl) {
            yunExpress.stubFor(post(urlEqualTo("/api/Label/Print"))
                    .willReturn(okJson(fixture("label_print_success.json").replace("{{labelUrl}}", labelUrl))));
            yunExpress.stubFor(get(urlEqualTo("/files/YE2500000000000001.pdf"))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/pdf")
                            .withBody(PDF)));
        }

        @Test
        void asksForTheLabelByWaybillNumber() {
            // given
            stubLabelAt("http://127.0.0.1:" + yunExpress.port() + "/files/YE2500000000000001.pdf");

            // when
            adapter.label(access, parcel);

            // then
            yunExpress.verify(postRequestedFor(urlEqualTo("/api/Label/Print"))
                    .withRequestBody(equalToJson(fixture("label_print_request.json"))));
        }

        @Test
        void printsSignedThenDownloadsTheLabelUrl() {
            // given
            stubLabelAt("http://127.0.0.1:" + yunExpress.port() + "/files/YE2500000000000001.pdf");

            // when
            adapter.label(access, parcel);

            // then
            yunExpress.verify(
                    1,
                    postRequestedFor(urlEqualTo("/api/Label/Print"))
                            .withHeader("Authorization", equalTo(EXPECTED_AUTHORIZATION)));
            yunExpress.verify(1, getRequestedFor(urlEqualTo("/files/YE2500000000000001.pdf")));
        }

        @Test
        void returnsThePdfBytes() {
            // given
            stubLabelAt("http://127.0.0.1:" + yunExpress.port() + "/files/YE2500000000000001.pdf");

            // when
            RemoteOutcome<byte[]> outcome = adapter.label(access, parcel);

            // then
            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            RemoteOutcome.Succeeded.class,
                            s -> assertThat((byte[]) s.value()).isEqualTo(PDF));
        }

        @Test
        void returnsAMissingTemplateAsARejection() {
            // given
            yunExpress.stubFor(
                    post(urlEqualTo("/api/Label/Print")).willReturn(okJson(fixture("label_print_no_template.json"))));

            // when
            RemoteOutcome<byte[]> outcome = adapter.label(access, parcel);

            // then
            assertThat(outcome)
                    .isEqualTo(RemoteOutcome.rejected("200", "没有找到标签模板 No label template for this shipping method"));
        }

        @Test
        void sendsNoCredentialsToALabelOnAnotherHost() {
            // given: 127.0.0.2 reaches the same server but is another host as far as the client can tell
            stubLabelAt("http://127.0.0.2:" + yunExpress.port() + "/files/YE2500000000000001.pdf");

            // when
            RemoteOutcome<byte[]> outcome = adapter.label(access, parcel);

            // then
            assertThat(outcome).isInstanceOf(RemoteOutcome.Succeeded.class);
            yunExpress.verify(
                    1,
                    getRequestedFor(urlEqualTo("/files/YE2500000000000001.pdf")).withHeader("Authorization", absent()));
        }

        @Test
        void reportsALabelFileThatIsNotAPdfAsUnknown() {
            // given
            yunExpress.stubFor(post(urlEqualTo("/api/Label/Print"))
                    .willReturn(okJson(fixture("label_print_success.json")
                            .replace("{{labelUrl}}", "http://127.0.0.1:" + yunExpress.port() + "/files/broken.pdf"))));
            yunExpress.stubFor(
                    get(urlEqualTo("/files/broken.pdf")).willReturn(aResponse().withBody("<html>login</html>")));

            // when
            RemoteOutcome<byte[]> outcome = adapter.label(access, parcel);

            // then
            assertThat(outcome).isInstanceOf(RemoteOutcome.Unknown.class);
        }
    }
}
