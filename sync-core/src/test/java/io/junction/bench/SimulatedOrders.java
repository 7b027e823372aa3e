package io.junction.bench;

import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic marketplace orders with realistic field sizes: Amazon-style order ids, two or three
 * lines each, four in five lines on a SKU the warehouse stocks, a few unpaid, shipped or cancelled.
 */
final class SimulatedOrders {

    static final String SKU_PREFIX = "BENCH-SKU-";

    static final String[] FIRST = {"Ada", "Grace", "Linus", "Margaret", "Wei", "Sofia", "Mateo", "Yuki", "Amara", "Olga"
    };
    static final String[] LAST = {
        "Lovelace", "Hopper", "Hamilton", "Zhang", "Rossi", "Garcia", "Tanaka", "Okafor", "Ivanova", "Schneider"
    };
    private static final String[] STREETS = {
        "Maple Avenue", "Oak Street", "Harbor Boulevard", "Mission Road", "Elm Court", "Sunset Drive"
    };
    private static final String[][] CITIES = {
        {"Springfield", "IL", "62701"},
        {"Portland", "OR", "97205"},
        {"Austin", "TX", "78701"},
        {"Columbus", "OH", "43215"},
        {"Raleigh", "NC", "27601"}
    };
    static final String[] PRODUCTS = {
        "Ceramic coffee mug 350 ml, dishwasher safe, matte glaze",
        "Stainless steel insulated water bottle 750 ml with bamboo lid and carrying loop",
        "Silicone phone case, shockproof, raised edges, compatible with wireless charging",
        "Cotton canvas tote bag with inner pocket, natural colour, 38 x 42 cm",
        "LED desk lamp, three colour temperatures, USB-C powered, foldable arm"
    };

    private SimulatedOrders() {}

    /** {@code count} orders, order {@code i} on shop {@code i % shops}, every one updated before {@code updatedBefore}. */
    static List<List<ChannelOrder>> generate(int count, int shops, int warehouseSkus, Instant updatedBefore) {
        Random random = new Random(20260101L);
        List<List<ChannelOrder>> byShop = new ArrayList<>();
        for (int s = 0; s < shops; s++) {
            byShop.add(new ArrayList<>(count / shops + 1));
        }
        for (int i = 0; i < count; i++) {
            byShop.get(i % shops).add(order(i, random, warehouseSkus, updatedBefore));
        }
        return byShop;
    }

    static String skuCode(int n) {
        return SKU_PREFIX + String.format("%05d", n);
    }

    private static ChannelOrder order(int i, Random r, int warehouseSkus, Instant updatedBefore) {
        String id = String.format("%03d-%07d-%07d", 100 + r.nextInt(900), i, r.nextInt(10_000_000));
        Instant updated = updatedBefore
                .minus(Duration.ofSeconds(r.nextInt(3 * 24 * 3600)))
                .truncatedTo(ChronoUnit.MILLIS);
        Instant created = updated.minus(Duration.ofMinutes(r.nextInt(600)));
        int roll = r.nextInt(100);
        PlatformState state = roll < 90
                ? PlatformState.READY_TO_SHIP
                : roll < 95 ? PlatformState.UNPAID : roll < 98 ? PlatformState.SHIPPED : PlatformState.CANCELLED;
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        String[] city = CITIES[r.nextInt(CITIES.length)];
        Address shipTo = new Address(
                first + " " + last,
                r.nextInt(5) == 0 ? last + " Trading LLC" : null,
                (100 + r.nextInt(9900)) + " " + STREETS[r.nextInt(STREETS.length)],
                r.nextInt(10) < 3 ? "Apt " + (1 + r.nextInt(40)) + (char) ('A' + r.nextInt(6)) : null,
                city[0],
                city[1],
                city[2],
                "US",
                "+1 555-" + String.format("%07d", r.nextInt(10_000_000)));
        List<ChannelOrder.Line> lines = new ArrayList<>(3);
        BigDecimal total = BigDecimal.ZERO;
        int lineCount = 2 + r.nextInt(2);
        for (int l = 0; l < lineCount; l++) {
            String sku = r.nextInt(5) == 0 ? "LISTING-" + r.nextInt(100_000) : skuCode(r.nextInt(warehouseSkus));
            BigDecimal price = BigDecimal.valueOf(299 + r.nextInt(9700), 2);
            int quantity = 1 + (r.nextInt(10) == 0 ? r.nextInt(3) : 0);
            lines.add(new ChannelOrder.Line(
                    String.format("%014d", (long) i * 10 + l),
                    sku,
                    PRODUCTS[r.nextInt(PRODUCTS.length)] + " (" + sku + ")",
                    quantity,
                    price));
            total = total.add(price.multiply(BigDecimal.valueOf(quantity)));
        }
        String note = r.nextInt(10) == 0
                ? "Please leave the parcel with the neighbour at number " + r.nextInt(200)
                        + " if nobody is home; it is a birthday present, no invoice in the box please."
                : null;
        return new ChannelOrder(
                id,
                state.name(),
                state,
                "ATVPDKIKX0DER",
                created,
                updated,
                first + " " + last,
                shipTo,
                "USD",
                total.setScale(2, RoundingMode.HALF_UP),
                created.plus(Duration.ofDays(3)),
                lines,
                note);
    }
}
