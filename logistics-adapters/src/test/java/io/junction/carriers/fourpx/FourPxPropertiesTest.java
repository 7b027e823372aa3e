package io.junction.carriers.fourpx;

import static io.junction.connectors.kit.BoundSettings.bound;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.logistics.TrackingStatus;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 4PX settings as {@code application.yaml} writes them: each one given replaces its default only. */
class FourPxPropertiesTest {

    @Test
    void noSettingsAreTheDefaults() {
        // when
        FourPxProperties properties = bound(FourPxProperties.class, Map.of());

        // then
        assertThat(properties).isEqualTo(FourPxProperties.defaults());
        assertThat(properties.apiVersion()).isEqualTo("1.0.0");
        assertThat(properties.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void theUnconfirmedFactsAreSettable() {
        // given
        Map<String, String> settings = Map.of(
                "junction.carriers.fourpx.read-timeout", "45s",
                "junction.carriers.fourpx.api-version", "1.1.0",
                "junction.carriers.fourpx.cancelled-statuses", "D",
                "junction.carriers.fourpx.tracking-codes.FPX_S_OK", "DELIVERED");

        // when
        FourPxProperties properties = bound(FourPxProperties.class, settings);

        // then
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(properties.apiVersion()).isEqualTo("1.1.0");
        assertThat(properties.cancelledStatuses()).containsExactly("D");
        assertThat(properties.trackingCodes()).containsEntry("FPX_S_OK", TrackingStatus.DELIVERED);
        assertThat(properties.businessType()).isEqualTo("BDS");
    }
}
