package io.junction.carriers.kit.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The simulators' price list: deterministic freight by product, destination zone and 100 g weight band,
 * so a test or the demo can say what a quote will be. A product's price is
 * {@code (base + perBand × bands) × zone factor}, rounded to cents; a product carries nothing over its
 * weight limit.
 */
public final class FreightTable {

    /** How much dearer each destination is than the United States (1.00); unlisted countries 1.25. */
    private static final Map<String, BigDecimal> ZONE_FACTORS = Map.of(
            "US", new BigDecimal("1.00"),
            "GB", new BigDecimal("0.90"),
            "DE", new BigDecimal("0.95"),
            "FR", new BigDecimal("0.95"),
            "ES", new BigDecimal("0.95"),
            "IT", new BigDecimal("0.95"),
            "CA", new BigDecimal("1.10"),
            "AU", new BigDecimal("1.10"),
            "JP", new BigDecimal("0.80"));

    private static final BigDecimal OTHER_ZONE = new BigDecimal("1.25");
    private static final int BAND_GRAMS = 100;

    /**
     * One product's tariff.
     *
     * @param base the fixed part per parcel
     * @param perBand the price of each started 100 g
     * @param maxGrams the heaviest parcel it carries
     */
    public record Product(
            String code, String name, BigDecimal base, BigDecimal perBand, int maxGrams, int daysMin, int daysMax) {}

    /** A product's price for one parcel. */
    public record Price(Product product, BigDecimal amount) {}

    private final List<Product> products;

    public FreightTable(List<Product> products) {
        this.products = List.copyOf(products);
    }

    /**
     * A tariff for each of these product codes in turn, each dearer and faster than the one before: the
     * first 18.00 + 6.50 per 100 g in 7–15 days, up to 30 kg; the next 25.00 + 8.00 in 5–9 days, up to
     * 2 kg; then on in the same steps.
     */
    public static FreightTable stepped(List<String> codes, String namePrefix) {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            products.add(new Product(
                    codes.get(i),
                    namePrefix + " " + codes.get(i),
                    new BigDecimal("18.00").add(new BigDecimal("7.00").multiply(BigDecimal.valueOf(i))),
                    new BigDecimal("6.50").add(new BigDecimal("1.50").multiply(BigDecimal.valueOf(i))),
                    i == 0 ? 30_000 : 2_000,
                    Math.max(1, 7 - 2 * i),
                    Math.max(2, 15 - 6 * i)));
        }
        return new FreightTable(products);
    }

    /** The products that carry {@code grams} to {@code country}, with their prices, in the table's order. */
    public List<Price> prices(String country, int grams) {
        BigDecimal factor = ZONE_FACTORS.getOrDefault(country.toUpperCase(Locale.ROOT), OTHER_ZONE);
        long bands = (grams + BAND_GRAMS - 1) / BAND_GRAMS;
        List<Price> prices = new ArrayList<>();
        for (Product p : products) {
            if (grams > p.maxGrams()) {
                continue;
            }
            BigDecimal amount = p.base()
                    .add(p.perBand().multiply(BigDecimal.valueOf(bands)))
                    .multiply(factor)
                    .setScale(2, RoundingMode.HALF_UP);
            prices.add(new Price(p, amount));
        }
        return prices;
    }
}
