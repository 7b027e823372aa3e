package io.junction.writeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ShipmentConfirmation;
import io.junction.order.WriteBackStatus;
import io.junction.outbox.QueueRetries;
import io.junction.outbox.RetryRefusedException;
import io.junction.outcome.RemoteOutcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WriteBackQueueTest extends ShippedOrderInOutboxTest {

    @Autowired
    WriteBackQueue queue;

    long rowId;

    @BeforeEach
    void aShippedOrderWhoseConfirmationTheMarketplaceRefused() {
        channel.nextConfirmationAnswers(RemoteOutcome.rejected("B27", "a refund is open"));
        writeBack.relay().relayDue(EVERYTHING);
        rowId = jdbc.queryForObject("SELECT id FROM wb_outbox WHERE package_id = ?", Long.class, pkg.id());
    }

    @Test
    void aRefusedConfirmationIsListedAsFailedWithTheMarketplacesReason() {
        // when
        WriteBackQueue.Page failed = queue.list(OutboxStatus.FAILED, 0, 500);

        // then
        assertThat(failed.total()).isGreaterThanOrEqualTo(1);
        assertThat(failed.items())
                .filteredOn(c -> c.id() == rowId)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.orderId()).isEqualTo(order.id());
                    assertThat(c.platformOrderId()).isEqualTo(order.platformOrderId());
                    assertThat(c.packageNo()).isEqualTo(pkg.packageNo());
                    assertThat(c.trackingNumber()).isEqualTo(pkg.trackingNumber());
                    assertThat(c.lastError()).contains("B27").contains("a refund is open");
                    assertThat(c.shopName()).isEqualTo(shop.name());
                });
    }

    @Test
    void aRetryConfirmsTheShipmentOnceEvenWhenTheRelayRunsAgain() {
        // when
        FailedConfirmation retried = queue.retry(rowId, "clerk");

        // then it waits in the outbox again, the order's write-back pending
        assertThat(retried.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.retriedBy()).isEqualTo("clerk");
        assertThat(orders.findById(order.id()).writeBackStatus()).isEqualTo(WriteBackStatus.PENDING);

        // when the relay runs, and again later
        writeBack.relay().relayDue(EVERYTHING);
        clock.advance(Duration.ofHours(1));
        writeBack.relay().relayDue(EVERYTHING);

        // then the marketplace accepted it exactly once
        assertThat(ours()).hasSize(1);
        assertThat(queue.get(rowId).status()).isEqualTo(OutboxStatus.CONFIRMED);
        assertThat(orders.findById(order.id()).writeBackStatus()).isEqualTo(WriteBackStatus.CONFIRMED);

        // and a retry of the confirmed row is refused and sends nothing
        assertThatThrownBy(() -> queue.retry(rowId, "clerk"))
                .isInstanceOfSatisfying(
                        RetryRefusedException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo(RetryRefusedException.ALREADY_CONFIRMED));
        writeBack.relay().relayDue(EVERYTHING);
        assertThat(ours()).hasSize(1);
    }

    @Test
    void twoPeopleRetryingAtOnceQueueItOnceAndItIsSentOnce() throws Exception {
        // given
        CyclicBarrier together = new CyclicBarrier(2);

        // when two clerks retry the same row at the same moment
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> retryAfter(together, "anna"));
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> retryAfter(together, "ben"));

        // then one of them put it back, the other was told it waits already
        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        writeBack.relay().relayDue(EVERYTHING);
        writeBack.relay().relayDue(EVERYTHING);
        assertThat(ours()).hasSize(1);
    }

    @Test
    void aConfirmationTheMarketplaceHadAlreadyIsSettledAsConfirmedWithoutASecondShipment() {
        // given the marketplace took the first send after all, and answers the retry "already shipped"
        channel.nextConfirmationAnswers(RemoteOutcome.succeeded(null));
        queue.retry(rowId, "clerk");
        writeBack.relay().relayDue(EVERYTHING);
        jdbc.update("UPDATE wb_outbox SET status = 'FAILED' WHERE id = ?", rowId);

        // when it is retried again (a replay)
        queue.retry(rowId, "clerk");
        channel.nextConfirmationAnswers(RemoteOutcome.succeeded(null));
        writeBack.relay().relayDue(EVERYTHING);

        // then the row is confirmed, and the order's confirmation is one row, never a second
        assertThat(queue.get(rowId).status()).isEqualTo(OutboxStatus.CONFIRMED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wb_outbox WHERE package_id = ?", Long.class, pkg.id()))
                .isEqualTo(1);
    }

    @Test
    void aBulkRetryRetriesEachRowOnceAndSaysWhyTheOthersWereNot() {
        // when
        QueueRetries done = queue.retryAll(List.of(rowId, rowId, 987654321L), "clerk");

        // then
        assertThat(done.retried()).containsExactly(rowId);
        assertThat(done.refused())
                .singleElement()
                .satisfies(r -> assertThat(r.refusal().code()).isEqualTo(RetryRefusedException.NO_SUCH_ROW));
        writeBack.relay().relayDue(EVERYTHING);
        assertThat(ours()).hasSize(1);
    }

    private boolean retryAfter(CyclicBarrier together, String who) {
        try {
            together.await();
            queue.retry(rowId, who);
            return true;
        } catch (RetryRefusedException e) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ShipmentConfirmation> ours() {
        return channel.confirmations().stream()
                .filter(c -> c.platformOrderId().equals(order.platformOrderId()))
                .toList();
    }

    /** Earlier tests' rows, retries included (their back-off passed), relayed; their confirmations forgotten. */
    @Override
    void drainWhatEarlierTestsLeftDue() {
        for (int round = 0; round < 10 && writeBack.relay().relayDue(EVERYTHING) > 0; round++) {
            clock.advance(Duration.ofMinutes(1));
        }
        channel.clear();
    }
}
