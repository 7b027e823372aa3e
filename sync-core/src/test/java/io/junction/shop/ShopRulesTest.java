package io.junction.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;

import io.junction.channel.ChannelConnector;
import io.junction.channel.Channels;
import io.junction.logistics.LogisticsMapper;
import io.junction.order.Refusal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.mockito.Mockito;

/** The rules a shop must pass before it is stored, each refusal with its field and reason. */
class ShopRulesTest {

    private static final Map<String, String> CREDENTIALS = Map.of("appKey", "k-123456", "appSecret", "s-123456");

    private final ShopRules rules =
            new ShopRules(new Channels(List.of(connector())), mock(ShopMapper.class), mock(LogisticsMapper.class));

    @Test
    void httpsEndpointsAndPlainHttpToThisMachineAreAccepted() {
        for (String endpoint : List.of(
                "https://api.example.com/",
                "http://localhost:8081",
                "http://127.0.0.1:9000/x",
                "http://127.8.9.10/",
                "http://[::1]:8080/")) {
            assertThatCode(() -> rules.checkNew(shop("Shop " + endpoint.hashCode(), endpoint, CREDENTIALS, List.of())))
                    .as(endpoint)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void plainHttpToAnyOtherHostIsRefusedWithAReason() {
        for (String endpoint : List.of(
                "http://api.example.com/",
                "http://10.0.0.5/",
                "http://127.0.0.1.evil.com/",
                "http://localhost.evil.com/",
                "ftp://127.0.0.1/")) {
            // when
            ShopRefusedException refused = catchThrowableOfType(
                    ShopRefusedException.class, () -> rules.checkNew(shop("Shop", endpoint, CREDENTIALS, List.of())));

            // then
            assertThat(refused).as(endpoint).isNotNull();
            assertThat(refused.problems())
                    .extracting(ShopRefusedException.Problem::field)
                    .containsExactly("endpoint");
            assertThat(refused.getMessage()).containsAnyOf("must use https", "must be an absolute http(s) URL");
        }
    }

    @Test
    void aNameWithALineBreakOrAnotherControlCharacterIsRefused() {
        for (String name : List.of(
                "Shop\r\n2026-12-06 INFO forged", "Tab\tShop", "Bell\u0007", "Next\u0085line", "Sep\u2028arator")) {
            ShopRefusedException refused = catchThrowableOfType(
                    ShopRefusedException.class,
                    () -> rules.checkNew(shop(name, "https://api.example.com", CREDENTIALS, List.of())));
            assertThat(refused).as(name).isNotNull();
            assertThat(refused.problems())
                    .containsExactly(new ShopRefusedException.Problem(
                            "name",
                            "name must not contain control characters such as line breaks or tabs",
                            Refusal.of(ShopRules.NAME_CONTROL)));
        }
        assertThatCode(() -> rules.checkNew(shop("淘宝店 Shop 🛒 «1»", "https://api.example.com", CREDENTIALS, List.of())))
                .doesNotThrowAnyException();
    }

    @Test
    void marketplaceIdsLongerThanTheirColumnAreRefused() {
        // given 100 ids of 12 characters: 1,299 characters joined, the column holds 512
        List<String> ids = Collections.nCopies(100, "ATVPDKIKX0DE");

        // when
        ShopRefusedException refused = catchThrowableOfType(
                ShopRefusedException.class,
                () -> rules.checkNew(shop("Many", "https://api.example.com", CREDENTIALS, ids)));

        // then
        assertThat(refused.problems())
                .extracting(ShopRefusedException.Problem::field)
                .containsExactly("marketplaceIds");
        assertThat(refused.getMessage()).contains("longer than 512 characters");
    }

    @Test
    void credentialKeysThePlatformDoesNotUseAreRefusedNamingAFewAndCountingTheRest() {
        // given the two keys the platform uses and 10,000 it does not
        Map<String, String> credentials = new HashMap<>(CREDENTIALS);
        for (int i = 0; i < 10_000; i++) {
            credentials.put("extra" + i, "v");
        }

        // when
        ShopRefusedException refused = catchThrowableOfType(
                ShopRefusedException.class,
                () -> rules.checkNew(shop("Keys", "https://api.example.com", credentials, List.of())));

        // then
        assertThat(refused.problems())
                .extracting(ShopRefusedException.Problem::field)
                .containsExactly("credentials");
        assertThat(refused.getMessage())
                .contains("FAKE does not use", "and 9997 more", "FAKE takes appKey, appSecret")
                .hasSizeLessThan(300);
    }

    @Test
    void aCredentialValueLongerThanFourKilobytesIsRefusedNamingOnlyItsKey() {
        // given
        String huge = "x".repeat(1024 * 1024);

        // when
        ShopRefusedException refused = catchThrowableOfType(
                ShopRefusedException.class,
                () -> rules.checkNew(shop(
                        "Huge",
                        "https://api.example.com",
                        Map.of("appKey", "k-123456", "appSecret", huge),
                        List.of())));

        // then
        assertThat(refused.problems())
                .containsExactly(new ShopRefusedException.Problem(
                        "credentials",
                        "credential values are at most 4096 characters: appSecret is longer",
                        Refusal.of(ShopRules.CREDENTIALS_TOO_LONG, 4096, "appSecret")));
    }

    private static NewShop shop(
            String name, String endpoint, Map<String, String> credentials, List<String> marketplaces) {
        return new NewShop("FAKE", new ShopChange(name, endpoint, null, credentials, marketplaces, null));
    }

    private static ChannelConnector connector() {
        ChannelConnector connector = Mockito.mock(ChannelConnector.class, Answers.CALLS_REAL_METHODS);
        Mockito.doReturn("FAKE").when(connector).platform();
        Mockito.doReturn(List.of("appKey", "appSecret")).when(connector).credentialKeys();
        return connector;
    }
}
