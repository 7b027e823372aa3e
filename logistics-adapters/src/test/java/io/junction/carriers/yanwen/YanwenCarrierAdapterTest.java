package io.junction.carriers.yanwen;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.junction.carriers.yunexpress.YunExpressFixtures.annaInBerlin;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.carriers.CarrierFixtures;
import io.junction.carriers.SignedPostAdapterTest;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAdapter;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelRequest;
import io.junction.logistics.ParcelRequest.CustomsItem;
import io.junction.logistics.ParcelTracking;
import io.junction.logistics.QuoteRequest;
import io.junction.logistics.TrackingStatus;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The adapter against recorded Yanwen answers: for every operation, the body it sends, the URL it
 * calls (user, method and signature in the query), and how it reads a success and an error.
 */
class YanwenCarrierAdapterTest extends SignedPostAdapterTest {

    private static final String PATH = "/api/order";
    private static final Parcel PARCEL = new Parcel("JX-1001", "UG100000001CN", "UG100000001CN");

    private final YanwenCarrierAdapter adapter = new YanwenCarrierAdapter(
            new YanwenProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20)),
            new OkHttpClient(),
            Clock.fixed(NOW, ZoneOffset.UTC),
            CarrierQuota.unlimited());

    YanwenCarrierAdapterTest() {
        super(PATH, "yanwen");
    }

    @Override
    protected CarrierAccess account(String endpoint) {
        return new CarrierAccess(4, "YANWEN", endpoint, Map.of("userId", "100000", "apiToken", "token-do-not-log"));
    }

    private void verifySigned(String method) {
        String body = api.getAllServeEvents().get(0).getRequest().getBodyAsString();
        String timestamp = String.valueOf(NOW.toEpochMilli());
        api.verify(called(method)
                .withQueryParam("user_id", equalTo("100000"))
                .withQueryParam("format", equalTo("json"))
                .withQueryParam("timestamp", equalTo(timestamp))
                .withQueryParam("version", equalTo("V1.0"))
                .withQueryParam(
                        "sign", equalTo(YanwenClient.sign("token-do-not-log", "100000", body, method, timestamp))));
    }

    static ParcelRequest mugForAnna(String reference) {
        CustomsItem mug =
                new CustomsItem("SKU-MUG-01", "Ceramic mug", "陶瓷杯", "691200", 2, new BigDecimal("12.50"), 450);
        return new ParcelRequest(reference, "481", 1250, annaInBerlin(), "EUR", List.of(mug));
    }

    @Test
    void servesTheYanwenCarrierCodeAndNamesItsCredentials() {
        // when / then
        assertThat(adapter.carrier()).isEqualTo("YANWEN");
        assertThat(adapter.credentialKeys()).containsExactly("userId", "apiToken");
    }

    @Test
    void theSignatureIsTheMd5OfTokenUserBodyFormatMethodTimestampVersionAndToken() {
        // MD5("t" + "u" + "{}" + "json" + "m" + "1" + "V1.0" + "t") computed independently
        assertThat(YanwenClient.sign("t", "u", "{}", "m", "1")).isEqualTo("71850aaf49cbfeb43a47ca57f37a1f14");
    }

    @Nested
    class CreateParcel {

        @Test
        void sendsTheOrderAsYanwenWantsIt() {
            // given
            answers("express.order.create", "create_success.json");

            // when
            adapter.createParcel(access, mugForAnna("JX-1001"));

            // then
            assertSent("express.order.create", fixture("create_request.json"));
        }

        @Test
        void postsToTheOrderApiSignedWithUserAndToken() {
            // given
            answers("express.order.create", "create_success.json");

            // when
            adapter.createParcel(access, mugForAnna("JX-1001"));

            // then
            verifySigned("express.order.create");
        }

        @Test
        void returnsTheOrderWithItsWaybillNumber() {
            // given
            answers("express.order.create", "create_success.json");

            // when / then
            assertThat(adapter.createParcel(access, mugForAnna("JX-1001"))).isEqualTo(RemoteOutcome.succeeded(PARCEL));
        }

        @Test
        void returnsYanwensErrorAsARejection() {
            // given
            answers("express.order.create", "create_postcode_refused.json");

            // when / then
            assertThat(adapter.createParcel(access, mugForAnna("JX-1001")))
                    .isEqualTo(RemoteOutcome.rejected("1004", "邮编格式错误 zipCode '1011' is not valid for DE"));
        }

        @Test
        void adoptsTheOrderYanwenAlreadyHoldsUnderTheReference() {
            // given
            answers("express.order.create", "create_duplicate.json");
            answers("express.order.getlist", "list_found.json");

            // when / then
            assertThat(adapter.createParcel(access, mugForAnna("JX-1001"))).isEqualTo(RemoteOutcome.succeeded(PARCEL));
        }

        @Test
        void refusesMoreThanFiveProductsWithoutSendingAnything() {
            // given
            ParcelRequest one = mugForAnna("JX-1001");
            ParcelRequest six = new ParcelRequest(
                    "JX-1001",
                    "481",
                    1250,
                    one.recipient(),
                    "EUR",
                    Collections.nCopies(6, one.items().get(0)));

            // when
            RemoteOutcome<Parcel> outcome = adapter.createParcel(access, six);

            // then
            assertThat(outcome).isInstanceOf(RemoteOutcome.Rejected.class);
            assertThat(((RemoteOutcome.Rejected<Parcel>) outcome).code()).isEqualTo("TOO_MANY_PRODUCTS");
            assertThat(api.getAllServeEvents()).isEmpty();
        }
    }

    @Nested
    class FindParcel {

        @Test
        void asksForOurReference() {
            // given
            answers("express.order.getlist", "list_found.json");

            // when
            adapter.findParcel(access, "JX-1001");

            // then
            assertSent("express.order.getlist", "{\"listNumber\":[\"JX-1001\"]}");
        }

        @Test
        void callsGetListSigned() {
            // given
            answers("express.order.getlist", "list_found.json");

            // when
            adapter.findParcel(access, "JX-1001");

            // then
            verifySigned("express.order.getlist");
        }

        @Test
        void readsTheOrderFromAListOrAPage() {
            // given
            answers("express.order.getlist", "list_found.json");

            // when / then
            assertThat(adapter.findParcel(access, "JX-1001")).isEqualTo(RemoteOutcome.succeeded(Optional.of(PARCEL)));
            api.resetAll();
            answers("express.order.getlist", "list_page.json");
            assertThat(adapter.findParcel(access, "JX-1001")).isEqualTo(RemoteOutcome.succeeded(Optional.of(PARCEL)));
        }

        @Test
        void findsNothingWhenNoneOrOnlyACancelledOrderIsListed() {
            for (String fixture : List.of("list_none.json", "list_cancelled.json")) {
                api.resetAll();
                answers("express.order.getlist", fixture);
                assertThat(adapter.findParcel(access, "JX-1001"))
                        .as(fixture)
                        .isEqualTo(RemoteOutcome.succeeded(Optional.empty()));
            }
        }

        @Test
        void returnsYanwensErrorAsARejection() {
            // given
            answers("express.order.getlist", "error_sign.json");

            // when / then
            assertThat(adapter.findParcel(access, "JX-1001"))
                    .isEqualTo(RemoteOutcome.rejected("403", "签名错误 sign is invalid"));
        }
    }

    @Nested
    class Label {

        private String withPdf() {
            return "{\"success\":true,\"code\":\"0\",\"message\":\"成功\",\"data\":{\"waybillNumber\":\"UG100000001CN\","
                    + "\"isSuccess\":true,\"base64String\":\""
                    + Base64.getEncoder().encodeToString(PDF)
                    + "\",\"labelType\":\"10x10\"}}";
        }

        @Test
        void asksForTheWaybillsLabel() {
            // given
            answers("express.order.label.get", withPdf());

            // when
            adapter.label(access, PARCEL);

            // then
            assertSent("express.order.label.get", "{\"waybillNumber\":\"UG100000001CN\"}");
        }

        @Test
        void callsLabelGetSigned() {
            // given
            answers("express.order.label.get", withPdf());

            // when
            adapter.label(access, PARCEL);

            // then
            verifySigned("express.order.label.get");
        }

        @Test
        void returnsThePdfSentAsBase64() {
            // given
            answers("express.order.label.get", withPdf());

            // when
            RemoteOutcome<byte[]> label = adapter.label(access, PARCEL);

            // then
            assertThat(label).isInstanceOf(RemoteOutcome.Succeeded.class);
            assertThat(((RemoteOutcome.Succeeded<byte[]>) label).value()).isEqualTo(PDF);
        }

        @Test
        void returnsYanwensReasonWhenThereIsNoLabel() {
            // given
            answers("express.order.label.get", "label_refused.json");

            // when / then
            assertThat(adapter.label(access, PARCEL))
                    .isEqualTo(RemoteOutcome.rejected("NO_LABEL", "标签生成失败 label not generated"));
        }
    }

    @Nested
    class CancelParcel {

        @Test
        void sendsTheWaybillAndAReason() {
            // given
            answers("express.order.cancel", "ok.json");

            // when
            adapter.cancelParcel(access, PARCEL);

            // then
            assertSent(
                    "express.order.cancel",
                    "{\"waybillNumber\":\"UG100000001CN\",\"note\":\"cancelled by the seller\"}");
        }

        @Test
        void callsCancelSigned() {
            // given
            answers("express.order.cancel", "ok.json");

            // when
            adapter.cancelParcel(access, PARCEL);

            // then
            verifySigned("express.order.cancel");
        }

        @Test
        void succeeds() {
            // given
            answers("express.order.cancel", "ok.json");

            // when / then
            assertThat(adapter.cancelParcel(access, PARCEL)).isEqualTo(RemoteOutcome.succeeded(null));
        }

        @Test
        void returnsARefusalWithYanwensReason() {
            // given
            answers("express.order.cancel", "cancel_received.json");

            // when / then
            assertThat(adapter.cancelParcel(access, PARCEL))
                    .isEqualTo(RemoteOutcome.rejected(
                            "2002", "运单已收货，不能取消 waybill UG100000001CN has been received and cannot be cancelled"));
        }

        @Test
        void anOrderYanwenDoesNotKnowIsCancelledWhenTheLookupFindsNone() {
            // given
            answers("express.order.cancel", "not_found.json");
            answers("express.order.getlist", "list_none.json");

            // when / then
            assertThat(adapter.cancelParcel(access, PARCEL)).isEqualTo(RemoteOutcome.succeeded(null));
        }
    }

    @Nested
    class Track {

        @Test
        void asksForTheWaybill() {
            // given
            answers("express.order.getlist", "list_found.json");

            // when
            adapter.track(access, PARCEL);

            // then
            assertSent("express.order.getlist", "{\"listNumber\":[\"UG100000001CN\"]}");
        }

        @Test
        void callsGetListSigned() {
            // given
            answers("express.order.getlist", "list_found.json");

            // when
            adapter.track(access, PARCEL);

            // then
            verifySigned("express.order.getlist");
        }

        @Test
        void readsTheOrdersStatusWithoutEvents() {
            // given
            answers("express.order.getlist", "list_found.json");

            // when / then
            assertThat(adapter.track(access, PARCEL))
                    .isEqualTo(RemoteOutcome.succeeded(
                            new ParcelTracking("UG100000001CN", TrackingStatus.IN_TRANSIT, List.of())));
        }

        @Test
        void anOrderYanwenDoesNotListIsRejected() {
            // given
            answers("express.order.getlist", "list_none.json");

            // when
            RemoteOutcome<ParcelTracking> outcome = adapter.track(access, PARCEL);

            // then
            assertThat(outcome).isInstanceOf(RemoteOutcome.Rejected.class);
            assertThat(((RemoteOutcome.Rejected<ParcelTracking>) outcome).code())
                    .isEqualTo("NO_SUCH_ORDER");
        }
    }

    @Test
    void doesNotOfferInterceptsWeightUpdatesOrQuotes() {
        // when / then
        assertThat(adapter.supports(CarrierAdapter.Operation.QUOTE)).isFalse();
        assertThat(adapter.quote(access, new QuoteRequest("US", "10001", 500, null, null, "USD", null)))
                .isEqualTo(RemoteOutcome.rejected("NOT_SUPPORTED", "YANWEN does not support freight quotes"));
        assertThat(adapter.interceptParcel(access, PARCEL, "buyer cancelled"))
                .isEqualTo(RemoteOutcome.rejected("NOT_SUPPORTED", "YANWEN does not support intercepting a parcel"));
        assertThat(adapter.updateWeight(access, PARCEL, 900))
                .isEqualTo(RemoteOutcome.rejected("NOT_SUPPORTED", "YANWEN does not support updating the weight"));
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    static String fixture(String name) {
        return CarrierFixtures.fixture("yanwen", name);
    }
}
