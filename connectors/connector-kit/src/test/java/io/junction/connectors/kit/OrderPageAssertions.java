package io.junction.connectors.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.OrderPage;
import io.junction.channel.OrderPage.MalformedOrder;
import org.assertj.core.api.AbstractStringAssert;

/** What a translator's tests check of the order pages it reads. */
public final class OrderPageAssertions {

    private OrderPageAssertions() {}

    /**
     * {@code page} reads no order and sets aside exactly one, {@code platformOrderId}, for {@code reason}; returns an
     * assertion on the raw payload it kept, for the caller to say what that payload holds.
     */
    public static AbstractStringAssert<?> assertOnlyMalformed(OrderPage page, String platformOrderId, String reason) {
        assertThat(page.orders()).isEmpty();
        assertThat(page.malformed()).hasSize(1);
        MalformedOrder malformed = page.malformed().get(0);
        assertThat(malformed.platformOrderId()).isEqualTo(platformOrderId);
        assertThat(malformed.reason()).isEqualTo(reason);
        return assertThat(malformed.rawPayload());
    }
}
