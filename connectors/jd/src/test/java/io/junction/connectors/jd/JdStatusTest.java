package io.junction.connectors.jd;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.PlatformState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdStatusTest {

    @ParameterizedTest(name = "{0} means {1}")
    @CsvSource({
        "WAIT_PAY, UNPAID",
        "WAIT_SELLER_STOCK_OUT, READY_TO_SHIP",
        "WAIT_SELLER_DELIVERY, SHIPPED",
        "WAIT_GOODS_RECEIVE_CONFIRM, SHIPPED",
        "FINISHED_L, SHIPPED",
        "TRADE_CANCELED, CANCELLED",
        "LOCKED, REFUND_REQUESTED",
        "PAUSE, REFUND_REQUESTED",
        "POP_ORDER_PAUSE, REFUND_REQUESTED"
    })
    void everyJdOrderStateMeansOnePlatformState(String jd, PlatformState expected) {
        // when
        PlatformState state = JdStatus.of(jd).orElseThrow().state();

        // then
        assertThat(state).isEqualTo(expected);
    }

    @Test
    void everyStateTheConnectorAsksForIsMapped() {
        // when / then
        assertThat(JdProperties.defaults().orderStates())
                .allSatisfy(state -> assertThat(JdStatus.of(state)).isPresent());
        assertThat(JdStatus.values())
                .hasSize(JdProperties.defaults().orderStates().size());
    }

    @Test
    void anUnknownStateIsNotGuessed() {
        // when / then
        assertThat(JdStatus.of("ON_THE_MOON")).isEmpty();
        assertThat(JdStatus.of(null)).isEmpty();
    }
}
