package io.junction.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.BatchActionResult;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.PreAdviceStatus;
import io.junction.sync.ClusterMembers;
import io.junction.testing.AllocatedMugTest;
import io.junction.testing.FakeCarrier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;

class PreAdviceServiceTest extends AllocatedMugTest {

    @Autowired
    PreAdviceService preAdvice;

    @Autowired
    ClusterMembers cluster;

    @Autowired
    Scheduler scheduler;

    String reference;

    @Override
    protected int mugsInStock() {
        return 5;
    }

    @BeforeEach
    void itsPackageNumberIsTheReference() {
        reference = pkg.packageNo();
    }

    @Test
    void aSuccessfulPreAdviceStoresTheTrackingNumberAndMovesToPendingPrint() {
        // when
        BatchActionResult result = requestTracking();

        // then
        assertThat(result.succeeded()).containsExactly(order.id());
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_PRINT);
        Map<String, Object> row = packageRow();
        assertThat(row.get("preadvice_status")).isEqualTo("CREATED");
        assertThat((String) row.get("tracking_number")).startsWith("FK");
        assertThat((String) row.get("carrier_waybill")).startsWith("WB");
        assertThat(row.get("preadvice_error")).isNull();
        assertThat(carrier.parcelsFor(reference)).isEqualTo(1);
        assertThat(carrier.createCallsFor(reference)).isEqualTo(1);
        assertThat(carrier.lookupsFor(reference)).isZero();
    }

    @Test
    void aRejectionKeepsTheOrderForTrackingWithTheCarriersReasonAndALaterRetrySucceeds() {
        // given the carrier refuses the address
        carrier.next(FakeCarrier.Behaviour.REJECT);

        // when
        BatchActionResult rejected = requestTracking();

        // then
        assertThat(rejected.succeeded()).isEmpty();
        assertThat(rejected.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.reason())
                        .contains("FAKECARRIER rejected package " + reference)
                        .contains("postal code 62701 is not valid"));
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_TRACKING);
        OrderPackage after = packages.findById(pkg.id());
        assertThat(after.preadviceStatus()).isEqualTo(PreAdviceStatus.REJECTED);
        assertThat(after.preadviceError()).contains("postal code 62701 is not valid");
        assertThat(after.trackingNumber()).isNull();
        assertThat(carrier.parcelsFor(reference)).isZero();

        // when the clerk retries after fixing it
        BatchActionResult retry = requestTracking();

        // then
        assertThat(retry.succeeded()).containsExactly(order.id());
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_PRINT);
        OrderPackage done = packages.findById(pkg.id());
        assertThat(done.preadviceStatus()).isEqualTo(PreAdviceStatus.CREATED);
        assertThat(done.preadviceError()).isNull();
        assertThat(done.preadviceAttempts()).isEqualTo(2);
        assertThat(carrier.parcelsFor(reference)).isEqualTo(1);
        assertThat(carrier.createCallsFor(reference)).isEqualTo(2);
    }

    @Test
    void anAnswerLostAfterTheCarrierCreatedTheParcelIsResolvedByLookingItUpNotByCreatingAgain() {
        // given the carrier creates the parcel and the answer is lost
        carrier.next(FakeCarrier.Behaviour.CREATE_THEN_LOSE_ANSWER);

        // when
        BatchActionResult lost = requestTracking();

        // then the order stays, its package's outcome unknown
        assertThat(lost.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.reason())
                        .contains("did not answer for package " + reference)
                        .contains("looks it up before creating"));
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_TRACKING);
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.UNKNOWN);
        assertThat(packages.findById(pkg.id()).trackingNumber()).isNull();

        // when the clerk retries
        BatchActionResult retry = requestTracking();

        // then the existing parcel is adopted
        assertThat(retry.succeeded()).containsExactly(order.id());
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_PRINT);
        assertThat(carrier.lookupsFor(reference)).isEqualTo(1);
        assertThat(carrier.createCallsFor(reference)).isEqualTo(1);
        assertThat(carrier.parcelsFor(reference)).isEqualTo(1);
        assertThat(packages.findById(pkg.id()).trackingNumber()).startsWith("FK");
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.CREATED);
    }

    @Test
    void whenTheLookupItselfFailsNothingIsCreated() {
        // given the carrier did not answer (and, as it happens, created nothing), and lookups now fail
        carrier.next(FakeCarrier.Behaviour.UNREACHABLE);
        requestTracking();
        assertThat(carrier.createCallsFor(reference)).isEqualTo(1);
        carrier.lookupsFail(true);

        // when the clerk retries
        BatchActionResult retry = requestTracking();

        // then nothing was sent to create a parcel; the reason says so
        assertThat(retry.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.reason())
                        .contains("Could not ask FAKECARRIER whether package " + reference + " exists")
                        .contains("nothing was created"));
        assertThat(carrier.lookupsFor(reference)).isEqualTo(1);
        assertThat(carrier.createCallsFor(reference)).isEqualTo(1);
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.UNKNOWN);
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_TRACKING);

        // when the carrier can be asked again
        carrier.lookupsFail(false);
        BatchActionResult healed = requestTracking();

        // then it finds nothing and creates the parcel, once
        assertThat(healed.succeeded()).containsExactly(order.id());
        assertThat(carrier.createCallsFor(reference)).isEqualTo(2);
        assertThat(carrier.parcelsFor(reference)).isEqualTo(1);
    }

    @Test
    void aStaleClaimIsTreatedAsPossiblyCreatedAndLookedUpFirst() {
        // given an attempt that claimed the package, created the parcel at the carrier, then crashed
        assertThat(claimedNow()).isEqualTo(1);
        carrier.createParcel(null, requestFor(reference));

        // when a new attempt comes after the claim's lease
        clock.advance(PreAdviceService.CLAIM_LEASE.plusSeconds(1));
        BatchActionResult result = requestTracking();

        // then it adopts the parcel the crashed attempt made
        assertThat(result.succeeded()).containsExactly(order.id());
        assertThat(carrier.lookupsFor(reference)).isEqualTo(1);
        assertThat(carrier.createCallsFor(reference)).isEqualTo(1);
        assertThat(carrier.parcelsFor(reference)).isEqualTo(1);
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_PRINT);
        assertThat(packages.findById(pkg.id()).trackingNumber()).startsWith("FK");
    }

    @Test
    void theClaimOfANodeTheClusterNoLongerListsIsTakenOverAtOnceAndLookedUpFirst() throws SchedulerException {
        // given a node that claimed the package, created the parcel at the carrier, then died (the cluster knows
        // this node and not the dead one)
        checkedIn(cluster.node());
        assertThat(claimedNowBy("node-that-died", "its-run", cluster.liveNodes()))
                .isEqualTo(1);
        carrier.createParcel(null, requestFor(reference));

        // when a new attempt comes seconds later, long before the claim's lease ends
        clock.advance(Duration.ofSeconds(5));
        BatchActionResult result = requestTracking();

        // then it adopts the parcel the dead node made, and makes none of its own
        assertThat(result.succeeded()).containsExactly(order.id());
        assertThat(carrier.lookupsFor(reference)).isEqualTo(1);
        assertThat(carrier.parcelsFor(reference)).isEqualTo(1);
    }

    @Test
    void theClaimOfThisNodesEarlierRunIsTakenOverAtOnce() {
        // given this node's earlier process claimed the package and was killed; the node restarted under its name
        claimedNowBy(cluster.node(), "the-run-before-the-restart", cluster.liveNodes());

        // when
        clock.advance(Duration.ofSeconds(5));
        BatchActionResult result = requestTracking();

        // then
        assertThat(result.succeeded()).containsExactly(order.id());
        assertThat(carrier.parcelsFor(reference)).isEqualTo(1);
    }

    @Test
    void aNodeStartedAgainUnderItsNameGivesBackItsEarlierRunsClaimsToBeLookedUpFirst() {
        // given this node's earlier process claimed the package, created the parcel, and was killed
        claimedNowBy(cluster.node(), "the-run-before-the-restart", List.of());
        carrier.createParcel(null, requestFor(reference));

        // when the node is ready again
        preAdvice.releaseClaimsOfEarlierRuns();

        // then the package may be looked up by anyone at once, and adopts the parcel
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.UNKNOWN);
        BatchActionResult result = requestTracking();
        assertThat(result.succeeded()).containsExactly(order.id());
        assertThat(carrier.lookupsFor(reference)).isEqualTo(1);
        assertThat(carrier.parcelsFor(reference)).isEqualTo(1);
    }

    @Test
    void theFreshClaimOfALiveNodeIsRefused() {
        // given a live node's run claimed the package a moment ago
        claimedNowBy(cluster.node(), cluster.run(), cluster.liveNodes());

        // when
        clock.advance(Duration.ofSeconds(5));
        BatchActionResult result = requestTracking();

        // then
        assertThat(result.failed())
                .extracting(BatchActionResult.Failure::orderId)
                .containsExactly(order.id());
        assertThat(carrier.createCallsFor(reference)).isZero();
    }

    @Test
    void anAttemptThatOutlivedItsClaimCannotOverwriteTheAttemptThatTookOver() {
        // given attempt 1 claimed the package and stalled; attempt 2 took over after the lease
        claimedNow();
        clock.advance(PreAdviceService.CLAIM_LEASE.plusMinutes(1));
        var afterFirst = packages.findById(pkg.id());
        Instant second = clock.instant();
        packages.claimPreAdvice(pkg.id(), afterFirst.version(), second, second.minus(PreAdviceService.CLAIM_LEASE));

        // when the stalled attempt 1 finally records a rejection
        int recorded = packages.recordPreAdvice(pkg.id(), 1, PreAdviceStatus.REJECTED, "late answer", null, null);

        // then nothing changes: attempt 2 owns the outcome
        assertThat(recorded).isZero();
        assertThat(packages.findById(pkg.id()).preadviceStatus()).isEqualTo(PreAdviceStatus.REQUESTING);
        assertThat(packages.recordPreAdvice(pkg.id(), 2, PreAdviceStatus.REJECTED, "its own answer", null, null))
                .isEqualTo(1);
    }

    @Test
    void aFreshClaimHeldByAnotherAttemptIsRefused() {
        // given another attempt claimed the package a moment ago
        claimedNow();
        clock.advance(Duration.ofSeconds(90));

        // when
        BatchActionResult result = requestTracking();

        // then
        assertThat(result.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.reason())
                        .isEqualTo("Package " + reference + " is being requested right now; try again shortly"));
        assertThat(carrier.createCallsFor(reference)).isZero();
        assertThat(carrier.lookupsFor(reference)).isZero();
        OrderPackage after = packages.findById(pkg.id());
        assertThat(after.preadviceStatus()).isEqualTo(PreAdviceStatus.REQUESTING);
        assertThat(after.preadviceAttempts()).isEqualTo(1);
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.PENDING_TRACKING);
    }

    @Test
    void anOrderNotWaitingForTrackingIsRefusedWithItsStatusNamed() {
        // given the order already has its tracking number
        requestTracking();

        // when
        BatchActionResult again = requestTracking();

        // then
        assertThat(again.failed())
                .singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("Order is PENDING_PRINT, not PENDING_TRACKING"));
        assertThat(carrier.createCallsFor(reference)).isEqualTo(1);
    }

    /** The node checks in to the Quartz cluster's table now, as a clustered scheduler does (removed after the test). */
    private void checkedIn(String node) throws SchedulerException {
        jdbc.update(
                "INSERT INTO QRTZ_SCHEDULER_STATE (SCHED_NAME, INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL)"
                        + " VALUES (?, ?, ?, ?)",
                scheduler.getSchedulerName(),
                node,
                clock.millis(),
                7_500L);
        assertThat(cluster.liveNodes()).containsExactly(node);
    }

    @AfterEach
    void nobodyCheckedIn() throws SchedulerException {
        jdbc.update("DELETE FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ?", scheduler.getSchedulerName());
    }

    /** The package claimed for its pre-advice now, as an attempt claims it (1 when the claim took). */
    private int claimedNow() {
        Instant now = clock.instant();
        return packages.claimPreAdvice(pkg.id(), pkg.version(), now, now.minus(PreAdviceService.CLAIM_LEASE));
    }

    /** The package claimed now in the name of {@code node}'s {@code run}, the cluster listing {@code liveNodes}. */
    private int claimedNowBy(String node, String run, List<String> liveNodes) {
        Instant now = clock.instant();
        return packages.claimPreAdviceAs(
                pkg.id(), pkg.version(), now, now.minus(PreAdviceService.CLAIM_LEASE), node, run, liveNodes);
    }

    private BatchActionResult requestTracking() {
        return preAdvice.requestTracking(List.of(order.id()), "alice");
    }

    private Map<String, Object> packageRow() {
        return jdbc.queryForMap(
                "SELECT preadvice_status, tracking_number, carrier_waybill, preadvice_error"
                        + " FROM oms_package WHERE id = ?",
                pkg.id());
    }

    private ParcelRequest requestFor(String ref) {
        return new ParcelRequest(
                ref,
                "FAST",
                350,
                order.shipTo(),
                "USD",
                List.of(new ParcelRequest.CustomsItem(
                        "SKU", "Ceramic mug", "陶瓷杯", "691200", 1, new BigDecimal("4.50"), 350)));
    }
}
