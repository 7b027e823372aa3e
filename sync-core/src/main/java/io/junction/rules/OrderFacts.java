package io.junction.rules;

import io.junction.order.Order;
import java.util.List;
import java.util.Set;

/**
 * What the rules and checks read of one order, loaded for a whole batch at once ({@link RuleFactsLoader}).
 *
 * @param lines the order's lines with their warehouse SKU's code, weight and flags where paired
 * @param tags the order's tags now
 * @param duplicateOf another order of the same shop, buyer and address placed within the window, or null
 * @param methodCarrier the carrier of the order's logistics method, or null when it has none
 */
public record OrderFacts(Order order, List<Line> lines, Set<String> tags, Long duplicateOf, String methodCarrier) {

    public OrderFacts {
        lines = List.copyOf(lines);
        tags = Set.copyOf(tags);
    }

    /**
     * One order line.
     *
     * @param skuCode the paired warehouse SKU's code, null while unpaired
     * @param weightGrams one unit's weight, null while unpaired
     */
    public record Line(String platformSku, String skuCode, int quantity, Integer weightGrams, Set<SkuFlag> flags) {
        public Line {
            flags = Set.copyOf(flags);
        }
    }

    /** Units over all lines. */
    public int items() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    /** The parcel's weight from the SKUs' weights; lines without a warehouse SKU weigh nothing here. */
    public int weightGrams() {
        return lines.stream()
                .mapToInt(l -> l.weightGrams() == null ? 0 : l.weightGrams() * l.quantity())
                .sum();
    }

    /** Whether some line has no warehouse SKU, so the weight is a lower bound. */
    public boolean weightIncomplete() {
        return lines.stream().anyMatch(l -> l.weightGrams() == null);
    }

    /** The same facts after the order itself changed (a rule set its method). */
    public OrderFacts with(Order changed, String carrier) {
        return new OrderFacts(changed, lines, tags, duplicateOf, carrier);
    }
}
