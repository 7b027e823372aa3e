package io.junction.connectors.amazon;

import static io.junction.connectors.kit.BoundSettings.bound;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.ratelimit.UsagePlan;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Amazon settings as {@code application.yaml} writes them: each one given replaces its default only. */
class AmazonPropertiesTest {

    @Test
    void noSettingsAreTheProductionDefaults() {
        // given no settings
        // when
        AmazonProperties properties = bound(AmazonProperties.class, Map.of());

        // then
        assertThat(properties).isEqualTo(AmazonProperties.defaults());
        assertThat(properties.calls().windowOverlap()).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.calls().usagePlans().plan(AmazonProperties.SEARCH_ORDERS))
                .isEqualTo(new UsagePlan(0.0056, 20));
    }

    @Test
    void aGrantedPlanATimeOutAndThePhrasesReplaceOnlyTheirDefaults() {
        // given
        Map<String, String> settings = Map.of(
                "junction.connectors.amazon.calls.usage-plans.by-operation.searchOrders", "5/20",
                "junction.connectors.amazon.calls.read-timeout", "45s",
                "junction.connectors.amazon.already-shipped-phrases", "déjà expédié,already dispatched");

        // when
        AmazonProperties properties = bound(AmazonProperties.class, settings);

        // then
        assertThat(properties.calls().usagePlans().plan(AmazonProperties.SEARCH_ORDERS))
                .isEqualTo(new UsagePlan(5, 20));
        assertThat(properties.calls().usagePlans().plan(AmazonProperties.GET_ORDER))
                .isEqualTo(new UsagePlan(0.5, 30));
        assertThat(properties.calls().readTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(properties.calls().connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.calls().maxAttempts()).isEqualTo(4);
        assertThat(properties.alreadyShippedPhrases()).containsExactly("déjà expédié", "already dispatched");
    }
}
