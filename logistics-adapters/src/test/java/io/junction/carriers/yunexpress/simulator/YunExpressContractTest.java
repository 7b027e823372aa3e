package io.junction.carriers.yunexpress.simulator;

import static io.junction.carriers.yunexpress.YunExpressFixtures.account;

import io.junction.carriers.CarrierContractTest;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.carriers.yunexpress.YunExpressCarrierAdapter;
import io.junction.carriers.yunexpress.YunExpressProperties;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAdapter;
import io.junction.simulator.Simulator;
import java.time.Duration;

/** YunExpress keeps the carrier contract. */
class YunExpressContractTest extends CarrierContractTest {

    private YunExpressSimulator yunExpress;

    @Override
    protected Simulator<?> startSimulator() {
        yunExpress = new YunExpressSimulator(
                        YunExpressSimulator.DEFAULT_CUSTOMER_CODE, YunExpressSimulator.DEFAULT_API_SECRET, 0, clock)
                .movesEvery(STEP)
                .start();
        return yunExpress;
    }

    @Override
    protected CarrierAdapter adapter(Duration readTimeout, CarrierQuota quota) {
        return new YunExpressCarrierAdapter(
                new YunExpressProperties(readTimeout, readTimeout, readTimeout.multipliedBy(3)), http, quota);
    }

    @Override
    protected CarrierAccess access() {
        return account(yunExpress.baseUrl(), yunExpress.customerCode(), yunExpress.apiSecret());
    }

    @Override
    protected CarrierAccess accessWithWrongSecret() {
        return account(yunExpress.baseUrl(), yunExpress.customerCode(), "not-the-secret");
    }

    @Override
    protected String serviceCode() {
        return yunExpress.shippingMethodCode();
    }

    @Override
    protected int parcelsHeldFor(String reference) {
        return yunExpress.parcelsFor(reference).size();
    }

    @Override
    protected void receive(String reference) {
        yunExpress.receives(reference);
    }
}
