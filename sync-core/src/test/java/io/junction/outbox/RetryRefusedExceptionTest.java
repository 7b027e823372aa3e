package io.junction.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.Refusal;
import org.junit.jupiter.api.Test;

class RetryRefusedExceptionTest {

    private static final RetryRefusedException.Queue CONFIRMATIONS = new RetryRefusedException.Queue(
            "confirmation", RetryRefusedException.ALREADY_CONFIRMED, "confirmed", "the outbox");

    @Test
    void aFinishedRowIsRefusedWithTheQueuesOwnCodeAndWords() {
        // when
        RetryRefusedException refused = CONFIRMATIONS.notRequeued(12, true);

        // then
        assertThat(refused.refusal()).isEqualTo(Refusal.of(RetryRefusedException.ALREADY_CONFIRMED, 12L));
        assertThat(refused).hasMessage("confirmation 12 is confirmed already: nothing to retry");
    }

    @Test
    void aRowThatIsNotFinishedWaitsInItsQueueAlready() {
        // when
        RetryRefusedException refused = CONFIRMATIONS.notRequeued(12, false);

        // then
        assertThat(refused.refusal()).isEqualTo(Refusal.of(RetryRefusedException.ALREADY_QUEUED, 12L));
        assertThat(refused).hasMessage("confirmation 12 waits in the outbox already");
    }
}
