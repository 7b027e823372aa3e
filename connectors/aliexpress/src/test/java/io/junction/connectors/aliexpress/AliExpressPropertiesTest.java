package io.junction.connectors.aliexpress;

import static io.junction.connectors.kit.BoundSettings.bound;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AliExpress's UNCONFIRMED facts are settings an operator corrects in {@code application.yaml}. */
class AliExpressPropertiesTest {

    @Test
    void noSettingsAreTheProductionDefaults() {
        // given no settings
        // when
        AliExpressProperties properties = bound(AliExpressProperties.class, Map.of());

        // then
        assertThat(properties.calls()).isEqualTo(AliExpressProperties.defaults().calls());
        assertThat(properties.throttleCode()).isEqualTo("7");
        assertThat(properties.maxShipmentEdits()).isEqualTo(2);
        assertThat(properties.banPattern().pattern())
                .isEqualTo(AliExpressProperties.defaults().banPattern().pattern());
    }

    @Test
    void theUnconfirmedFactsAreSettable() {
        // given
        Map<String, String> settings = Map.of(
                "junction.connectors.aliexpress.throttle-code", "ApiCallLimit",
                "junction.connectors.aliexpress.ban-pattern", "banned for (\\d+) s",
                "junction.connectors.aliexpress.max-shipment-edits", "0",
                "junction.connectors.aliexpress.shipment-edit-period", "3d",
                "junction.connectors.aliexpress.platform-zone", "Asia/Shanghai",
                "junction.connectors.aliexpress.calls.page-size", "20",
                "junction.connectors.aliexpress.calls.usage-plans.otherwise", "2/4");

        // when
        AliExpressProperties properties = bound(AliExpressProperties.class, settings);

        // then
        assertThat(properties.throttleCode()).isEqualTo("ApiCallLimit");
        assertThat(properties.banPattern().matcher("banned for 12 s").find()).isTrue();
        assertThat(properties.maxShipmentEdits()).isZero();
        assertThat(properties.shipmentEditPeriod()).isEqualTo(Duration.ofDays(3));
        assertThat(properties.platformZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(properties.calls().pageSize()).isEqualTo(20);
        assertThat(properties
                        .calls()
                        .usagePlans()
                        .plan("aliexpress.solution.order.get")
                        .burst())
                .isEqualTo(4);
        assertThat(properties.calls().windowOverlap()).isEqualTo(Duration.ofMinutes(15));
    }
}
