package io.junction.carriers.yanwen.simulator;

import io.junction.carriers.CarrierContractTest;
import io.junction.carriers.yanwen.YanwenCarrierAdapter;
import io.junction.carriers.yanwen.YanwenClient;
import io.junction.carriers.yanwen.YanwenProperties;
import java.time.Clock;

/** Yanwen keeps the carrier contract. */
class YanwenContractTest extends CarrierContractTest<YanwenSimulator> {

    YanwenContractTest() {
        super(
                clock -> new YanwenSimulator(0, clock),
                (readTimeout, http, quota) -> new YanwenCarrierAdapter(
                        new YanwenProperties(readTimeout, readTimeout, readTimeout.multipliedBy(3)),
                        http,
                        Clock.systemUTC(),
                        quota),
                YanwenClient.API_TOKEN);
    }
}
