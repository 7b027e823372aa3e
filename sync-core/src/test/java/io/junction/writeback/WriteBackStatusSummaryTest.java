package io.junction.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.WriteBackStatus;
import io.junction.outcome.RelayBackoff;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an order's write-back sub-state follows from its packages' confirmations, and the back-off. */
class WriteBackStatusSummaryTest {

    @Test
    void everyPackageConfirmedMeansConfirmed() {
        assertThat(WriteBackService.summarise(List.of(entry(OutboxStatus.CONFIRMED), entry(OutboxStatus.CONFIRMED))))
                .isEqualTo(WriteBackStatus.CONFIRMED);
    }

    @Test
    void anyPackageStillPendingMeansPending() {
        assertThat(WriteBackService.summarise(List.of(entry(OutboxStatus.CONFIRMED), entry(OutboxStatus.PENDING))))
                .isEqualTo(WriteBackStatus.PENDING);
    }

    @Test
    void anyPackageFailedMeansFailedEvenWhileOthersArePending() {
        assertThat(WriteBackService.summarise(List.of(
                        entry(OutboxStatus.PENDING), entry(OutboxStatus.FAILED), entry(OutboxStatus.CONFIRMED))))
                .isEqualTo(WriteBackStatus.FAILED);
    }

    @Test
    void theBackOffGrowsFromAboutHalfAMinuteAndIsCappedAtAnHour() {
        for (int i = 0; i < 50; i++) {
            assertThat(RelayBackoff.after(Duration.ofSeconds(30), 1))
                    .isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
            assertThat(RelayBackoff.after(Duration.ofSeconds(30), 2))
                    .isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
            assertThat(RelayBackoff.after(Duration.ofSeconds(30), 40))
                    .isBetween(Duration.ofMinutes(30), Duration.ofHours(1));
        }
    }

    private static OutboxEntry entry(OutboxStatus status) {
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        return new OutboxEntry(1, 1, 1, status, 1, t, null, t, status == OutboxStatus.CONFIRMED ? t : null);
    }
}
