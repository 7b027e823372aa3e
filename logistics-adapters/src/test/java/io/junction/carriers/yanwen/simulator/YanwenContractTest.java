package io.junction.carriers.yanwen.simulator;

import io.junction.carriers.CarrierContractTest;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.carriers.yanwen.YanwenCarrierAdapter;
import io.junction.carriers.yanwen.YanwenClient;
import io.junction.carriers.yanwen.YanwenProperties;
import io.junction.logistics.CarrierAdapter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Yanwen keeps the carrier contract. */
class YanwenContractTest extends CarrierContractTest<YanwenSimulator> {

    @Override
    protected YanwenSimulator startSimulator() {
        return new YanwenSimulator(YanwenSimulator.DEFAULT_USER_ID, YanwenSimulator.DEFAULT_API_TOKEN, 0, clock)
                .movesEvery(STEP)
                .start();
    }

    @Override
    protected CarrierAdapter adapter(Duration readTimeout, CarrierQuota quota) {
        YanwenProperties properties = new YanwenProperties(readTimeout, readTimeout, readTimeout.multipliedBy(3));
        return new YanwenCarrierAdapter(properties, http, Clock.systemUTC(), quota);
    }

    @Override
    protected Map<String, String> credentials() {
        return Map.of(YanwenClient.USER_ID, simulator.userId(), YanwenClient.API_TOKEN, simulator.apiToken());
    }

    @Override
    protected String secretKey() {
        return YanwenClient.API_TOKEN;
    }

    @Override
    protected String serviceCode() {
        return simulator.channelId();
    }

    @Override
    protected void receive(String reference) {
        simulator.receives(reference);
    }
}
