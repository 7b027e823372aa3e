package io.junction.connectors.jd;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.kit.PlatformStatusContractTest;
import org.junit.jupiter.api.Test;

class JdStatusTest extends PlatformStatusContractTest<JdStatus> {

    JdStatusTest() {
        super(JdStatus.class, JdStatus::of, JdStatus::state);
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
