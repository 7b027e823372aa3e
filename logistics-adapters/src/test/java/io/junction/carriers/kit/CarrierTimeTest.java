package io.junction.carriers.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarrierTimeTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-12-02 10:15:00, 2026-12-02T02:15:00Z",
        "2026-12-02T10:15:00, 2026-12-02T02:15:00Z",
        "2026-12-02T10:15:00.250, 2026-12-02T02:15:00.250Z",
        "2026/12/02 10:15:00, 2026-12-02T02:15:00Z",
        "2026-12-02T10:15:00+01:00, 2026-12-02T09:15:00Z",
        "1796177700000, 2026-12-02T02:15:00Z"
    })
    void readsTheTimesCarriersWriteALocalOneInTheCarriersZone(String text, Instant expected) {
        assertThat(CarrierTime.parse(text, CHINA)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2026-13-45 99:00:00", "''"})
    void aTimeItCannotReadIsEmpty(String text) {
        assertThat(CarrierTime.parse(text, CHINA)).isEmpty();
    }
}
