package io.junction.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineProjectionTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(8);

    private static DeadlineOrder due(long id, Duration fromNow) {
        return new DeadlineOrder(
                id, 1, "Shop", "FAKE", "P" + id, OrderStatus.PENDING_SHIPMENT, NOW.plus(fromNow), null);
    }

    @Test
    void atOneParcelAnHourTheThirdOrderDueInTwoHoursWillMissItsShipBy() {
        // given 8 parcels in 8 hours: one an hour
        List<DeadlineOrder> queue = List.of(
                due(1, Duration.ofMinutes(90)), due(2, Duration.ofMinutes(150)), due(3, Duration.ofMinutes(170)));

        // when
        List<DeadlineOrder> risky = DeadlineService.atRisk(queue, 8, WINDOW, NOW);

        // then the first ships at 1 h, the second at 2 h, the third at 3 h, after its 2 h 50 min
        assertThat(risky).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(3);
            assertThat(o.projectedShipAt()).isEqualTo(NOW.plus(Duration.ofHours(3)));
        });
    }

    @Test
    void overdueOrdersAreNotListedButTakeTheirTurnFirst() {
        // given
        List<DeadlineOrder> queue = List.of(due(1, Duration.ofHours(-5)), due(2, Duration.ofMinutes(90)));

        // when
        List<DeadlineOrder> risky = DeadlineService.atRisk(queue, 8, WINDOW, NOW);

        // then the late one goes first, so the second ships at 2 h, after its 1.5 h
        assertThat(risky).extracting(DeadlineOrder::id).containsExactly(2L);
    }

    @Test
    void withNothingShippedInTheWindowEveryDeadlineAheadIsAtRisk() {
        // when
        List<DeadlineOrder> risky =
                DeadlineService.atRisk(List.of(due(1, Duration.ofDays(2)), due(2, Duration.ofDays(3))), 0, WINDOW, NOW);

        // then
        assertThat(risky).extracting(DeadlineOrder::id).containsExactly(1L, 2L);
        assertThat(risky).allSatisfy(o -> assertThat(o.projectedShipAt()).isNull());
    }

    @Test
    void aFastWarehouseRisksNothing() {
        // when / then
        assertThat(DeadlineService.atRisk(List.of(due(1, Duration.ofMinutes(30))), 800, WINDOW, NOW))
                .isEmpty();
    }
}
