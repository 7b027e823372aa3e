package io.junction.order;

import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A platform order with every field filled, and times that catch a zone or a precision error (a
 * millisecond before or after a second, across a date line), for the tests of how orders are stored.
 */
final class FullOrder {

    static final Instant CREATED = Instant.parse("2024-03-10T01:59:59.987Z");
    static final Instant UPDATED = Instant.parse("2024-03-10T10:00:00.001Z");
    static final Instant SHIP_BY = Instant.parse("2024-03-12T23:59:59.999Z");
    /** When Junction stores it. */
    static final Instant NOW = Instant.parse("2024-03-10T10:05:30.250Z");

    private FullOrder() {}

    /** Two lines (a mug, and gift wrap no warehouse holds), an address with every part, a buyer's note. */
    static ChannelOrder of(String id) {
        return new ChannelOrder(
                id,
                "Unshipped",
                PlatformState.READY_TO_SHIP,
                "ATVPDKIKX0DER",
                CREATED,
                UPDATED,
                "Zhang Wei",
                new Address(
                        "Zhang Wei",
                        "Acme Ltd",
                        "350 Fifth Avenue",
                        "Floor 21",
                        "New York",
                        "NY",
                        "10118",
                        "US",
                        "+1 212 555 0100"),
                "USD",
                new BigDecimal("42.50"),
                SHIP_BY,
                List.of(
                        new ChannelOrder.Line(id + "-1", "MUG-BLUE", "Blue mug", 2, new BigDecimal("21.25")),
                        new ChannelOrder.Line(
                                id + "-2", "NOT-IN-THE-WAREHOUSE", "Gift wrap", 1, new BigDecimal("0.00"))),
                "leave at the door");
    }
}
