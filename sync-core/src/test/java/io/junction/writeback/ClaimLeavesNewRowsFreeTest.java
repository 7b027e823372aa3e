package io.junction.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.Order;
import io.junction.outbox.Outbox;
import io.junction.outbox.OutboxRelay;
import io.junction.outbox.OutboxRelay.Claim;
import io.junction.outbox.OutboxRelays;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A relay's claim holds the rows it takes and nothing else: a confirmation written by a ship while a relay is
 * claiming goes in at once. On MariaDB the claim under REPEATABLE READ locked the gap where new rows go, so that the
 * ship's insert waited for the claim (and deadlocked with it once the claim's lease update reached the ship's row).
 * The lock it is about is MariaDB's (the database tests of CI's second step): H2 locks no gaps and passes either way.
 */
class ClaimLeavesNewRowsFreeTest extends ShippedOrderInOutboxTest {

    @Autowired
    OutboxRelays relays;

    @Autowired
    PlatformTransactionManager txManager;

    Order next;

    @AfterEach
    void noOtherTestsRelayFindsTheirConfirmations() {
        for (Order shipped : next == null ? List.of(order) : List.of(order, next)) {
            outbox.findByOrder(shipped.id()).forEach(row -> outbox.markFailed(row.id(), "test over"));
        }
    }

    @Test
    void aConfirmationIsWrittenWhileARelayHoldsItsClaim() throws Exception {
        // given another order printed and ready to ship
        next = pipeline.printed(syncedOrder(mug));
        long nextPackage = pipeline.packageOf(next).id();
        // and a relay that has locked the due confirmations and holds its claim open
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OutboxRelay<OutboxEntry> relay = relays.relay(
                new Outbox<OutboxEntry>(
                        "wb_outbox",
                        (now, limit) -> {
                            List<OutboxEntry> due = outbox.lockDue(now, limit);
                            locked.countDown();
                            awaitQuietly(release);
                            return due;
                        },
                        row -> {}),
                new OutboxRelay.Settings(Duration.ofMinutes(1), 5, Duration.ofSeconds(30)));
        CompletableFuture<List<Claim<OutboxEntry>>> claim =
                CompletableFuture.supplyAsync(() -> relay.claimDue(EVERYTHING));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        // when that order ships: its confirmation is written, due a moment later, in a transaction of its own
        TransactionTemplate tx = new TransactionTemplate(txManager);
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> tx.executeWithoutResult(
                s -> outbox.insert(next.id(), nextPackage, clock.instant().plusSeconds(1))));

        // then it is written while the claim is still open, and the claim takes the confirmation that was due
        try {
            write.get(10, TimeUnit.SECONDS);
            assertThat(claim).isNotDone();
        } finally {
            release.countDown();
        }
        List<OutboxEntry> claimed =
                claim.get(30, TimeUnit.SECONDS).stream().map(Claim::row).toList();
        assertThat(claimed).extracting(OutboxEntry::orderId).containsExactly(order.id());
        assertThat(outbox.findByOrder(next.id())).hasSize(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
