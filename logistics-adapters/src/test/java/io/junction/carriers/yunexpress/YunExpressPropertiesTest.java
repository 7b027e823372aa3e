package io.junction.carriers.yunexpress;

import static io.junction.connectors.kit.BoundSettings.bound;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The YunExpress settings as {@code application.yaml} writes them: each one given replaces its default only. */
class YunExpressPropertiesTest {

    @Test
    void noSettingsAreTheDefaults() {
        // given no settings
        // when
        YunExpressProperties properties = bound(YunExpressProperties.class, Map.of());

        // then
        assertThat(properties).isEqualTo(YunExpressProperties.defaults());
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aTimeOutAndTheUnconfirmedWordingsAreSettable() {
        // given
        Map<String, String> settings = Map.of(
                "junction.carriers.yunexpress.read-timeout", "45s",
                "junction.carriers.yunexpress.not-found-remarks", "no such waybill,查无此单");

        // when
        YunExpressProperties properties = bound(YunExpressProperties.class, settings);

        // then
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.notFoundRemarks()).containsExactly("no such waybill", "查无此单");
        assertThat(properties.alreadyDeletedRemarks()).contains("已删除");
    }
}
