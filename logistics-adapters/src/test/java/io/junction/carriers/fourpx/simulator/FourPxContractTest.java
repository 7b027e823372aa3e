package io.junction.carriers.fourpx.simulator;

import io.junction.carriers.CarrierContractTest;
import io.junction.carriers.fourpx.FourPxCarrierAdapter;
import io.junction.carriers.fourpx.FourPxProperties;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAdapter;
import io.junction.simulator.Simulator;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** 4PX keeps the carrier contract. */
class FourPxContractTest extends CarrierContractTest {

    private FourPxSimulator fourPx;

    @Override
    protected Simulator<?> startSimulator() {
        fourPx = new FourPxSimulator(FourPxSimulator.DEFAULT_APP_KEY, FourPxSimulator.DEFAULT_APP_SECRET, 0, clock)
                .movesEvery(STEP)
                .start();
        return fourPx;
    }

    @Override
    protected CarrierAdapter adapter(Duration readTimeout, CarrierQuota quota) {
        return new FourPxCarrierAdapter(
                new FourPxProperties(readTimeout, readTimeout, readTimeout.multipliedBy(3)),
                http,
                Clock.systemUTC(),
                quota);
    }

    @Override
    protected CarrierAccess access() {
        return new CarrierAccess(
                3, "FOURPX", fourPx.baseUrl(), Map.of("appKey", fourPx.appKey(), "appSecret", fourPx.appSecret()));
    }

    @Override
    protected CarrierAccess accessWithWrongSecret() {
        return new CarrierAccess(
                3, "FOURPX", fourPx.baseUrl(), Map.of("appKey", fourPx.appKey(), "appSecret", "not-the-secret"));
    }

    @Override
    protected String serviceCode() {
        return fourPx.productCode();
    }

    @Override
    protected int parcelsHeldFor(String reference) {
        return fourPx.consignmentsFor(reference).size();
    }

    @Override
    protected void receive(String reference) {
        fourPx.receives(reference);
    }
}
