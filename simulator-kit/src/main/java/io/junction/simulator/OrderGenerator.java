package io.junction.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Realistic orders from a seeded random source, so that a run is repeatable: the catalogue the
 * orders draw from, the lines of one order, and order ids never handed out twice. A platform's
 * generator adds its products, recipients and payload shapes.
 *
 * <p>Not thread-safe: simulators call it under their lock.
 *
 * @param <P> the platform's catalogue entry
 */
public abstract class OrderGenerator<P> {

    /** One line of a new order: a catalogue entry and how many of it. */
    public record Line<P>(P product, int quantity) {}

    /** The one random source every draw comes from, in a fixed order. */
    protected final Random random;

    private final List<P> defaultCatalogue;
    private final Function<P, String> sku;
    private final Set<String> usedOrderIds = new HashSet<>();
    private List<P> catalogue;

    /**
     * @param defaultCatalogue what orders draw from until {@link #catalogue(List)} says otherwise
     * @param sku the seller SKU of a catalogue entry
     */
    protected OrderGenerator(long seed, List<P> defaultCatalogue, Function<P, String> sku) {
        this.random = new Random(seed);
        this.defaultCatalogue = List.copyOf(defaultCatalogue);
        this.sku = sku;
        this.catalogue = this.defaultCatalogue;
    }

    /** A stable made-up entry for a seller SKU the default catalogue does not know. */
    protected abstract P madeUp(String sku);

    /** Orders draw from these seller SKUs only; a SKU of the default catalogue keeps its entry. */
    public void catalogue(List<String> skus) {
        if (skus.isEmpty()) {
            throw new IllegalArgumentException("the catalogue needs at least one SKU");
        }
        List<P> products = new ArrayList<>();
        for (String sku : skus) {
            products.add(defaultCatalogue.stream()
                    .filter(p -> this.sku.apply(p).equals(sku))
                    .findFirst()
                    .orElseGet(() -> madeUp(sku)));
        }
        this.catalogue = List.copyOf(products);
    }

    /** A made-up price for {@code sku}, the same on every run: {@code fromCents} plus less than {@code spanCents}. */
    protected static BigDecimal stablePrice(String sku, long fromCents, long spanCents) {
        return BigDecimal.valueOf(fromCents + Math.floorMod(sku.hashCode(), spanCents), 2);
    }

    /** What orders draw from now. */
    protected List<P> catalogue() {
        return catalogue;
    }

    /** A number from 0 to {@code bound - 1}, from the same repeatable source. */
    public int next(int bound) {
        return random.nextInt(bound);
    }

    /** A number from 0 (inclusive) to 1, from the same repeatable source. */
    public double nextChance() {
        return random.nextDouble();
    }

    /** One element of {@code list}, drawn at random. */
    protected <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /**
     * The lines of a new order: 1 to {@code maxLines} different catalogue entries; each is bought
     * once in {@code singleInTen} cases out of ten, else 1 to {@code maxExtra} more times.
     */
    protected List<Line<P>> lines(int maxLines, int singleInTen, int maxExtra) {
        int lineCount = 1 + random.nextInt(maxLines);
        List<P> pool = new ArrayList<>(catalogue);
        List<Line<P>> lines = new ArrayList<>();
        for (int i = 0; i < lineCount && !pool.isEmpty(); i++) {
            P product = pool.remove(random.nextInt(pool.size()));
            int quantity = 1 + (random.nextInt(10) < singleInTen ? 0 : random.nextInt(maxExtra));
            lines.add(new Line<>(product, quantity));
        }
        return lines;
    }

    /** The first id {@code candidate} draws that was never handed out before. */
    protected String uniqueOrderId(Supplier<String> candidate) {
        String id;
        do {
            id = candidate.get();
        } while (!usedOrderIds.add(id));
        return id;
    }
}
