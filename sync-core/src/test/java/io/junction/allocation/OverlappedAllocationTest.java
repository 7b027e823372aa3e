package io.junction.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.audit.AuditService;
import io.junction.order.BatchActionResult;
import io.junction.order.OrderStatus;
import io.junction.order.Refusal;
import io.junction.sku.WarehouseSku;
import io.junction.testing.EmptyFakeShopTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A selection of several chunks is allocated two chunks at a time (the stations quiet, no caller's transaction): the
 * orders are still served in the order given when stock runs short, each once, and the stock is spent exactly, even
 * while the stock moves under the chunks.
 */
class OverlappedAllocationTest extends EmptyFakeShopTest {

    @Autowired
    AuditService audit;

    @Test
    void ordersOfManyChunksAreServedInTheOrderGivenWhenStockRunsShort() {
        // given 500 reviewed orders (three chunks) of one unit each of a SKU with 330 units, and of a second SKU with
        // plenty, given in the reverse of the order they came in
        WarehouseSku scarce = fixtures.sku(330);
        WarehouseSku plenty = fixtures.sku(1_000);
        List<Long> reviewed = reviewed(500, scarce, plenty);
        Collections.reverse(reviewed);

        // when they are allocated at once
        BatchActionResult result = allocation.allocate(reviewed, "alice");

        // then the first 330 given are allocated, each once with one package, and the last 170 refused for stock
        assertThat(result.succeeded()).containsExactlyElementsOf(reviewed.subList(0, 330));
        assertThat(result.failed())
                .extracting(BatchActionResult.Failure::orderId)
                .containsExactlyElementsOf(reviewed.subList(330, 500));
        assertThat(result.failed())
                .allSatisfy(f -> assertThat(f.refusal().code()).isEqualTo(Refusal.NOT_ENOUGH_STOCK));
        for (long id : reviewed.subList(0, 330)) {
            assertThat(orders.findById(id).status()).isEqualTo(OrderStatus.PENDING_TRACKING);
            assertThat(packages.findByOrder(id)).hasSize(1);
            assertThat(orders.history(id).stream()
                            .filter(h -> h.toStatus() == OrderStatus.PENDING_TRACKING)
                            .count())
                    .isEqualTo(1);
        }
        reviewed.subList(330, 500)
                .forEach(id -> assertThat(orders.findById(id).status()).isEqualTo(OrderStatus.PENDING_ALLOCATION));
        // and the stock reserved is exactly what the allocated orders took
        assertThat(onHandAndReserved(scarce)).isEqualTo(Map.of("on_hand", 330, "reserved", 330));
        assertThat(onHandAndReserved(plenty)).isEqualTo(Map.of("on_hand", 1_000, "reserved", 330));
    }

    @Test
    void stockWrittenOffWhileTheChunksRunIsCountedAsItIsWhenEachLocksIt() throws Exception {
        // given 600 reviewed orders of one unit each of a SKU with 650 units
        WarehouseSku sku = fixtures.sku(650);
        List<Long> reviewed = reviewed(600, sku);

        // when they are allocated while units still free are written off the shelf one at a time, up to 100
        CompletableFuture<BatchActionResult> allocating =
                CompletableFuture.supplyAsync(() -> allocation.allocate(reviewed, "alice"));
        int writtenOff = 0;
        while (!allocating.isDone() && writtenOff < 100) {
            writtenOff += jdbc.update(
                    "UPDATE wms_sku SET on_hand = on_hand - 1 WHERE id = ? AND on_hand - reserved > 0", sku.id());
            Thread.sleep(2);
        }
        BatchActionResult result = allocating.get(2, TimeUnit.MINUTES);

        // then the orders allocated are the first given, the others refused for stock, and each unit reserved is on
        // the shelf and reserved once
        int allocated = result.succeeded().size();
        assertThat(allocated).isBetween(550, 600);
        assertThat(result.succeeded()).containsExactlyElementsOf(reviewed.subList(0, allocated));
        assertThat(result.failed())
                .extracting(BatchActionResult.Failure::orderId)
                .containsExactlyElementsOf(reviewed.subList(allocated, 600));
        assertThat(result.failed())
                .allSatisfy(f -> assertThat(f.refusal().code()).isEqualTo(Refusal.NOT_ENOUGH_STOCK));
        assertThat(onHandAndReserved(sku)).isEqualTo(Map.of("on_hand", 650 - writtenOff, "reserved", allocated));
    }

    /** {@code count} orders of these lines, reviewed, in the order they came. */
    private List<Long> reviewed(int count, WarehouseSku... lines) {
        List<Long> ids = new ArrayList<>(fixtures.paidOrdersDueInTenYears(shop, count, lines));
        assertThat(audit.audit(ids, "alice").failed()).isEmpty();
        return ids;
    }
}
