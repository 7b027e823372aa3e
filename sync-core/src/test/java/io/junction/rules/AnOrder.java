package io.junction.rules;

import io.junction.channel.PlatformState;
import io.junction.order.Order;
import io.junction.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Order facts for the engine's tests, a US parcel of one 300 g mug waiting for review unless told otherwise. */
final class AnOrder {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    long id = 1;
    long shopId = 7;
    String platform = "AMAZON";
    OrderStatus status = OrderStatus.PENDING_AUDIT;
    String buyerName = "Ada Buyer";
    String buyerNote;
    String shipName = "Ada Lovelace";
    String shipLine1 = "1 Main St";
    String shipCity = "Springfield";
    String shipState = "IL";
    String postalCode = "62701";
    String country = "US";
    String phone = "555-0100";
    String currency = "USD";
    BigDecimal total = new BigDecimal("19.98");
    Instant shipBy = NOW.plusSeconds(48 * 3600);
    Long methodId;
    int priority;
    final List<OrderFacts.Line> lines = new ArrayList<>(List.of(mug(1)));
    final Set<String> tags = new HashSet<>();
    Long duplicateOf;
    String carrier;

    static AnOrder waitingForReview() {
        return new AnOrder();
    }

    static OrderFacts.Line mug(int quantity) {
        return new OrderFacts.Line("P-MUG", "MUG", quantity, 300, Set.of());
    }

    static OrderFacts.Line line(String code, int quantity, Integer grams, SkuFlag... flags) {
        return new OrderFacts.Line("P-" + code, code, quantity, grams, Set.of(flags));
    }

    AnOrder with(java.util.function.Consumer<AnOrder> change) {
        change.accept(this);
        return this;
    }

    Order order() {
        return new Order(
                id,
                shopId,
                platform,
                "PO-" + id,
                "Unshipped",
                PlatformState.READY_TO_SHIP,
                status,
                null,
                null,
                null,
                "M1",
                buyerName,
                buyerNote,
                shipName,
                null,
                shipLine1,
                null,
                shipCity,
                shipState,
                postalCode,
                country,
                phone,
                currency,
                total,
                shipBy,
                methodId,
                NOW.minusSeconds(3600),
                NOW.minusSeconds(600),
                NOW.minusSeconds(600),
                NOW.minusSeconds(600),
                3,
                null,
                priority,
                null,
                null);
    }

    OrderFacts facts() {
        return new OrderFacts(order(), lines, tags, duplicateOf, carrier);
    }
}
