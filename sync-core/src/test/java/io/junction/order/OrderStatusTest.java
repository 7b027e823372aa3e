package io.junction.order;

import static io.junction.order.OrderStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every one of the 100 (from, to) pairs, allowed or forbidden, written out once more by hand. */
class OrderStatusTest {

    private static final Map<OrderStatus, Set<OrderStatus>> EXPECTED_ALLOWED = Map.of(
            AWAITING_PAYMENT, EnumSet.of(PENDING_AUDIT, ON_HOLD, EXCEPTION, CANCELLED),
            PENDING_AUDIT, EnumSet.of(PENDING_ALLOCATION, ON_HOLD, EXCEPTION, CANCELLED),
            PENDING_ALLOCATION, EnumSet.of(PENDING_TRACKING, ON_HOLD, EXCEPTION, CANCELLED),
            PENDING_TRACKING, EnumSet.of(PENDING_PRINT, PENDING_ALLOCATION, ON_HOLD, EXCEPTION, CANCELLED),
            PENDING_PRINT, EnumSet.of(PENDING_SHIPMENT, PENDING_ALLOCATION, ON_HOLD, EXCEPTION, CANCELLED),
            PENDING_SHIPMENT, EnumSet.of(SHIPPED, ON_HOLD, EXCEPTION, CANCELLED),
            SHIPPED, EnumSet.noneOf(OrderStatus.class),
            // a held order goes back to wherever it was held from, or to exception or cancelled: anywhere but shipped
            ON_HOLD, EnumSet.complementOf(EnumSet.of(SHIPPED, ON_HOLD)),
            EXCEPTION, EnumSet.of(PENDING_AUDIT, ON_HOLD, CANCELLED),
            CANCELLED, EnumSet.noneOf(OrderStatus.class));

    static Stream<Arguments> everyPair() {
        return Stream.of(OrderStatus.values())
                .flatMap(from -> Stream.of(OrderStatus.values())
                        .map(to -> Arguments.of(
                                from, to, EXPECTED_ALLOWED.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPair")
    void theTransitionTableAllowsExactlyTheListedMoves(OrderStatus from, OrderStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void noStatusMovesToItself(OrderStatus status) {
        assertThat(status.canMoveTo(status)).isFalse();
    }

    static Stream<OrderStatus> statuses() {
        return Stream.of(OrderStatus.values());
    }
}
