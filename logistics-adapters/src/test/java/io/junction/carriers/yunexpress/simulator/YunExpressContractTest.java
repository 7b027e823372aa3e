package io.junction.carriers.yunexpress.simulator;

import io.junction.carriers.CarrierContractTest;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.carriers.yunexpress.YunExpressCarrierAdapter;
import io.junction.carriers.yunexpress.YunExpressClient;
import io.junction.carriers.yunexpress.YunExpressProperties;
import io.junction.logistics.CarrierAdapter;
import java.time.Duration;
import java.util.Map;

/** YunExpress keeps the carrier contract. */
class YunExpressContractTest extends CarrierContractTest<YunExpressSimulator> {

    @Override
    protected YunExpressSimulator startSimulator() {
        return new YunExpressSimulator(
                        YunExpressSimulator.DEFAULT_CUSTOMER_CODE, YunExpressSimulator.DEFAULT_API_SECRET, 0, clock)
                .movesEvery(STEP)
                .start();
    }

    @Override
    protected CarrierAdapter adapter(Duration readTimeout, CarrierQuota quota) {
        YunExpressProperties properties =
                new YunExpressProperties(readTimeout, readTimeout, readTimeout.multipliedBy(3));
        return new YunExpressCarrierAdapter(properties, http, quota);
    }

    @Override
    protected Map<String, String> credentials() {
        return Map.of(
                YunExpressClient.CUSTOMER_CODE,
                simulator.customerCode(),
                YunExpressClient.API_SECRET,
                simulator.apiSecret());
    }

    @Override
    protected String secretKey() {
        return YunExpressClient.API_SECRET;
    }

    @Override
    protected String serviceCode() {
        return simulator.shippingMethodCode();
    }

    @Override
    protected void receive(String reference) {
        simulator.receives(reference);
    }
}
