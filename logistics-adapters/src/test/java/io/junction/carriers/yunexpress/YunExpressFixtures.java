package io.junction.carriers.yunexpress;

import io.junction.carriers.CarrierFixtures;
import io.junction.channel.Address;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.ParcelRequest;
import io.junction.logistics.ParcelRequest.CustomsItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Named requests, accounts and recorded YunExpress payloads shared by the YunExpress tests. */
public final class YunExpressFixtures {

    public static final String CUSTOMER_CODE = "C10086";
    public static final String API_SECRET = "test-secret-do-not-log";

    private YunExpressFixtures() {}

    /** A mug for Anna Maria Schmidt in Berlin, as in {@code fixtures/create_order_request.json}. */
    public static ParcelRequest mugForAnnaInBerlin(String reference) {
        return new ParcelRequest(reference, "THPHR", 1250, annaInBerlin(), "EUR", List.of(mug()));
    }

    /** The same mug with a four-digit German postcode, which YunExpress refuses. */
    public static ParcelRequest mugWithBadZip(String reference) {
        Address anna = annaInBerlin();
        Address badZip = new Address(
                anna.name(),
                anna.company(),
                anna.line1(),
                anna.line2(),
                anna.city(),
                anna.state(),
                "1011",
                anna.countryCode(),
                anna.phone());
        return new ParcelRequest(reference, "THPHR", 1250, badZip, "EUR", List.of(mug()));
    }

    /** A teapot for 张伟 in New York, to show non-Latin names travel and print. */
    public static ParcelRequest teapotForZhangWeiInNewYork(String reference, String serviceCode) {
        Address zhang = new Address(
                "张伟",
                "Ming Trading LLC",
                "350 5th Ave",
                "Suite 7701",
                "New York",
                "NY",
                "10118",
                "US",
                "+1 212 555 0100");
        CustomsItem teapot =
                new CustomsItem("SKU-TEA-02", "Clay teapot", "紫砂壶", "691200", 1, new BigDecimal("35.00"), 600);
        return new ParcelRequest(reference, serviceCode, 800, zhang, "USD", List.of(teapot));
    }

    public static Address annaInBerlin() {
        return new Address(
                "Anna Maria Schmidt",
                "",
                "Invalidenstraße 117",
                "Hinterhaus",
                "Berlin",
                null,
                "10115",
                "DE",
                "+49 30 1234567");
    }

    private static CustomsItem mug() {
        return new CustomsItem("SKU-MUG-01", "Ceramic mug", "陶瓷杯", "691200", 2, new BigDecimal("12.50"), 450);
    }

    /** An account pointing at {@code endpoint} with the test credentials. */
    public static CarrierAccess account(String endpoint) {
        return account(endpoint, CUSTOMER_CODE, API_SECRET);
    }

    public static CarrierAccess account(String endpoint, String customerCode, String apiSecret) {
        return new CarrierAccess(
                7, "YUNEXPRESS", endpoint, Map.of("customerCode", customerCode, "apiSecret", apiSecret));
    }

    /** A recorded payload from {@code fixtures/}. */
    public static String fixture(String name) {
        return CarrierFixtures.fixture("yunexpress", name);
    }
}
