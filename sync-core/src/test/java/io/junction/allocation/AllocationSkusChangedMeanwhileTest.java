package io.junction.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doAnswer;

import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderStatus;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.testing.EmptyFakeShopTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A chunk reads its SKUs without locking them and locks them last: stock that moves in between (committed by
 * another transaction) is counted as it is then, never as it was read.
 */
class AllocationSkusChangedMeanwhileTest extends EmptyFakeShopTest {

    @Autowired
    SqlSessionTemplate session;

    @MockitoSpyBean
    SkuMapper skus;

    @Test
    void stockReceivedWhileAChunkIsPlannedIsCountedForItsOrders() {
        // given two orders of two mugs each and stock for one of them
        WarehouseSku mug = fixtures.sku(2);
        List<Long> both = List.of(reviewed(mug).id(), reviewed(mug).id());

        // when two more mugs arrive once the chunk has read the SKUs
        BatchActionResult result = allocatedWhile("UPDATE wms_sku SET on_hand = on_hand + 2 WHERE id = ?", mug, both);

        // then both are allocated
        assertThat(result.succeeded()).containsExactlyElementsOf(both);
        assertThat(result.failed()).isEmpty();
        assertThat(onHandAndReserved(mug)).containsEntry("on_hand", 4).containsEntry("reserved", 4);
    }

    @Test
    void stockTakenWhileAChunkIsPlannedIsNotPromisedTwice() {
        // given two orders of two mugs each and stock for both
        WarehouseSku mug = fixtures.sku(4);
        Order first = reviewed(mug);
        Order second = reviewed(mug);

        // when another allocation reserves two mugs once the chunk has read the SKUs
        BatchActionResult result = allocatedWhile(
                "UPDATE wms_sku SET reserved = reserved + 2 WHERE id = ?", mug, List.of(first.id(), second.id()));

        // then only the first is allocated, the second waits for stock
        assertThat(result.succeeded()).containsExactly(first.id());
        assertThat(result.failed()).singleElement().satisfies(f -> {
            assertThat(f.orderId()).isEqualTo(second.id());
            assertThat(f.reason()).contains("2 needed, 0 available");
        });
        assertThat(onHandAndReserved(mug)).containsEntry("on_hand", 4).containsEntry("reserved", 4);
        assertThat(orders.findById(second.id()).status()).isEqualTo(OrderStatus.PENDING_ALLOCATION);
    }

    /**
     * Allocates the orders together, committing {@code sql} on the SKU from another transaction right after the
     * allocation first reads SKUs.
     */
    private BatchActionResult allocatedWhile(String sql, WarehouseSku sku, List<Long> orderIds) {
        AtomicReference<Boolean> done = new AtomicReference<>(false);
        doAnswer(read -> {
                    // the spy stands for a MyBatis proxy: the real statement runs through the session of the
                    // transaction
                    Object answer = session.getMapper(SkuMapper.class).findByIds(read.getArgument(0));
                    if (!done.getAndSet(true)) {
                        CompletableFuture.runAsync(() -> jdbc.update(sql, sku.id()))
                                .join();
                    }
                    return answer;
                })
                .when(skus)
                .findByIds(anyCollection());
        return allocation.allocate(orderIds, "alice");
    }

    private Order reviewed(WarehouseSku sku) {
        return pipeline.audited(
                fixtures.ingest(shop, fixtures.paidOrder(sku, sku)).get(0));
    }
}
