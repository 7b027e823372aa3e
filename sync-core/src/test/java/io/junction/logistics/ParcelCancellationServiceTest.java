package io.junction.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderControlService;
import io.junction.order.OrderHistoryEntry;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.PreAdviceStatus;
import io.junction.outbox.OutboxRelay.Claim;
import io.junction.testing.FakeCarrier;
import io.junction.testing.FakeShopTest;
import io.junction.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ParcelCancellationServiceTest extends FakeShopTest {

    @Autowired
    ParcelCancellationService cancellations;

    @Autowired
    ParcelCancellationMapper cancellationRows;

    @Autowired
    PreAdviceService preAdvice;

    @Autowired
    OrderControlService control;

    @Autowired
    OrderTransitions transitions;

    @Autowired
    PlatformTransactionManager txManager;

    ChannelOrder paid;
    Order order;

    @Override
    protected int mugsInStock() {
        return 5;
    }

    @BeforeEach
    void aShopAndAPaidOrderForOneMug() {
        paid = fixtures.paidOrder(mug);
        order = fixtures.ingest(shop, paid).get(0);
        drainDueCancellations();
    }

    @Test
    void aCancellationAfterTrackingCancelsTheParcelExactlyOnceEvenWhenTheRelayRunsTwice() {
        // given a pre-advised order
        Order tracked = pipeline.tracked(order);
        OrderPackage pkg = pipeline.packageOf(tracked);
        String tracking = pkg.trackingNumber();

        // when the buyer cancels on the platform
        cancelOnPlatform();

        // then the order is stopped, its stock given back and the cancellation recorded, not yet sent
        Order stopped = orders.findById(order.id());
        assertThat(stopped.status()).isEqualTo(OrderStatus.EXCEPTION);
        assertThat(skus.findById(mug.id()).reserved()).isZero();
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.CANCELLING);
        assertThat(cancellationRows.findByOrder(order.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CancellationStatus.PENDING));
        assertThat(carrier.cancelCallsFor(pkg.packageNo())).isZero();

        // when the relay runs, and again
        assertThat(cancellations.relay().relayDue(50)).isEqualTo(1);
        clock.advance(Duration.ofHours(2));
        assertThat(cancellations.relay().relayDue(50)).isZero();

        // then the carrier cancelled the one parcel once, and the order says so
        assertThat(carrier.cancelCallsFor(pkg.packageNo())).isEqualTo(1);
        assertThat(carrier.parcelsFor(pkg.packageNo())).isZero();
        OrderPackage after = packages.findById(pkg.id());
        assertThat(after.preadviceStatus()).isEqualTo(PreAdviceStatus.CANCELLED);
        assertThat(after.trackingNumber()).isNull();
        assertThat(cancellationRows.findByOrder(order.id())).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CancellationStatus.CANCELLED);
            assertThat(c.trackingNumber()).isEqualTo(tracking);
        });
        assertThat(lastNote()).isEqualTo("carrier pre-advice " + tracking + " cancelled at " + FakeCarrier.CARRIER);
        assertThat(packages.findByOrder(order.id())).isEmpty();
    }

    @Test
    void aRefundRequestAfterTrackingCancelsTheParcelToo() {
        // given a pre-advised order
        OrderPackage pkg = pipeline.packageOf(pipeline.tracked(order));

        // when the buyer asks for a refund on the platform, and the relay runs
        fixtures.ingest(
                shop,
                Fixtures.changed(
                        paid, PlatformState.REFUND_REQUESTED, paid.updatedAt().plusSeconds(60)));
        cancellations.relay().relayDue(50);

        // then the order is stopped with the refund's reason, its stock is back and its parcel cancelled once
        Order stopped = orders.findById(order.id());
        assertThat(stopped.status()).isEqualTo(OrderStatus.EXCEPTION);
        assertThat(stopped.statusReason()).contains("refund");
        assertThat(skus.findById(mug.id()).reserved()).isZero();
        assertThat(carrier.cancelCallsFor(pkg.packageNo())).isEqualTo(1);
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.CANCELLED);
    }

    @Test
    void aRelayWhoseLeaseRanOutLeavesTheRowToTheRelayThatTookItOver() {
        // given a cancellation claimed by a relay that then stalled past its lease
        OrderPackage pkg = pipeline.packageOf(pipeline.tracked(order));
        cancelOnPlatform();
        List<Claim<ParcelCancellation>> stalled = cancellations.relay().claimDue(50).stream()
                .filter(c -> c.row().packageId() == pkg.id())
                .toList();
        assertThat(stalled).hasSize(1);
        clock.advance(Duration.ofMinutes(11));

        // when another relay takes the row over, and the stalled one wakes up before it gets to work
        List<Claim<ParcelCancellation>> takenOver = cancellations.relay().claimDue(50).stream()
                .filter(c -> c.row().packageId() == pkg.id())
                .toList();
        cancellations.relay().attempt(stalled.get(0));

        // then the stalled relay leaves the row alone
        assertThat(carrier.cancelCallsFor(pkg.packageNo())).isZero();

        // when the relay that took it over carries it out, the carrier is asked once
        cancellations.relay().attempt(takenOver.get(0));
        assertThat(carrier.cancelCallsFor(pkg.packageNo())).isEqualTo(1);
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.CANCELLED);
    }

    @Test
    void twoRelaysRunningAtOnceCancelTheParcelOnce() throws Exception {
        // given a pre-advised order cancelled by a clerk
        pipeline.tracked(order);
        String reference = pipeline.packageOf(order).packageNo();
        assertThat(control.cancel(List.of(order.id()), "clerk", "buyer changed their mind")
                        .failed())
                .isEmpty();

        // when two relays run at the same moment
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> relayAfter(start));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> relayAfter(start));

        // then one of them took the row and the carrier was asked once
        assertThat(first.get() + second.get()).isEqualTo(1);
        assertThat(carrier.cancelCallsFor(reference)).isEqualTo(1);
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(packages.findAllByOrder(order.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.preadviceStatus()).isEqualTo(PreAdviceStatus.CANCELLED));
    }

    @Test
    void anUnansweredCancellationIsLookedUpAndSettledNotSentTwice() {
        // given a pre-advised order cancelled on the platform, and a carrier that cancels but loses its answer
        OrderPackage pkg = preAdvisedThenCancelledOnPlatform();
        carrier.nextCancel(FakeCarrier.CancelBehaviour.CANCEL_THEN_LOSE_ANSWER);

        // when the relay runs
        cancellations.relay().relayDue(50);

        // then the outcome is unknown: it waits, still cancelling
        ParcelCancellation waiting = cancellationRows.findByOrder(order.id()).get(0);
        assertThat(waiting.status()).isEqualTo(CancellationStatus.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).contains("did not answer");
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.CANCELLING);
        int lookupsBefore = carrier.lookupsFor(pkg.packageNo());

        // when the retry is due
        clock.advance(Duration.ofHours(2));
        cancellations.relay().relayDue(50);

        // then it looked the parcel up, found it gone and settled without a second cancel
        assertThat(carrier.lookupsFor(pkg.packageNo())).isEqualTo(lookupsBefore + 1);
        assertThat(carrier.cancelCallsFor(pkg.packageNo())).isEqualTo(1);
        assertThat(cancellationRows.findByOrder(order.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CancellationStatus.CANCELLED));
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.CANCELLED);
        assertThat(lastNote()).contains("cancelled at " + FakeCarrier.CARRIER);
    }

    @Test
    void aCarrierThatRefusesLeavesANoteWithItsReasonAndIsNotAskedAgain() {
        // given a pre-advised order cancelled on the platform, whose parcel the carrier already received
        OrderPackage pkg = preAdvisedThenCancelledOnPlatform();
        carrier.nextCancel(FakeCarrier.CancelBehaviour.REFUSE);

        // when the relay runs, then again much later
        relayNowAndADayLater();

        // then the refusal is final, with the carrier's reason where a person sees it
        assertThat(carrier.cancelCallsFor(pkg.packageNo())).isEqualTo(1);
        assertThat(carrier.parcelsFor(pkg.packageNo())).isEqualTo(1);
        assertThat(cancellationRows.findByOrder(order.id())).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CancellationStatus.REFUSED);
            assertThat(c.lastError()).contains("already received");
        });
        OrderPackage refused = packages.findById(pkg.id());
        assertThat(refused.preadviceStatus()).isEqualTo(PreAdviceStatus.CANCEL_REFUSED);
        assertThat(refused.trackingNumber()).isEqualTo(pkg.trackingNumber());
        assertThat(lastNote())
                .contains("refused to cancel")
                .contains("already received")
                .contains(pkg.trackingNumber());
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.EXCEPTION);
    }

    @Test
    void aParcelTooLateToCancelIsInterceptedOnceWhenTheCarrierOffersIt() {
        // given a pre-advised order cancelled on the platform, whose parcel the carrier already received,
        // at a carrier that intercepts
        OrderPackage pkg = preAdvisedThenCancelledOnPlatform();
        carrier.nextCancel(FakeCarrier.CancelBehaviour.REFUSE);
        carrier.intercepts(true);

        // when the relay runs, then again much later
        relayNowAndADayLater();

        // then the parcel was intercepted once, and the order says so beside the refusal
        assertThat(carrier.cancelCallsFor(pkg.packageNo())).isEqualTo(1);
        assertThat(carrier.interceptCallsFor(pkg.packageNo())).isEqualTo(1);
        assertThat(cancellationRows.findByOrder(order.id())).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CancellationStatus.REFUSED);
            assertThat(c.lastError()).contains("already received").contains("intercepted instead");
        });
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.CANCEL_REFUSED);
        assertThat(lastNote()).contains("refused to cancel").contains("intercepted instead");
    }

    @Test
    void aPreAdviceInFlightWhenTheOrderIsCancelledLeavesNoParcelStanding() {
        // given an allocated order, and the buyer cancelling while its pre-advice is at the carrier
        Order allocated = pipeline.allocated(order);
        OrderPackage pkg = pipeline.packageOf(allocated);
        carrier.beforeNextCreate(this::cancelOnPlatform);

        // when the clerk requests tracking
        BatchActionResult result = preAdvice.requestTracking(List.of(order.id()), "clerk");

        // then the parcel was made, but the package could not take it: the cancellation waits for the claim to end
        assertThat(result.failed()).hasSize(1);
        assertThat(carrier.parcelsFor(pkg.packageNo())).isEqualTo(1);
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.CANCELLING);
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.EXCEPTION);
        assertThat(cancellations.relay().relayDue(50)).isZero();

        // and no new attempt can create another parcel for it
        assertThat(preAdvice.requestTracking(List.of(order.id()), "clerk").failed())
                .hasSize(1);
        assertThat(carrier.createCallsFor(pkg.packageNo())).isEqualTo(1);

        // when the claim's lease has run out
        clock.advance(PreAdviceService.CLAIM_LEASE.plusSeconds(1));
        assertThat(cancellations.relay().relayDue(50)).isEqualTo(1);

        // then the parcel was found by our reference and cancelled
        assertThat(carrier.lookupsFor(pkg.packageNo())).isEqualTo(1);
        assertThat(carrier.cancellationsOf(pkg.packageNo())).isEqualTo(1);
        assertThat(carrier.parcelsFor(pkg.packageNo())).isZero();
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.CANCELLED);
        assertThat(lastNote()).startsWith("carrier pre-advice FK").endsWith("cancelled at " + FakeCarrier.CARRIER);
    }

    @Test
    void anOrderStoppedBeforeItsPreAdviceWithdrawsThePackageWithoutCallingTheCarrier() {
        // given an allocated order not yet pre-advised
        pipeline.allocated(order);
        OrderPackage pkg = pipeline.packageOf(order);

        // when it is cancelled on the platform
        cancelOnPlatform();

        // then its package is void and nothing waits for the carrier
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.WITHDRAWN);
        assertThat(cancellationRows.findByOrder(order.id())).isEmpty();
        assertThat(cancellations.relay().relayDue(50)).isZero();
        assertThat(carrier.cancelCallsFor(pkg.packageNo())).isZero();
    }

    @Test
    void anOrderReleasedBackIntoTheFlowAfterItsParcelWasCancelledGetsANewParcelUnderANewReference() {
        // given a pre-advised order cancelled on the platform, its parcel cancelled
        OrderPackage old = preAdvisedThenCancelledOnPlatform();
        cancellations.relay().relayDue(50);

        // when a person puts it back into the flow and it goes through again
        new TransactionTemplate(txManager)
                .executeWithoutResult(s -> transitions.move(
                        transitions.load(order.id()), OrderStatus.PENDING_AUDIT, "clerk", "buyer wants it after all"));
        Order again = pipeline.tracked(orders.findById(order.id()));

        // then it has a new package and a new parcel; the cancelled reference is never sent again
        OrderPackage fresh = pipeline.packageOf(again);
        assertThat(fresh.packageNo()).isNotEqualTo(old.packageNo());
        assertThat(fresh.trackingNumber()).startsWith("FK");
        assertThat(carrier.parcelsFor(fresh.packageNo())).isEqualTo(1);
        assertThat(carrier.createCallsFor(old.packageNo())).isEqualTo(1);
        assertThat(carrier.parcelsFor(old.packageNo())).isZero();
        assertThat(packages.findAllByOrder(order.id()))
                .extracting(OrderPackage::preadviceStatus)
                .containsExactly(PreAdviceStatus.CANCELLED, PreAdviceStatus.CREATED);
    }

    /** The order pre-advised, then cancelled on the platform; its package. */
    private OrderPackage preAdvisedThenCancelledOnPlatform() {
        pipeline.tracked(order);
        OrderPackage pkg = pipeline.packageOf(order);
        cancelOnPlatform();
        return pkg;
    }

    private void relayNowAndADayLater() {
        cancellations.relay().relayDue(50);
        clock.advance(Duration.ofDays(1));
        cancellations.relay().relayDue(50);
    }

    private void cancelOnPlatform() {
        fixtures.ingest(
                shop,
                Fixtures.changed(paid, PlatformState.CANCELLED, paid.updatedAt().plusSeconds(60)));
    }

    private int relayAfter(CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return cancellations.relay().relayDue(50);
    }

    /** Earlier tests' rows share the database: settle whatever they left due, so each test sees its own. */
    private void drainDueCancellations() {
        clock.advance(Duration.ofDays(2));
        while (cancellations.relay().relayDue(500) > 0) {
            clock.advance(Duration.ofDays(2));
        }
    }

    private String lastNote() {
        List<OrderHistoryEntry> history = orders.history(order.id());
        return history.get(history.size() - 1).reason();
    }
}
