package io.junction.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.BatchActionResult;
import io.junction.order.OrderStatus;
import io.junction.order.Refusal;
import io.junction.sku.WarehouseSku;
import io.junction.testing.EmptyFakeShopTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A review of several chunks, two chunks at a time, answers every order once, in the order given. */
class OverlappedReviewTest extends EmptyFakeShopTest {

    @Autowired
    AuditService audit;

    @Test
    void aReviewOfSeveralChunksReviewsEachOrderOnceAndAnswersInTheOrderGiven() {
        // given 450 orders to review (three chunks), given in reverse, of which five a clerk has reviewed already,
        // and an order that does not exist
        WarehouseSku sku = fixtures.sku(1_000);
        List<Long> ids = new ArrayList<>(fixtures.paidOrdersDueInTenYears(shop, 450, sku));
        Collections.reverse(ids);
        List<Long> reviewedBefore = List.of(ids.get(3), ids.get(150), ids.get(199), ids.get(200), ids.get(449));
        assertThat(audit.audit(reviewedBefore, "bob").failed()).isEmpty();
        List<Long> asked = new ArrayList<>(ids);
        asked.add(310, -1L);

        // when they are reviewed at once
        BatchActionResult result = audit.audit(asked, "alice");

        // then the others are reviewed, once each, and answered in the order given; the five and the missing one are
        // refused with their reasons
        List<Long> others =
                ids.stream().filter(id -> !reviewedBefore.contains(id)).toList();
        assertThat(result.succeeded()).containsExactlyElementsOf(others);
        assertThat(result.failed())
                .extracting(BatchActionResult.Failure::orderId)
                .containsExactlyInAnyOrder(
                        -1L,
                        reviewedBefore.get(0),
                        reviewedBefore.get(1),
                        reviewedBefore.get(2),
                        reviewedBefore.get(3),
                        reviewedBefore.get(4));
        assertThat(result.failed())
                .allSatisfy(f -> assertThat(f.refusal().code()).isIn(Refusal.WRONG_STATUS, Refusal.NO_SUCH_ORDER));
        for (long id : ids) {
            assertThat(orders.findById(id).status()).isEqualTo(OrderStatus.PENDING_ALLOCATION);
            assertThat(orders.history(id).stream()
                            .filter(h -> h.toStatus() == OrderStatus.PENDING_ALLOCATION)
                            .count())
                    .isEqualTo(1);
        }
    }
}
