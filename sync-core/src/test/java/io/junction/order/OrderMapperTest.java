package io.junction.order;

import static io.junction.order.FullOrder.CREATED;
import static io.junction.order.FullOrder.NOW;
import static io.junction.order.FullOrder.SHIP_BY;
import static io.junction.order.FullOrder.UPDATED;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.order.OrderRowWriter.NewLine;
import io.junction.order.OrderRowWriter.NewOrder;
import io.junction.testing.EmptyFakeShopTest;
import io.junction.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The order mapper against the real schema, on orders stored as the sync stores them ({@link OrderRowWriter}). */
@Transactional
class OrderMapperTest extends EmptyFakeShopTest {

    @Autowired
    OrderRowWriter writer;

    ChannelOrder platformOrder;

    @BeforeEach
    void aPlatformOrder() {
        platformOrder = FullOrder.of(Fixtures.unique("PO"));
    }

    @Test
    void timesRoundTripExactly() {
        // given
        long id = stored();

        // when
        Order read = orders.findById(id);

        // then
        assertThat(read.platformCreatedAt()).isEqualTo(CREATED);
        assertThat(read.platformUpdatedAt()).isEqualTo(UPDATED);
        assertThat(read.shipBy()).isEqualTo(SHIP_BY);
        assertThat(read.createdAt()).isEqualTo(NOW);
        assertThat(read.updatedAt()).isEqualTo(NOW);
        assertThat(read.shipTo()).isEqualTo(platformOrder.shipTo());
        assertThat(read.status()).isEqualTo(OrderStatus.PENDING_AUDIT);
        assertThat(read).isEqualTo(orders.findByPlatformId(shop.id(), platformOrder.platformOrderId()));
    }

    @Test
    void linesAreReadBackUnreserved() {
        // given
        long id = stored();

        // when
        writer.insertLines(List.of(new NewLine(id, platformOrder.lines().get(0), null)));

        // then
        assertThat(orders.lines(id)).singleElement().satisfies(l -> {
            assertThat(l.platformLineId()).isEqualTo(platformOrder.platformOrderId() + "-1");
            assertThat(l.quantity()).isEqualTo(2);
            assertThat(l.reserved()).isFalse();
            assertThat(l.skuId()).isNull();
        });
    }

    @Test
    void theGuardedUpdateChangesNothingForAStaleVersionOrAnotherStatus() {
        // given
        long id = stored();

        // when
        int staleVersion = orders.updateStatus(
                id, OrderStatus.PENDING_AUDIT, 7, OrderStatus.PENDING_ALLOCATION, null, null, null, NOW);
        int otherStatus = orders.updateStatus(
                id, OrderStatus.PENDING_ALLOCATION, 0, OrderStatus.PENDING_TRACKING, null, null, null, NOW);
        int current = orders.updateStatus(
                id, OrderStatus.PENDING_AUDIT, 0, OrderStatus.PENDING_ALLOCATION, null, null, null, NOW);

        // then
        assertThat(staleVersion).isZero();
        assertThat(otherStatus).isZero();
        assertThat(current).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT status, version FROM oms_order WHERE id = ?", id))
                .containsEntry("status", "PENDING_ALLOCATION");
        assertThat(orders.findById(id).version()).isEqualTo(1);
    }

    @Test
    void aPlatformChangeMergesOnlyWhenNewer() {
        // given
        long id = stored();
        ChannelOrder sameAge = Fixtures.changed(platformOrder, PlatformState.CANCELLED, UPDATED);
        ChannelOrder newer = Fixtures.changed(platformOrder, PlatformState.CANCELLED, UPDATED.plusMillis(1));

        // when / then
        assertThat(orders.mergePlatformChange(id, sameAge, NOW)).isZero();
        assertThat(orders.mergePlatformChange(id, newer, NOW)).isEqualTo(1);
        Order merged = orders.findById(id);
        assertThat(merged.platformStatus()).isEqualTo("CANCELLED");
        assertThat(merged.platformUpdatedAt()).isEqualTo(UPDATED.plusMillis(1));
        assertThat(merged.status()).isEqualTo(OrderStatus.PENDING_AUDIT);
    }

    /** The platform order stored as the sync stores it, awaiting review; its id. */
    private long stored() {
        NewOrder awaitingReview = new NewOrder(platformOrder, OrderStatus.PENDING_AUDIT, null);
        return writer.insertOrders(shop.id(), "FAKE", List.of(awaitingReview), NOW)
                .get(0);
    }
}
