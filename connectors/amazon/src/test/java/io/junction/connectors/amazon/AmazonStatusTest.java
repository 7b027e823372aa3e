package io.junction.connectors.amazon;

import io.junction.channel.PlatformState;
import io.junction.connectors.kit.PlatformStatusContractTest;
import java.util.Optional;

class AmazonStatusTest extends PlatformStatusContractTest {

    @Override
    protected Optional<PlatformState> stateOf(String platformStatus) {
        return AmazonStatus.of(platformStatus).map(AmazonStatus::state);
    }
}
