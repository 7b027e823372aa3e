package io.junction.carriers.yunexpress;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.logistics.TrackingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YunExpress' PackageState numbers normalised into our tracking statuses. */
class YunExpressPackageStateTest {

    @ParameterizedTest
    @CsvSource({
        "1, INFO_RECEIVED",
        "2, IN_TRANSIT",
        "3, DELIVERED",
        "4, PICKED_UP",
        "5, EXCEPTION",
        "6, EXCEPTION",
        "7, RETURNED"
    })
    void eachPackageStateMeansOneOfOurStatuses(int code, TrackingStatus expected) {
        assertThat(YunExpressPackageState.fromCode(code).flatMap(YunExpressPackageState::tracking))
                .contains(expected);
    }

    @Test
    void stateZeroAndUnknownNumbersLeaveItToTheEvents() {
        assertThat(YunExpressPackageState.fromCode(0).flatMap(YunExpressPackageState::tracking))
                .isEmpty();
        assertThat(YunExpressPackageState.fromCode(42)).isEmpty();
        assertThat(YunExpressPackageState.fromCode(null)).isEmpty();
    }
}
