package io.junction.connectors.amazon;

import io.junction.connectors.kit.PlatformStatusContractTest;

class AmazonStatusTest extends PlatformStatusContractTest<AmazonStatus> {

    AmazonStatusTest() {
        super(AmazonStatus.class, AmazonStatus::of, AmazonStatus::state);
    }
}
