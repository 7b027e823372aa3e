package io.junction.connectors.jd;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.PlatformState;
import io.junction.connectors.kit.PlatformStatusContractTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdStatusTest extends PlatformStatusContractTest {

    @Override
    protected Optional<PlatformState> stateOf(String platformStatus) {
        return JdStatus.of(platformStatus).map(JdStatus::state);
    }

    @Test
    void everyStateTheConnectorAsksForIsMapped() {
        // when / then
        assertThat(JdProperties.defaults().orderStates())
                .allSatisfy(state -> assertThat(JdStatus.of(state)).isPresent());
        assertThat(JdStatus.values())
                .hasSize(JdProperties.defaults().orderStates().size());
    }
}
