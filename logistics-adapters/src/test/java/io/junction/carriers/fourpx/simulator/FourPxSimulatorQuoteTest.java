package io.junction.carriers.fourpx.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.carriers.fourpx.FourPxCarrierAdapter;
import io.junction.carriers.fourpx.FourPxProperties;
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

/** The simulator's estimated cost: a fixed price list by country and weight band, refusals as 4PX words them. */
class FourPxSimulatorQuoteTest {

    private final FourPxSimulator fourPx = new FourPxSimulator();
    private final FourPxCarrierAdapter adapter =
            new FourPxCarrierAdapter(FourPxProperties.defaults(), new OkHttpClient());
    private CarrierAccess access;

    @BeforeEach
    void start() {
        fourPx.start();
        access = new CarrierAccess(
                3,
                "FOURPX",
                fourPx.baseUrl(),
                Map.of("appKey", FourPxSimulator.DEFAULT_APP_KEY, "appSecret", FourPxSimulator.DEFAULT_APP_SECRET));
    }

    @AfterEach
    void stop() {
        fourPx.stop();
    }

    private static QuoteRequest to(String country, String postcode, int grams) {
        return new QuoteRequest(country, postcode, grams, null, new BigDecimal("20"), "USD", null);
    }

    @Test
    void pricesEachProductByCountryAndStartedHundredGrams() {
        // when: 1,001 g is eleven bands; Great Britain costs 0.90 of the United States
        RemoteOutcome<List<FreightQuote>> gb = adapter.quote(access, to("GB", "SW1A 1AA", 1_001));

        // then: A1 (18.00 + 11 × 6.50) × 0.90, PX (25.00 + 11 × 8.00) × 0.90
        assertThat(gb)
                .isEqualTo(RemoteOutcome.succeeded(List.of(
                        FreightQuote.priced("A1", "4PX A1", new BigDecimal("80.55"), "CNY", 7, 15),
                        FreightQuote.priced("PX", "4PX PX", new BigDecimal("101.70"), "CNY", 5, 9))));
    }

    @Test
    void aNamedProductItCannotUseIsThatProductsRefusal() {
        // when
        RemoteOutcome<List<FreightQuote>> heavy =
                adapter.quote(access, to("US", "10001", 3_000).forService("PX"));

        // then
        assertThat(heavy)
                .isEqualTo(RemoteOutcome.succeeded(List.of(FreightQuote.refused(
                        "PX", null, "NOT_OFFERED", "该产品不可用 product PX is not available for this parcel"))));
    }

    @Test
    void refusesAPostcodeOfTheWrongShape() {
        // when / then
        assertThat(adapter.quote(access, to("DE", "1011", 500)))
                .isEqualTo(RemoteOutcome.rejected("10004", "收件人邮编格式不正确 post_code '1011' is not valid for DE"));
    }

    @Test
    void checksTheSignatureAsForEveryCall() {
        // given
        CarrierAccess wrong = new CarrierAccess(
                3,
                "FOURPX",
                fourPx.baseUrl(),
                Map.of("appKey", FourPxSimulator.DEFAULT_APP_KEY, "appSecret", "not-the-secret"));

        // when / then
        assertThat(adapter.quote(wrong, to("US", "10001", 500)))
                .isEqualTo(RemoteOutcome.rejected("0002", "签名错误 sign is invalid"));
    }
}
