package io.junction.carriers.yunexpress.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.carriers.yunexpress.YunExpressCarrierAdapter;
import io.junction.carriers.yunexpress.YunExpressProperties;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.FreightQuote;
import io.junction.logistics.QuoteRequest;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator's price trial: a fixed price list by country and weight band, refusals in YunExpress' words. */
class YunExpressSimulatorQuoteTest {

    private final YunExpressSimulator yunExpress = new YunExpressSimulator();
    private final YunExpressCarrierAdapter adapter =
            new YunExpressCarrierAdapter(YunExpressProperties.defaults(), new OkHttpClient());
    private CarrierAccess access;

    @BeforeEach
    void start() {
        yunExpress.start();
        access = new CarrierAccess(
                1,
                "YUNEXPRESS",
                yunExpress.baseUrl(),
                Map.of("customerCode", yunExpress.customerCode(), "apiSecret", yunExpress.apiSecret()));
    }

    @AfterEach
    void stop() {
        yunExpress.stop();
    }

    private static QuoteRequest to(String country, String postcode, int grams) {
        return new QuoteRequest(country, postcode, grams, null, new BigDecimal("20"), "USD", null);
    }

    @Test
    void pricesEachShippingMethodByCountryAndStartedHundredGrams() {
        // when: 450 g is five bands; Germany costs 0.95 of the United States
        RemoteOutcome<List<FreightQuote>> us = adapter.quote(access, to("US", "10001", 450));
        RemoteOutcome<List<FreightQuote>> de = adapter.quote(access, to("DE", "10115", 450));

        // then: THPHR 18.00 + 5 × 6.50, THZXR 25.00 + 5 × 8.00
        assertThat(us)
                .isEqualTo(RemoteOutcome.succeeded(List.of(
                        FreightQuote.priced("THPHR", "YunExpress THPHR", new BigDecimal("50.50"), "CNY", 7, 15),
                        FreightQuote.priced("THZXR", "YunExpress THZXR", new BigDecimal("65.00"), "CNY", 5, 9))));
        assertThat(de)
                .isEqualTo(RemoteOutcome.succeeded(List.of(
                        FreightQuote.priced("THPHR", "YunExpress THPHR", new BigDecimal("47.98"), "CNY", 7, 15),
                        FreightQuote.priced("THZXR", "YunExpress THZXR", new BigDecimal("61.75"), "CNY", 5, 9))));
    }

    @Test
    void theExpressMethodCarriesNothingOverTwoKilograms() {
        // when
        RemoteOutcome<List<FreightQuote>> heavy =
                adapter.quote(access, to("US", "10001", 2_500).forService("THZXR"));

        // then
        assertThat(heavy)
                .isEqualTo(RemoteOutcome.succeeded(List.of(FreightQuote.refused(
                        "THZXR", null, "NOT_OFFERED", "YunExpress offers no price for THZXR to US at 2.500 kg"))));
    }

    @Test
    void refusesAPostcodeOfTheWrongShapeAndAZeroWeight() {
        // when / then
        assertThat(adapter.quote(access, to("US", "1234", 450)))
                .isEqualTo(RemoteOutcome.rejected("1001", "Receiver Zip '1234' is not valid for country US"));
        assertThat(adapter.quote(access, to("US", "10001", 0)))
                .isEqualTo(RemoteOutcome.rejected("1001", "Weight must be greater than 0"));
    }

    @Test
    void checksBasicAuthAsForEveryCall() {
        // given
        CarrierAccess wrong = new CarrierAccess(
                1, "YUNEXPRESS", yunExpress.baseUrl(), Map.of("customerCode", "C10086", "apiSecret", "guess"));

        // when / then
        assertThat(adapter.quote(wrong, to("US", "10001", 450))).isEqualTo(RemoteOutcome.rejected("1003", "签名错误"));
    }
}
