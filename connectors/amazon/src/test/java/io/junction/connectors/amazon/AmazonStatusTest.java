package io.junction.connectors.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.PlatformState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmazonStatusTest {

    @ParameterizedTest(name = "{0} means {1}")
    @CsvSource({
        "PENDING_AVAILABILITY, UNPAID",
        "PENDING, UNPAID",
        "UNSHIPPED, READY_TO_SHIP",
        "PARTIALLY_SHIPPED, READY_TO_SHIP",
        "SHIPPED, SHIPPED",
        "CANCELLED, CANCELLED",
        "UNFULFILLABLE, CANCELLED"
    })
    void everyAmazonFulfillmentStatusMeansOnePlatformState(String amazon, PlatformState expected) {
        // when
        PlatformState state = AmazonStatus.of(amazon).orElseThrow().state();

        // then
        assertThat(state).isEqualTo(expected);
    }

    @Test
    void anUnknownStatusIsNotGuessed() {
        // when / then
        assertThat(AmazonStatus.of("ON_THE_MOON")).isEmpty();
        assertThat(AmazonStatus.of(null)).isEmpty();
    }
}
