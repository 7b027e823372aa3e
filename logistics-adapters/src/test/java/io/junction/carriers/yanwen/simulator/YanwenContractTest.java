package io.junction.carriers.yanwen.simulator;

import io.junction.carriers.CarrierContractTest;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.carriers.yanwen.YanwenCarrierAdapter;
import io.junction.carriers.yanwen.YanwenProperties;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAdapter;
import io.junction.simulator.Simulator;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Yanwen keeps the carrier contract. */
class YanwenContractTest extends CarrierContractTest {

    private YanwenSimulator yanwen;

    @Override
    protected Simulator<?> startSimulator() {
        yanwen = new YanwenSimulator(YanwenSimulator.DEFAULT_USER_ID, YanwenSimulator.DEFAULT_API_TOKEN, 0, clock)
                .movesEvery(STEP)
                .start();
        return yanwen;
    }

    @Override
    protected CarrierAdapter adapter(Duration readTimeout, CarrierQuota quota) {
        return new YanwenCarrierAdapter(
                new YanwenProperties(readTimeout, readTimeout, readTimeout.multipliedBy(3)),
                http,
                Clock.systemUTC(),
                quota);
    }

    @Override
    protected CarrierAccess access() {
        return new CarrierAccess(
                4, "YANWEN", yanwen.baseUrl(), Map.of("userId", yanwen.userId(), "apiToken", yanwen.apiToken()));
    }

    @Override
    protected CarrierAccess accessWithWrongSecret() {
        return new CarrierAccess(
                4, "YANWEN", yanwen.baseUrl(), Map.of("userId", yanwen.userId(), "apiToken", "not-the-token"));
    }

    @Override
    protected String serviceCode() {
        return yanwen.channelId();
    }

    @Override
    protected int parcelsHeldFor(String reference) {
        return yanwen.ordersFor(reference).size();
    }

    @Override
    protected void receive(String reference) {
        yanwen.receives(reference);
    }
}
