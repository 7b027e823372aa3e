package io.junction.carriers.yanwen;

import static io.junction.connectors.kit.BoundSettings.bound;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Yanwen settings as {@code application.yaml} writes them: each one given replaces its default only. */
class YanwenPropertiesTest {

    @Test
    void noSettingsAreTheDefaults() {
        assertThat(bound(YanwenProperties.class, Map.of())).isEqualTo(YanwenProperties.defaults());
    }

    @Test
    void aTimeOutAndTheUnconfirmedWordingsAreSettable() {
        // given
        Map<String, String> settings = Map.of(
                "junction.carriers.yanwen.read-timeout", "45s",
                "junction.carriers.yanwen.duplicate-phrases", "订单号重复");

        // when
        YanwenProperties properties = bound(YanwenProperties.class, settings);

        // then
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(properties.duplicatePhrases()).containsExactly("订单号重复");
        assertThat(properties.notFoundPhrases()).contains("不存在");
    }
}
