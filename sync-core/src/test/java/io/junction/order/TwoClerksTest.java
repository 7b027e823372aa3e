package io.junction.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.audit.AuditService;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeShopTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two clerks act at the same moment on selections that overlap: nothing is lost, every refusal says why. */
class TwoClerksTest extends FakeShopTest {

    @Autowired
    AuditService audit;

    @Autowired
    OrderControlService control;

    @Autowired
    OrderMarks marks;

    @Autowired
    OrderBatchMapper batchOrders;

    List<Long> ids;

    @Override
    protected int mugsInStock() {
        return 500;
    }

    @BeforeEach
    void sixtyOrdersToReview() {
        ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add(syncedOrder(mug).id());
        }
    }

    @Test
    void twoClerksReviewingOverlappingSelectionsMoveEachOrderOnceAndReportEveryRefusal() throws Exception {
        // given alice takes the first forty, bob the last forty: twenty in common
        List<Long> alices = ids.subList(0, 40);
        List<Long> bobs = ids.subList(20, 60);

        // when both review at once
        List<BatchActionResult> results = atOnce(() -> audit.audit(alices, "alice"), () -> audit.audit(bobs, "bob"));

        // then every order was reviewed exactly once, and each order a clerk lost is reported with its reason
        BatchActionResult alice = results.get(0);
        BatchActionResult bob = results.get(1);
        for (long id : ids) {
            long reviews = orders.history(id).stream()
                    .filter(h -> h.toStatus() == OrderStatus.PENDING_ALLOCATION)
                    .count();
            assertThat(reviews).as("reviews of %d", id).isEqualTo(1);
            assertThat(orders.findById(id).status()).isEqualTo(OrderStatus.PENDING_ALLOCATION);
        }
        assertThat(alice.succeeded().size() + bob.succeeded().size()).isEqualTo(60);
        assertThat(alice.failed().size() + bob.failed().size()).isEqualTo(20);
        List<BatchActionResult.Failure> refused = new ArrayList<>(alice.failed());
        refused.addAll(bob.failed());
        assertThat(refused)
                .allSatisfy(f -> assertThat(f.refusal().code()).isIn(Refusal.WRONG_STATUS, Refusal.CHANGED_MEANWHILE));
        assertThat(refused).extracting(BatchActionResult.Failure::orderId).allMatch(ids.subList(20, 40)::contains);
    }

    @Test
    void twoClerksTaggingOverlappingSelectionsAtOnceKeepBothTags() throws Exception {
        // given
        List<Long> alices = ids.subList(0, 40);
        List<Long> bobs = ids.subList(20, 60);

        // when alice tags hers "gift" and bob his "fragile", at once
        List<BatchActionResult> results = atOnce(
                () -> marks.addTags(alices, List.of("gift"), "alice"),
                () -> marks.addTags(bobs, List.of("fragile"), "bob"));

        // then no tag is lost and nobody was refused
        assertThat(results).allSatisfy(r -> assertThat(r.failed()).isEmpty());
        for (long id : ids.subList(20, 40)) {
            assertThat(batchOrders.tags(id)).containsExactlyInAnyOrder("gift", "fragile");
        }
        assertThat(batchOrders.tags(ids.get(0))).containsExactly("gift");
        assertThat(batchOrders.tags(ids.get(59))).containsExactly("fragile");
    }

    @Test
    void aHoldAndAReviewAtOnceEndWithEveryOrderInOneStateItsHistoryExplains() throws Exception {
        // given
        List<Long> alices = ids.subList(0, 40);
        List<Long> bobs = ids.subList(20, 60);

        // when alice reviews while bob holds
        List<BatchActionResult> results =
                atOnce(() -> audit.audit(alices, "alice"), () -> control.hold(bobs, "bob", "buyer asked to wait"));

        // then each order's last history row is where it stands, and every refusal has a reason
        for (long id : ids) {
            List<OrderHistoryEntry> history = orders.history(id);
            assertThat(history.get(history.size() - 1).toStatus())
                    .isEqualTo(orders.findById(id).status());
        }
        results.forEach(r ->
                assertThat(r.failed()).allSatisfy(f -> assertThat(f.refusal()).isNotNull()));
        assertThat(Set.copyOf(results.get(1).succeeded())).containsAll(ids.subList(40, 60));
    }

    @Test
    void twoClerksAllocatingOverlappingSelectionsOfScarceStockAllocateEachOrderOnceAndNeverOversell() throws Exception {
        // given sixty reviewed orders of one unit each, of a SKU with fifty units
        WarehouseSku scarce = fixtures.sku(50);
        List<Long> reviewed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            reviewed.add(syncedOrder(scarce).id());
        }
        assertThat(audit.audit(reviewed, "alice").failed()).isEmpty();
        List<Long> alices = reviewed.subList(0, 40);
        List<Long> bobs = reviewed.subList(20, 60);

        // when both allocate at once
        List<BatchActionResult> results =
                atOnce(() -> allocation.allocate(alices, "alice"), () -> allocation.allocate(bobs, "bob"));

        // then fifty orders are allocated, each once with one package, and the stock is exactly spent
        BatchActionResult alice = results.get(0);
        BatchActionResult bob = results.get(1);
        assertThat(alice.succeeded()).doesNotContainAnyElementsOf(bob.succeeded());
        assertThat(alice.succeeded().size() + bob.succeeded().size()).isEqualTo(50);
        for (long id : reviewed) {
            long allocations = orders.history(id).stream()
                    .filter(h -> h.toStatus() == OrderStatus.PENDING_TRACKING)
                    .count();
            boolean allocated =
                    alice.succeeded().contains(id) || bob.succeeded().contains(id);
            assertThat(allocations).as("allocations of %d", id).isEqualTo(allocated ? 1 : 0);
            assertThat(packages.findByOrder(id)).as("packages of %d", id).hasSize(allocated ? 1 : 0);
            assertThat(orders.findById(id).status())
                    .isEqualTo(allocated ? OrderStatus.PENDING_TRACKING : OrderStatus.PENDING_ALLOCATION);
        }
        WarehouseSku after = skus.findById(scarce.id());
        assertThat(after.reserved()).isEqualTo(50);
        assertThat(after.available()).isZero();
        // and every order a clerk asked for and did not get is reported to that clerk with its reason
        for (int clerk = 0; clerk < 2; clerk++) {
            BatchActionResult result = results.get(clerk);
            List<Long> asked = clerk == 0 ? alices : bobs;
            assertThat(result.succeeded().size() + result.failed().size()).isEqualTo(asked.size());
            assertThat(result.failed())
                    .allSatisfy(f -> assertThat(f.refusal().code())
                            .isIn(Refusal.WRONG_STATUS, Refusal.CHANGED_MEANWHILE, Refusal.NOT_ENOUGH_STOCK));
        }
    }

    @Test
    void aBatchAndOneByOneAllocationsOfItsOrdersAtOnceAllocateEachOrderOnceAndRefuseCleanly() throws Exception {
        // given forty reviewed orders of a well-stocked SKU
        WarehouseSku stocked = fixtures.sku(100);
        List<Long> reviewed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            reviewed.add(syncedOrder(stocked).id());
        }
        assertThat(audit.audit(reviewed, "alice").failed()).isEmpty();
        List<Long> bobs = new ArrayList<>(reviewed.subList(20, 40));
        Collections.reverse(bobs);

        // when alice allocates all forty at once while bob allocates the last twenty, one order at a time
        List<BatchActionResult> results = atOnce(() -> allocation.allocate(reviewed, "alice"), () -> {
            List<Long> succeeded = new ArrayList<>();
            List<BatchActionResult.Failure> failed = new ArrayList<>();
            for (long id : bobs) {
                BatchActionResult one = allocation.allocate(List.of(id), "bob");
                succeeded.addAll(one.succeeded());
                failed.addAll(one.failed());
            }
            return new BatchActionResult(succeeded, failed);
        });

        // then every order is allocated once, by one of them, and every refusal says why (both lock an order
        // before its SKUs: neither waits on the other in a circle, which the database would break with an error)
        BatchActionResult alice = results.get(0);
        BatchActionResult bob = results.get(1);
        assertThat(Collections.disjoint(alice.succeeded(), bob.succeeded())).isTrue();
        assertThat(alice.succeeded().size() + bob.succeeded().size()).isEqualTo(40);
        assertThat(alice.failed().size() + bob.failed().size()).isEqualTo(20);
        assertThat(bob.failed())
                .allSatisfy(f -> assertThat(f.refusal().code())
                        .as("bob's refusal of %d: %s", f.orderId(), f.reason())
                        .isIn(Refusal.WRONG_STATUS, Refusal.CHANGED_MEANWHILE));
        assertThat(alice.failed())
                .allSatisfy(f -> assertThat(f.refusal().code())
                        .as("alice's refusal of %d: %s", f.orderId(), f.reason())
                        .isIn(Refusal.WRONG_STATUS, Refusal.CHANGED_MEANWHILE));
        for (long id : reviewed) {
            assertThat(packages.findByOrder(id)).as("packages of %d", id).hasSize(1);
        }
        assertThat(skus.findById(stocked.id()).reserved()).isEqualTo(40);
    }

    @SafeVarargs
    private static List<BatchActionResult> atOnce(Supplier<BatchActionResult>... clerks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(clerks.length);
        List<CompletableFuture<BatchActionResult>> running = new ArrayList<>();
        for (Supplier<BatchActionResult> clerk : clerks) {
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return clerk.get();
            }));
        }
        List<BatchActionResult> results = new ArrayList<>();
        for (CompletableFuture<BatchActionResult> r : running) {
            results.add(r.get());
        }
        return results;
    }
}
