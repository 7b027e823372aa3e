package io.junction.carriers.yunexpress.simulator;

import io.junction.carriers.CarrierContractTest;
import io.junction.carriers.yunexpress.YunExpressCarrierAdapter;
import io.junction.carriers.yunexpress.YunExpressClient;
import io.junction.carriers.yunexpress.YunExpressProperties;

/** YunExpress keeps the carrier contract. */
class YunExpressContractTest extends CarrierContractTest<YunExpressSimulator> {

    YunExpressContractTest() {
        super(
                clock -> new YunExpressSimulator(0, clock),
                (readTimeout, http, quota) -> new YunExpressCarrierAdapter(
                        new YunExpressProperties(readTimeout, readTimeout, readTimeout.multipliedBy(3)), http, quota),
                YunExpressClient.API_SECRET);
    }
}
