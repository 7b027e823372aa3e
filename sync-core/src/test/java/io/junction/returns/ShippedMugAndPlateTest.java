package io.junction.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.order.Order;
import io.junction.order.OrderLine;
import io.junction.order.OrderPackage;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeShopTest;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;

/**
 * The given of the returns and resends tests: an order of a mug and a plate (five of each in stock), taken
 * through the pipeline and shipped in one package. A subclass's own {@code @BeforeEach} runs after this one.
 */
abstract class ShippedMugAndPlateTest extends FakeShopTest {

    WarehouseSku plate;
    Order shipped;
    OrderPackage shippedPackage;
    OrderLine mugLine;
    OrderLine plateLine;

    @Override
    protected int mugsInStock() {
        return 5;
    }

    @BeforeEach
    void aShippedOrderOfAMugAndAPlate() {
        plate = fixtures.sku(5);
        shipped = syncedOrder(mug, plate);
        shippedPackage = pipeline.shipped(shipped);
        List<OrderLine> lines = orders.lines(shipped.id());
        mugLine = lines.get(0);
        plateLine = lines.get(1);
    }

    /** Asserts that {@code request} is refused as bad input, not as a conflict, with exactly these problems. */
    static void assertRefusedAsBadInput(ThrowingCallable request, String... problemCodes) {
        assertThatThrownBy(request).isInstanceOfSatisfying(ReturnRefusedException.class, e -> {
            assertThat(e.conflict()).isFalse();
            assertThat(e.problems()).extracting(p -> p.refusal().code()).containsExactly(problemCodes);
        });
    }

    /** A request for {@code quantity} units of {@code line}. */
    static List<ReturnService.RequestedLine> requested(OrderLine line, int quantity) {
        return List.of(new ReturnService.RequestedLine(line.id(), quantity));
    }
}
