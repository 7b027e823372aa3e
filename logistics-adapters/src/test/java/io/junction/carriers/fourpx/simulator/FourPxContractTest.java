package io.junction.carriers.fourpx.simulator;

import io.junction.carriers.CarrierContractTest;
import io.junction.carriers.fourpx.FourPxCarrierAdapter;
import io.junction.carriers.fourpx.FourPxClient;
import io.junction.carriers.fourpx.FourPxProperties;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.logistics.CarrierAdapter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** 4PX keeps the carrier contract. */
class FourPxContractTest extends CarrierContractTest<FourPxSimulator> {

    @Override
    protected FourPxSimulator startSimulator() {
        return new FourPxSimulator(FourPxSimulator.DEFAULT_APP_KEY, FourPxSimulator.DEFAULT_APP_SECRET, 0, clock)
                .movesEvery(STEP)
                .start();
    }

    @Override
    protected CarrierAdapter adapter(Duration readTimeout, CarrierQuota quota) {
        FourPxProperties properties = new FourPxProperties(readTimeout, readTimeout, readTimeout.multipliedBy(3));
        return new FourPxCarrierAdapter(properties, http, Clock.systemUTC(), quota);
    }

    @Override
    protected Map<String, String> credentials() {
        return Map.of(FourPxClient.APP_KEY, simulator.appKey(), FourPxClient.APP_SECRET, simulator.appSecret());
    }

    @Override
    protected String secretKey() {
        return FourPxClient.APP_SECRET;
    }

    @Override
    protected String serviceCode() {
        return simulator.productCode();
    }

    @Override
    protected void receive(String reference) {
        simulator.receives(reference);
    }
}
