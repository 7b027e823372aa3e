package io.junction.web.scanout;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.job.ForegroundGate;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which calls count as a packing station's: the scan-out API and the station pages, nothing that merely begins so. */
class StationCallsFirstTest {

    private final StationCallsFirst filter = new StationCallsFirst(new ForegroundGate(Duration.ofMillis(100)));

    @Test
    void theStationsApiAndPagesCountAndOtherPathsDoNot() {
        assertThat(counts("/api/v1/scan-out/packages")).isTrue();
        assertThat(counts("/api/v1/scan-out/packages/7/weight")).isTrue();
        assertThat(counts("/scan-out")).isTrue();
        assertThat(counts("/scan-out/settings")).isTrue();
        assertThat(counts("/scan-outs")).isFalse();
        assertThat(counts("/api/v1/scan-outer")).isFalse();
        assertThat(counts("/orders")).isFalse();
    }

    private boolean counts(String path) {
        return !filter.shouldNotFilter(new MockHttpServletRequest("POST", path));
    }
}
