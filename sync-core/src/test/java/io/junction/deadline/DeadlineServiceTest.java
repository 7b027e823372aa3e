package io.junction.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.Order;
import io.junction.testing.FakeShopTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DeadlineServiceTest extends FakeShopTest {

    @Autowired
    DeadlineService deadlines;

    Order late;
    Order soon;
    Order later;
    Order shipped;

    @BeforeEach
    void ordersDueAtDifferentTimes() {
        List<Order> orders = fixtures.ingest(
                shop,
                fixtures.paidOrder(mug),
                fixtures.paidOrder(mug),
                fixtures.paidOrder(mug),
                fixtures.paidOrder(mug));
        late = orders.get(0);
        soon = orders.get(1);
        later = orders.get(2);
        shipped = orders.get(3);
        pipeline.shipped(shipped);
        // late before any order other tests leave behind, so that it heads the list however many of theirs are late
        shipBy(late, Duration.ofDays(-3650));
        shipBy(soon, Duration.ofHours(3));
        shipBy(later, Duration.ofDays(2));
        shipBy(shipped, Duration.ofHours(-3));
    }

    @Test
    void anOrderPastItsShipByIsOverdueAndOneDueWithinTheHoursIsDueSoon() {
        // when
        List<Long> overdue = ids(deadlines.view(DeadlineKind.OVERDUE, null, DeadlineService.MAX_ORDERS));
        List<Long> dueSoon =
                ids(deadlines.view(DeadlineKind.DUE_SOON, Duration.ofHours(24), DeadlineService.MAX_ORDERS));

        // then a shipped order is never late
        assertThat(overdue).contains(late.id()).doesNotContain(soon.id(), later.id(), shipped.id());
        assertThat(dueSoon).contains(soon.id()).doesNotContain(late.id(), later.id(), shipped.id());
    }

    @Test
    void theSummaryCountsOverdueAndDueSoonOrders() {
        // given
        DeadlineService.Summary before = deadlines.summary(Duration.ofHours(24));

        // when a due-soon order becomes overdue
        shipBy(soon, Duration.ofMinutes(-1));
        DeadlineService.Summary after = deadlines.summary(Duration.ofHours(24));

        // then
        assertThat(after.overdue()).isEqualTo(before.overdue() + 1);
        assertThat(after.dueSoon()).isEqualTo(before.dueSoon() - 1);
    }

    private void shipBy(Order order, Duration fromNow) {
        Instant at = clock.instant().plus(fromNow);
        jdbc.update("UPDATE oms_order SET ship_by = ? WHERE id = ?", Timestamp.from(at), order.id());
    }

    private static List<Long> ids(DeadlineService.View view) {
        return view.orders().stream().map(DeadlineOrder::id).toList();
    }
}
