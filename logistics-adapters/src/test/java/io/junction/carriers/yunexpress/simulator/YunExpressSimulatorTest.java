package io.junction.carriers.yunexpress.simulator;

import static io.junction.carriers.yunexpress.YunExpressFixtures.account;
import static io.junction.carriers.yunexpress.YunExpressFixtures.fixture;
import static io.junction.carriers.yunexpress.YunExpressFixtures.mugForAnnaInBerlin;
import static io.junction.carriers.yunexpress.YunExpressFixtures.mugWithBadZip;
import static io.junction.carriers.yunexpress.YunExpressFixtures.teapotForZhangWeiInNewYork;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.carriers.yunexpress.YunExpressCarrierAdapter;
import io.junction.carriers.yunexpress.YunExpressProperties;
import io.junction.carriers.yunexpress.YunExpressTranslator;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.Parcel;
import io.junction.outcome.RemoteOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The adapter against the stateful simulator: the scenarios the core relies on. */
class YunExpressSimulatorTest {

    private static final YunExpressSimulator yunExpress = new YunExpressSimulator();
    private static final OkHttpClient http = new OkHttpClient();

    private final YunExpressCarrierAdapter adapter = new YunExpressCarrierAdapter(
            new YunExpressProperties(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10)), http);
    private CarrierAccess access;

    @BeforeAll
    static void startSimulator() {
        yunExpress.start();
    }

    @AfterAll
    static void stopSimulator() {
        yunExpress.stop();
    }

    @BeforeEach
    void freshBook() {
        yunExpress.reset();
        access = account(yunExpress.baseUrl(), yunExpress.customerCode(), yunExpress.apiSecret());
    }

    @Test
    void listensOnLoopbackUnderApi() {
        assertThat(yunExpress.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/api/");
        assertThat(yunExpress.serviceCode()).isEqualTo("THPHR");
    }

    @Test
    void aSimulatorStartedInAnotherNumberBlockHandsOutOtherTrackingNumbers() {
        YunExpressSimulator other = new YunExpressSimulator(
                        YunExpressSimulator.DEFAULT_CUSTOMER_CODE, YunExpressSimulator.DEFAULT_API_SECRET, 7)
                .start();
        try {
            CarrierAccess otherAccess = account(other.baseUrl(), other.customerCode(), other.apiSecret());
            Parcel first = ((RemoteOutcome.Succeeded<Parcel>)
                            adapter.createParcel(otherAccess, mugForAnnaInBerlin("JX-3001")))
                    .value();
            assertThat(first.trackingNumber()).isEqualTo("YT2500000007000001");
            assertThat(first.carrierWaybill()).isEqualTo("YE2500000007000001");
        } finally {
            other.stop();
        }
    }

    @Test
    void deletesAParcelOnceAfterWhichLookupsNoLongerFindIt() {
        // given
        Parcel parcel =
                ((RemoteOutcome.Succeeded<Parcel>) adapter.createParcel(access, mugForAnnaInBerlin("JX-2001"))).value();

        // when
        RemoteOutcome<Void> first = adapter.cancelParcel(access, parcel);
        RemoteOutcome<Void> again = adapter.cancelParcel(access, parcel);

        // then
        assertThat(first).isEqualTo(RemoteOutcome.succeeded(null));
        assertThat(again).isEqualTo(RemoteOutcome.succeeded(null));
        assertThat(yunExpress.deletionsOf("JX-2001")).isEqualTo(1);
        assertThat(yunExpress.deleteRequestsFor("JX-2001")).isEqualTo(2);
        assertThat(yunExpress.parcelsFor("JX-2001"))
                .singleElement()
                .satisfies(p -> assertThat(p.deleted()).isTrue());
        assertThat(adapter.findParcel(access, "JX-2001")).isEqualTo(RemoteOutcome.succeeded(Optional.empty()));
        assertThat(adapter.label(access, parcel)).isInstanceOf(RemoteOutcome.Rejected.class);
    }

    @Test
    void refusesToDeleteAParcelTheDepotHasReceived() {
        // given
        Parcel parcel =
                ((RemoteOutcome.Succeeded<Parcel>) adapter.createParcel(access, mugForAnnaInBerlin("JX-2002"))).value();
        yunExpress.receives("JX-2002");

        // when
        RemoteOutcome<Void> outcome = adapter.cancelParcel(access, parcel);

        // then
        assertThat(outcome).isInstanceOfSatisfying(RemoteOutcome.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo(YunExpressTranslator.DELETE_REFUSED);
            assertThat(r.message()).contains("received");
        });
        assertThat(yunExpress.deletionsOf("JX-2002")).isZero();
        assertThat(adapter.findParcel(access, "JX-2002")).isEqualTo(RemoteOutcome.succeeded(Optional.of(parcel)));
    }

    @Test
    void answersAnUnknownNumberAsNoSuchOrderWhichTheAdapterChecksByReference() {
        // when
        RemoteOutcome<Void> outcome = adapter.cancelParcel(access, new Parcel("JX-2003", null, null));

        // then nothing was held under the reference, so nothing stands
        assertThat(outcome).isEqualTo(RemoteOutcome.succeeded(null));
        assertThat(yunExpress.deleteRequestsFor("JX-2003")).isEqualTo(1);
        assertThat(yunExpress.deletionsOf("JX-2003")).isZero();
    }

    @Test
    void aDeletionWhoseAnswerIsLostIsUnknownAndTheLookupShowsTheParcelGone() {
        // given
        Parcel parcel =
                ((RemoteOutcome.Succeeded<Parcel>) adapter.createParcel(access, mugForAnnaInBerlin("JX-2004"))).value();
        yunExpress.dropsConnectionAfterDeleting();

        // when
        RemoteOutcome<Void> outcome = adapter.cancelParcel(access, parcel);

        // then
        assertThat(outcome).isInstanceOf(RemoteOutcome.Unknown.class);
        assertThat(yunExpress.deletionsOf("JX-2004")).isEqualTo(1);
        assertThat(adapter.findParcel(access, "JX-2004")).isEqualTo(RemoteOutcome.succeeded(Optional.empty()));
    }

    @Test
    void refusesADeletionWithBadCredentials() {
        // given
        Parcel parcel =
                ((RemoteOutcome.Succeeded<Parcel>) adapter.createParcel(access, mugForAnnaInBerlin("JX-2005"))).value();

        // when
        RemoteOutcome<Void> outcome =
                adapter.cancelParcel(account(yunExpress.baseUrl(), yunExpress.customerCode(), "wrong"), parcel);

        // then
        assertThat(outcome).isEqualTo(RemoteOutcome.rejected("1003", "签名错误"));
        assertThat(yunExpress.deletionsOf("JX-2005")).isZero();
    }

    @Test
    void booksAParcelWithATrackingNumberAndFindsItByReference() {
        // when
        RemoteOutcome<Parcel> created = adapter.createParcel(access, mugForAnnaInBerlin("JX-1001"));
        RemoteOutcome<Optional<Parcel>> found = adapter.findParcel(access, "JX-1001");

        // then
        SimulatedParcel booked = yunExpress.parcelsFor("JX-1001").get(0);
        assertThat(booked.trackingNumber()).matches("YT\\d{16}");
        assertThat(booked.recipient().name()).isEqualTo("Anna Maria Schmidt");
        assertThat(created)
                .isEqualTo(RemoteOutcome.succeeded(
                        new Parcel("JX-1001", booked.trackingNumber(), booked.wayBillNumber())));
        assertThat(found)
                .isEqualTo(RemoteOutcome.succeeded(
                        Optional.of(new Parcel("JX-1001", booked.trackingNumber(), booked.wayBillNumber()))));
    }

    @Test
    void findsNothingForAnUnknownReference() {
        // when
        RemoteOutcome<Optional<Parcel>> found = adapter.findParcel(access, "JX-404");

        // then
        assertThat(found).isEqualTo(RemoteOutcome.succeeded(Optional.empty()));
    }

    @Test
    void acceptsTheGoodOrdersOfABatchAndRefusesTheBadOneWithARemark() throws Exception {
        // given: two orders in one call, the second with a four-digit German postcode
        JsonMapper json = JsonMapper.builder().build();
        String good = new YunExpressTranslator().createOrderBody(mugForAnnaInBerlin("JX-2001"));
        String bad = new YunExpressTranslator().createOrderBody(mugWithBadZip("JX-2002"));
        String batch = "[" + good.substring(1, good.length() - 1) + "," + bad.substring(1, bad.length() - 1) + "]";

        // when
        JsonNode answer = json.readTree(postRaw("WayBill/CreateOrder", batch, yunExpress.apiSecret()));

        // then
        assertThat(answer.path("Code").asString()).isEqualTo("0000");
        assertThat(answer.path("Item").get(0).path("Success").asInt()).isEqualTo(1);
        assertThat(answer.path("Item").get(1).path("Success").asInt()).isZero();
        assertThat(answer.path("Item").get(1).path("Remark").asString()).contains("Zip", "DE");
        assertThat(yunExpress.parcelsFor("JX-2001")).hasSize(1);
        assertThat(yunExpress.parcelsFor("JX-2002")).isEmpty();
    }

    @Test
    void refusesAPostcodeThatDoesNotFitTheCountry() {
        // when
        RemoteOutcome<Parcel> outcome = adapter.createParcel(access, mugWithBadZip("JX-3001"));

        // then
        assertRefusedWithNothingBooked(outcome, "Receiver Zip '1011' is not valid for country DE");
    }

    @Test
    void refusesAShippingMethodItDoesNotOffer() {
        // when
        RemoteOutcome<Parcel> outcome = adapter.createParcel(access, teapotForZhangWeiInNewYork("JX-3002", "NOPE"));

        // then
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Rejected.class,
                        r -> assertThat(r.message()).contains("ShippingMethodCode NOPE"));
        assertThat(yunExpress.parcels()).isEmpty();
    }

    @Test
    void adoptsTheExistingParcelWhenAReferenceIsSentTwice() {
        // given
        RemoteOutcome<Parcel> first = adapter.createParcel(access, mugForAnnaInBerlin("JX-4001"));

        // when
        RemoteOutcome<Parcel> second = adapter.createParcel(access, mugForAnnaInBerlin("JX-4001"));

        // then
        assertThat(second).isEqualTo(first).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertThat(yunExpress.parcelsFor("JX-4001")).hasSize(1);
        assertThat(yunExpress.createRequests()).isEqualTo(2);
    }

    @Test
    void aDroppedConnectionAfterAcceptingIsUnknownAndTheLookupFindsTheOneParcel() {
        // given
        yunExpress.dropsConnectionAfterAccepting();

        // when
        RemoteOutcome<Parcel> created = adapter.createParcel(access, mugForAnnaInBerlin("JX-5001"));
        RemoteOutcome<Optional<Parcel>> found = adapter.findParcel(access, "JX-5001");

        // then
        assertThat(created).isInstanceOf(RemoteOutcome.Unknown.class);
        assertThat(yunExpress.createRequests()).isEqualTo(1);
        List<SimulatedParcel> booked = yunExpress.parcelsFor("JX-5001");
        assertThat(booked).hasSize(1);
        assertThat(found)
                .isEqualTo(RemoteOutcome.succeeded(Optional.of(new Parcel(
                        "JX-5001", booked.get(0).trackingNumber(), booked.get(0).wayBillNumber()))));
    }

    @Test
    void refusesBadCredentialsWithTheSignatureError() {
        // given
        CarrierAccess wrongSecret = account(yunExpress.baseUrl(), yunExpress.customerCode(), "not-the-secret");

        // when
        RemoteOutcome<Parcel> created = adapter.createParcel(wrongSecret, mugForAnnaInBerlin("JX-6001"));
        RemoteOutcome<Optional<Parcel>> found = adapter.findParcel(wrongSecret, "JX-6001");

        // then
        assertThat(created).isEqualTo(RemoteOutcome.rejected("1003", "签名错误"));
        assertThat(found).isEqualTo(RemoteOutcome.rejected("1003", "签名错误"));
        assertThat(yunExpress.parcels()).isEmpty();
    }

    @Test
    void aFailedCallDoesNothingAndTheNextOneWorks() {
        // given
        yunExpress.failsNext(503);

        // when
        RemoteOutcome<Parcel> failed = adapter.createParcel(access, mugForAnnaInBerlin("JX-7001"));
        RemoteOutcome<Parcel> retried = adapter.createParcel(access, mugForAnnaInBerlin("JX-7001"));

        // then
        assertThat(failed).isInstanceOf(RemoteOutcome.Unknown.class);
        assertThat(retried).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertThat(yunExpress.parcelsFor("JX-7001")).hasSize(1);
    }

    @Test
    void rejectsTheNextOrderWithTheStagedRemark() {
        // given
        yunExpress.rejectsNext("Receiver Street contains special characters");

        // when
        RemoteOutcome<Parcel> outcome = adapter.createParcel(access, mugForAnnaInBerlin("JX-8001"));

        // then
        assertRefusedWithNothingBooked(outcome, "Receiver Street contains special characters");
    }

    @Test
    void aPendingTrackingNumberArrivesLater() {
        // given
        yunExpress.assignsTrackingNumberLater();

        // when
        RemoteOutcome<Parcel> created = adapter.createParcel(access, mugForAnnaInBerlin("JX-9001"));
        RemoteOutcome<Optional<Parcel>> whilePending = adapter.findParcel(access, "JX-9001");
        yunExpress.assignPendingTrackingNumbers();
        RemoteOutcome<Optional<Parcel>> afterwards = adapter.findParcel(access, "JX-9001");

        // then
        String waybill = yunExpress.parcelsFor("JX-9001").get(0).wayBillNumber();
        assertThat(created).isEqualTo(RemoteOutcome.succeeded(new Parcel("JX-9001", null, waybill)));
        assertThat(whilePending).isEqualTo(RemoteOutcome.succeeded(Optional.of(new Parcel("JX-9001", null, waybill))));
        assertThat(afterwards)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Succeeded.class,
                        s -> assertThat(((Optional<Parcel>) s.value())
                                        .orElseThrow()
                                        .trackingNumber())
                                .matches("YT\\d{16}"));
    }

    @Test
    void servesALabelDrawnFromTheBookedParcel() throws Exception {
        // given
        Parcel parcel = ((RemoteOutcome.Succeeded<Parcel>)
                        adapter.createParcel(access, teapotForZhangWeiInNewYork("JX-10001", yunExpress.serviceCode())))
                .value();

        // when
        RemoteOutcome<byte[]> label = adapter.label(access, parcel);

        // then
        assertThat(label).isInstanceOf(RemoteOutcome.Succeeded.class);
        try (PDDocument pdf = Loader.loadPDF(((RemoteOutcome.Succeeded<byte[]>) label).value())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains(parcel.trackingNumber(), "JX-10001", "New York, NY 10118");
        }
    }

    @Test
    void refusesALabelForAParcelItDoesNotHold() {
        // when
        RemoteOutcome<byte[]> label = adapter.label(access, new Parcel("JX-404", null, "YE0000000000000404"));

        // then
        assertThat(label)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Rejected.class, r -> assertThat(r.code()).isEqualTo("200"));
    }

    @Test
    void booksOneParcelWhenTheSameReferenceArrivesConcurrently() throws Exception {
        // given
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<RemoteOutcome<Parcel>>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> adapter.createParcel(access, mugForAnnaInBerlin("JX-11001")));
        }

        // when
        List<Future<RemoteOutcome<Parcel>>> outcomes;
        try {
            outcomes = pool.invokeAll(calls);
        } finally {
            pool.shutdown();
        }

        // then
        assertThat(yunExpress.parcelsFor("JX-11001")).hasSize(1);
        Parcel booked = new Parcel(
                "JX-11001",
                yunExpress.parcelsFor("JX-11001").get(0).trackingNumber(),
                yunExpress.parcelsFor("JX-11001").get(0).wayBillNumber());
        for (Future<RemoteOutcome<Parcel>> outcome : outcomes) {
            assertThat(outcome.get()).isEqualTo(RemoteOutcome.succeeded(booked));
        }
    }

    @Test
    void answersARequestWithoutCredentialsWithTheSignatureError() throws Exception {
        // when
        String answer = postRaw("WayBill/CreateOrder", fixture("create_order_request.json"), "wrong");

        // then
        assertThat(answer).contains("\"ResultCode\":1003");
        assertThat(yunExpress.parcels()).isEmpty();
    }

    private static String postRaw(String path, String body, String secret) throws Exception {
        String auth = "Basic "
                + Base64.getEncoder()
                        .encodeToString((yunExpress.customerCode() + "&" + secret).getBytes(StandardCharsets.UTF_8));
        Request request = new Request.Builder()
                .url(yunExpress.baseUrl() + path)
                .header("Authorization", auth)
                .post(RequestBody.create(body, MediaType.get("application/json")))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body().string();
        }
    }

    /** The order was refused with YunExpress' remark, and the simulator booked nothing. */
    private void assertRefusedWithNothingBooked(RemoteOutcome<Parcel> outcome, String remark) {
        assertThat(outcome).isEqualTo(RemoteOutcome.rejected(YunExpressTranslator.ORDER_REJECTED, remark));
        assertThat(yunExpress.parcels()).isEmpty();
    }
}
