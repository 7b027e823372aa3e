package io.junction.carriers.yanwen;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.logistics.TrackingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Yanwen's order status numbers normalised into our tracking statuses. */
class YanwenStatusTest {

    @ParameterizedTest
    @CsvSource({
        "0, INFO_RECEIVED",
        "1, INFO_RECEIVED",
        "2, PICKED_UP",
        "3, IN_TRANSIT",
        "4, DELIVERED",
        "5, EXCEPTION",
        "6, EXCEPTION",
        "7, EXCEPTION",
        "8, EXCEPTION",
        "9, RETURNED"
    })
    void eachStatusMeansOneOfOurStatuses(int code, TrackingStatus expected) {
        assertThat(YanwenStatus.fromCode(code).map(YanwenStatus::tracking)).contains(expected);
    }

    @Test
    void anUnknownNumberMeansNothing() {
        assertThat(YanwenStatus.fromCode(10)).isEmpty();
        assertThat(YanwenStatus.fromCode(null)).isEmpty();
    }
}
