package io.junction.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The demo users' password: at least 8 characters when one is given, or start-up refuses it. */
class DemoPropertiesTest {

    @Test
    void aDemoPasswordShorterThanEightCharactersIsRefused() {
        assertThatThrownBy(() -> demo(true, "1234567"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JUNCTION_DEMO_PASSWORD")
                .hasMessageContaining("8");
    }

    @Test
    void aDemoPasswordOfEightCharactersOrNoneAtAllIsTaken() {
        assertThat(demo(true, "12345678").password()).isEqualTo("12345678");
        assertThat(demo(true, null).password()).isNull();
        assertThat(demo(true, "").password()).isEmpty();
    }

    @Test
    void aShortPasswordIsOfNoConcernWithTheDemoOff() {
        assertThat(demo(false, "short").enabled()).isFalse();
    }

    private static DemoProperties demo(boolean enabled, String password) {
        return new DemoProperties(enabled, password, Duration.ofSeconds(20), 0, 0, null);
    }
}
