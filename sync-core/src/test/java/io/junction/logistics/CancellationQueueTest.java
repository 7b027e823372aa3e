package io.junction.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.order.Order;
import io.junction.order.OrderPackage;
import io.junction.order.PreAdviceStatus;
import io.junction.outbox.RetryRefusedException;
import io.junction.testing.FakeCarrier;
import io.junction.testing.FakeShopTest;
import io.junction.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CancellationQueueTest extends FakeShopTest {

    @Autowired
    CancellationQueue queue;

    @Autowired
    ParcelCancellationService cancellations;

    ChannelOrder paid;
    Order order;
    OrderPackage pkg;
    long rowId;

    @BeforeEach
    void aParcelWhoseCancellationTheCarrierRefused() {
        clock.advance(Duration.ofDays(2));
        while (cancellations.relay().relayDue(500) > 0) {
            clock.advance(Duration.ofDays(2));
        }
        paid = fixtures.paidOrder(mug);
        order = fixtures.ingest(shop, paid).get(0);
        pipeline.tracked(order);
        pkg = pipeline.packageOf(order);
        fixtures.ingest(
                shop,
                Fixtures.changed(paid, PlatformState.CANCELLED, paid.updatedAt().plusSeconds(60)));
        carrier.nextCancel(FakeCarrier.CancelBehaviour.REFUSE);
        cancellations.relay().relayDue(50);
        rowId = jdbc.queryForObject(
                "SELECT id FROM lgs_parcel_cancellation WHERE package_id = ?", Long.class, pkg.id());
    }

    @Test
    void aRefusedCancellationIsListedWithTheCarriersReason() {
        // when
        CancellationQueue.Page toWork = queue.list(CancellationQueue.TO_WORK, 0, 500);

        // then
        assertThat(toWork.items())
                .filteredOn(c -> c.id() == rowId)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CancellationStatus.REFUSED);
                    assertThat(c.lastError()).contains("already received");
                    assertThat(c.packageNo()).isEqualTo(pkg.packageNo());
                    assertThat(c.carrier()).isEqualTo(FakeCarrier.CARRIER);
                });
        assertThat(queue.countToWork()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRetryCancelsTheParcelOnceAndARetryOfTheDoneRowIsRefused() {
        // when the carrier lets it go now
        FailedCancellation retried = queue.retry(rowId, "clerk");
        assertThat(retried.status()).isEqualTo(CancellationStatus.PENDING);
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.CANCELLING);
        cancellations.relay().relayDue(50);
        clock.advance(Duration.ofHours(2));
        cancellations.relay().relayDue(50);

        // then
        assertThat(queue.get(rowId).status()).isEqualTo(CancellationStatus.CANCELLED);
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.CANCELLED);
        assertThat(carrier.cancellationsOf(pkg.packageNo())).isEqualTo(1);
        assertThat(carrier.parcelsFor(pkg.packageNo())).isZero();
        assertThatThrownBy(() -> queue.retry(rowId, "clerk"))
                .isInstanceOfSatisfying(
                        RetryRefusedException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo(RetryRefusedException.ALREADY_CANCELLED));
        assertThat(queue.retryAll(List.of(rowId), "clerk").refused()).hasSize(1);
    }
}
