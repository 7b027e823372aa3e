package io.junction.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuotaKeyTest {

    @Test
    void theBucketIsNamedByPlatformOperationAndSellerAccount() {
        assertThat(new QuotaKey("AMAZON", "abc123", "searchOrders").bucketId()).isEqualTo("AMAZON/searchOrders/abc123");
    }

    @Test
    void aFingerprintIsStableAndRevealsNothingOfTheCredentials() {
        String fingerprint = QuotaKey.fingerprint("client-1", "Atzr|secret-refresh-token");

        assertThat(fingerprint).isEqualTo(QuotaKey.fingerprint("client-1", "Atzr|secret-refresh-token"));
        assertThat(fingerprint).hasSize(32).matches("[0-9a-f]+").doesNotContain("secret");
        assertThat(QuotaKey.fingerprint("client-1", "another-token")).isNotEqualTo(fingerprint);
    }

    @Test
    void partsCannotBeShiftedIntoOneAnother() {
        assertThat(QuotaKey.fingerprint("ab", "c")).isNotEqualTo(QuotaKey.fingerprint("a", "bc"));
    }

    @Test
    void aKeyPartWithASlashOrNothingInItIsRefused() {
        assertThatThrownBy(() -> new QuotaKey("AMAZON", "a/b", "searchOrders"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuotaKey("AMAZON", " ", "searchOrders"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
