package io.junction.carriers.fourpx;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.carriers.SignedPostAdapterTest;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAdapter;
import io.junction.logistics.FreightQuote;
import io.junction.logistics.QuoteRequest;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** 4PX's estimated cost against recorded answers: request built and signed, costs read, refusal read. */
class FourPxQuoteTest extends SignedPostAdapterTest {

    private static final String METHOD = "ds.xms.estimated_cost.get";
    private static final QuoteRequest MUG_TO_BERLIN =
            new QuoteRequest("de", "10115", 1250, null, new BigDecimal("25.00"), "EUR", null);

    private final FourPxCarrierAdapter adapter = new FourPxCarrierAdapter(
            new FourPxProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20)),
            new OkHttpClient(),
            Clock.fixed(NOW, ZoneOffset.UTC),
            CarrierQuota.unlimited());

    FourPxQuoteTest() {
        super("/router/api/service", "fourpx");
    }

    @Override
    protected CarrierAccess account(String endpoint) {
        return new CarrierAccess(3, "FOURPX", endpoint, Map.of("appKey", "ak-test", "appSecret", "secret-do-not-log"));
    }

    @Test
    void offersQuotes() {
        // when / then
        assertThat(adapter.supports(CarrierAdapter.Operation.QUOTE)).isTrue();
    }

    @Test
    void sendsDestinationWeightInGramsAndValueSigned() {
        // given
        answers(METHOD, "{\"result\":\"1\",\"msg\":\"ok\",\"errors\":[],\"data\":[]}");
        String body = "{\"country_code\":\"DE\",\"post_code\":\"10115\",\"weight\":1250,"
                + "\"parcel_value\":25.00,\"currency\":\"EUR\"}";

        // when
        adapter.quote(access, MUG_TO_BERLIN);

        // then
        api.verify(called(METHOD)
                .withQueryParam("app_key", equalTo("ak-test"))
                .withQueryParam(
                        "sign",
                        equalTo(FourPxClient.sign(
                                "ak-test",
                                METHOD,
                                String.valueOf(NOW.toEpochMilli()),
                                "1.0.0",
                                body,
                                "secret-do-not-log")))
                .withRequestBody(equalToJson(body)));
    }

    @Test
    void readsEachProductsCostAndLeadTimeCheapestFirst() {
        // given
        answers(METHOD, """
                {"result":"1","msg":"ok","errors":[],"data":[
                  {"logistics_product_code":"PX","logistics_product_name":"4PX 专线","total_amount":101.70,
                   "currency":"CNY","lead_time":"5-9"},
                  {"logistics_product_code":"A1","logistics_product_name":"4PX 联邮通","total_amount":80.55,
                   "currency":"CNY","lead_time":"7~15"},
                  {"logistics_product_code":"B9","error_msg":"该产品不可用"}]}""");

        // when / then
        assertThat(adapter.quote(access, MUG_TO_BERLIN))
                .isEqualTo(RemoteOutcome.succeeded(List.of(
                        FreightQuote.priced("A1", "4PX 联邮通", new BigDecimal("80.55"), "CNY", 7, 15),
                        FreightQuote.priced("PX", "4PX 专线", new BigDecimal("101.70"), "CNY", 5, 9),
                        FreightQuote.refused("B9", null, "NOT_OFFERED", "该产品不可用"))));
    }

    @Test
    void returnsFourPxsErrorAsARejection() {
        // given
        answers(METHOD, """
                {"result":"0","msg":"失败","errors":[{"error_code":"10004",
                 "error_msg":"收件人邮编格式不正确 post_code '1011' is not valid for DE"}]}""");

        // when / then
        assertThat(adapter.quote(access, MUG_TO_BERLIN))
                .isEqualTo(RemoteOutcome.rejected("10004", "收件人邮编格式不正确 post_code '1011' is not valid for DE"));
    }
}
