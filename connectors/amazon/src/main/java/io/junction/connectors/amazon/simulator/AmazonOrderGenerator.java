package io.junction.connectors.amazon.simulator;

import io.junction.simulator.OrderGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Realistic Amazon orders from a seeded random source, so that a run is repeatable. */
final class AmazonOrderGenerator extends OrderGenerator<AmazonOrderGenerator.Product> {

    /** A catalogue entry as the simulator lists it. */
    record Product(String sellerSku, String title, BigDecimal price, String asin) {}

    /** A delivery address as Amazon's {@code CustomerAddress} carries it. */
    record Recipient(
            String name,
            String addressLine1,
            String addressLine2,
            String city,
            String stateOrRegion,
            String postalCode,
            String countryCode,
            String phone) {}

    static final List<Product> DEFAULT_CATALOGUE = List.of(
            new Product("JN-MUG-001", "Junction ceramic mug, 350 ml, white", new BigDecimal("12.99"), "B0JNMUG001"),
            new Product("JN-TEE-002", "Organic cotton T-shirt, navy, size M", new BigDecimal("19.90"), "B0JNTEE002"),
            new Product("JN-BAG-003", "Canvas tote bag, natural", new BigDecimal("15.50"), "B0JNBAG003"),
            new Product("JN-LAMP-004", "LED desk lamp with USB-C charging port", new BigDecimal("34.99"), "B0JNLAMP04"),
            new Product("JN-SOCK-005", "Merino wool socks, 2 pairs, grey", new BigDecimal("14.00"), "B0JNSOCK05"));

    private static final List<Recipient> RECIPIENTS = List.of(
            new Recipient(
                    "Emily Johnson", "1450 Maple Avenue", "Apt 3B", "Portland", "OR", "97205", "US", "+1 503-555-0142"),
            new Recipient("Michael Brown", "782 Oak Street", null, "Austin", "TX", "78701", "US", "+1 512-555-0187"),
            new Recipient(
                    "Sarah Miller", "25 Beacon Street", "Suite 400", "Boston", "MA", "02108", "US", "+1 617-555-0119"),
            new Recipient(
                    "Oliver Smith",
                    "14 Baker Street",
                    null,
                    "London",
                    "Greater London",
                    "W1U 3BW",
                    "GB",
                    "+44 20 7946 0321"),
            new Recipient(
                    "Amelia Jones",
                    "9 Castle Street",
                    "Flat 2",
                    "Edinburgh",
                    "Scotland",
                    "EH2 3AH",
                    "GB",
                    "+44 131 496 0754"),
            new Recipient(
                    "Lukas Schneider", "Friedrichstraße 123", null, "Berlin", "Berlin", "10117", "DE", "+49 30 901820"),
            new Recipient(
                    "Anna Fischer",
                    "Leopoldstraße 45",
                    "3. OG",
                    "München",
                    "Bayern",
                    "80802",
                    "DE",
                    "+49 89 2317 4410"),
            new Recipient(
                    "Camille Martin",
                    "18 Rue de Rivoli",
                    null,
                    "Paris",
                    "Île-de-France",
                    "75004",
                    "FR",
                    "+33 1 42 76 40 40"),
            new Recipient(
                    "Hiroshi Tanaka",
                    "2-11-3 Meguro",
                    "Room 502",
                    "Meguro-ku",
                    "Tokyo",
                    "153-0063",
                    "JP",
                    "+81 3-5555-0123"),
            new Recipient(
                    "Chloé Tremblay",
                    "350 Rue Sainte-Catherine Ouest",
                    null,
                    "Montréal",
                    "QC",
                    "H3B 1A2",
                    "CA",
                    "+1 514-555-0166"),
            new Recipient(
                    "Jack Wilson", "88 George Street", "Level 5", "Sydney", "NSW", "2000", "AU", "+61 2 5550 1234"),
            new Recipient(
                    "Lucía García",
                    "Calle de Alcalá 52",
                    "4º B",
                    "Madrid",
                    "Madrid",
                    "28014",
                    "ES",
                    "+34 915 55 01 23"),
            new Recipient("Giulia Rossi", "Via del Corso 101", null, "Roma", "RM", "00186", "IT", "+39 06 5550 1234"));

    private long nextItemId;

    AmazonOrderGenerator(long seed) {
        super(seed, DEFAULT_CATALOGUE, Product::sellerSku);
        this.nextItemId = 10_000_000_000_000L + (Math.abs(seed) % 1_000_000L) * 1_000L;
    }

    /** A stable made-up price between 5.00 and 54.99 per SKU. */
    @Override
    protected Product madeUp(String sku) {
        return new Product(
                sku,
                "Catalogue item " + sku,
                stablePrice(sku, 500, 5000),
                "B0" + String.format(Locale.ROOT, "%08X", sku.hashCode()));
    }

    SimulatedOrder order(Instant at, String marketplaceId, AmazonSimulator.Malformation malformation) {
        Recipient recipient = pick(RECIPIENTS);
        List<SimulatedOrder.Item> items = new ArrayList<>();
        for (Line<Product> line : lines(3, 8, 3)) {
            Product product = line.product();
            boolean first = items.isEmpty();
            boolean missingSku = first && malformation == AmazonSimulator.Malformation.MISSING_SELLER_SKU;
            boolean negative = first && malformation == AmazonSimulator.Malformation.NEGATIVE_QUANTITY;
            items.add(new SimulatedOrder.Item(
                    Long.toString(nextItemId++),
                    product.asin(),
                    missingSku ? null : product.sellerSku(),
                    product.title(),
                    negative ? -1 : line.quantity(),
                    product.price()));
        }
        if (malformation == AmazonSimulator.Malformation.NO_ORDER_ITEMS) {
            items.clear();
        }
        String email = recipient.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@marketplace.amazon.com";
        return new SimulatedOrder(
                orderId(), at, marketplaceId, recipient.name(), email, recipient, items, malformation);
    }

    /**
     * The items as the seller fixed them on Amazon: each item's seller SKU as the catalogue lists its
     * ASIN, at least one unit of each, and one catalogue item in an order that had none.
     */
    List<SimulatedOrder.Item> repaired(List<SimulatedOrder.Item> items) {
        List<SimulatedOrder.Item> fixed = new ArrayList<>();
        for (SimulatedOrder.Item item : items) {
            String sku = item.sellerSku != null
                    ? item.sellerSku
                    : catalogue().stream()
                            .filter(p -> p.asin().equals(item.asin))
                            .map(Product::sellerSku)
                            .findFirst()
                            .orElse(catalogue().get(0).sellerSku());
            fixed.add(new SimulatedOrder.Item(
                    item.orderItemId, item.asin, sku, item.title, Math.max(1, item.quantity), item.unitPrice));
        }
        if (fixed.isEmpty()) {
            Product product = pick(catalogue());
            fixed.add(new SimulatedOrder.Item(
                    Long.toString(nextItemId++),
                    product.asin(),
                    product.sellerSku(),
                    product.title(),
                    1,
                    product.price()));
        }
        return fixed;
    }

    /** A new id in Amazon's 3-7-7 format, never repeated. */
    private String orderId() {
        return uniqueOrderId(() ->
                String.format(Locale.ROOT, "113-%07d-%07d", random.nextInt(10_000_000), random.nextInt(10_000_000)));
    }
}
