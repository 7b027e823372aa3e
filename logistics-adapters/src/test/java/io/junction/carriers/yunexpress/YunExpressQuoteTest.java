package io.junction.carriers.yunexpress;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.junction.carriers.yunexpress.YunExpressFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAdapter;
import io.junction.logistics.FreightQuote;
import io.junction.logistics.QuoteRequest;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** YunExpress' price trial against recorded answers: request built, right URL, prices read, refusal read. */
class YunExpressQuoteTest {

    private static final String PATH = "/api/Freight/GetPriceTrial";
    private static final String AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString("C10086&test-secret-do-not-log".getBytes(StandardCharsets.UTF_8));
    private static final QuoteRequest HALF_KILO_TO_NEW_YORK = new QuoteRequest(
            "us", "10001", 500, new QuoteRequest.Dimensions(20, 15, 10), new BigDecimal("25.00"), "USD", null);
    private static final String TWO_PRODUCTS = """
            {"Code":"0000","Message":"success","Items":[
              {"Code":"THZXR","CName":"云途专线快递","EName":"YunExpress Express","TotalFee":70.00,"DeliveryDays":"5-9"},
              {"Code":"THPHR","CName":"云途全球专线挂号","EName":"YunExpress Registered","ShippingFee":40.50,
               "RegistrationFee":10.00,"FuelFee":0,"SundryFee":0,"DeliveryDays":"7-15天"},
              {"Code":"THNOP","CName":"停用产品","TotalFee":0,"Remark":"该产品暂停服务"}]}""";

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
    void offersQuotes() {
        // when / then
        assertThat(adapter.supports(CarrierAdapter.Operation.QUOTE)).isTrue();
    }

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
        RemoteOutcome<List<FreightQuote>> outcome = adapter.quote(access, HALF_KILO_TO_NEW_YORK.forService("THXXX"));

        // then
        assertThat(outcome)
                .isEqualTo(RemoteOutcome.succeeded(List.of(FreightQuote.refused(
                        "THXXX", null, "NOT_OFFERED", "YunExpress offers no price for THXXX to US at 0.500 kg"))));
    }

    @Test
    void returnsYunExpressRefusalAsARejection() {
        // given
        yunExpress.stubFor(get(urlPathEqualTo(PATH))
                .willReturn(
                        okJson("{\"Code\":\"1001\",\"Message\":\"Receiver Zip '1' is not valid for country US\"}")));

        // when / then
        assertThat(adapter.quote(access, HALF_KILO_TO_NEW_YORK))
                .isEqualTo(RemoteOutcome.rejected("1001", "Receiver Zip '1' is not valid for country US"));
    }

    @Test
    void aServerErrorIsUnknownNotAZeroPrice() {
        // given
        yunExpress.stubFor(
                get(urlPathEqualTo(PATH)).willReturn(com.github.tomakehurst.wiremock.client.WireMock.serverError()));

        // when / then
        assertThat(adapter.quote(access, HALF_KILO_TO_NEW_YORK)).isInstanceOf(RemoteOutcome.Unknown.class);
    }
}
