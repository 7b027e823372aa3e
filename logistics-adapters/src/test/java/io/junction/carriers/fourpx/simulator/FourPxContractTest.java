package io.junction.carriers.fourpx.simulator;

import io.junction.carriers.CarrierContractTest;
import io.junction.carriers.fourpx.FourPxCarrierAdapter;
import io.junction.carriers.fourpx.FourPxClient;
import io.junction.carriers.fourpx.FourPxProperties;
import java.time.Clock;

/** 4PX keeps the carrier contract. */
class FourPxContractTest extends CarrierContractTest<FourPxSimulator> {

    FourPxContractTest() {
        super(
                clock -> new FourPxSimulator(0, clock),
                (readTimeout, http, quota) -> new FourPxCarrierAdapter(
                        new FourPxProperties(readTimeout, readTimeout, readTimeout.multipliedBy(3)),
                        http,
                        Clock.systemUTC(),
                        quota),
                FourPxClient.APP_SECRET);
    }
}
