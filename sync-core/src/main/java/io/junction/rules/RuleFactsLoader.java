package io.junction.rules;

import io.junction.order.Order;
import io.junction.order.OrderMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads what the rules need of a batch of orders in a fixed number of queries, whatever the batch's size
 * (up to {@link RuleRunner#BATCH}): the orders, their lines with their SKUs, their tags, and their duplicates.
 */
@Component
class RuleFactsLoader {

    private final OrderMapper orders;
    private final RuleMapper rules;

    RuleFactsLoader(OrderMapper orders, RuleMapper rules) {
        this.orders = orders;
        this.rules = rules;
    }

    /** The facts of the orders that still exist, in id order; {@code carrierOf} names each method's carrier. */
    List<OrderFacts> load(Collection<Long> orderIds, Map<Long, String> carrierOf, long duplicateWindowSeconds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(new HashSet<>(orderIds));
        Map<Long, List<OrderFacts.Line>> lines = new HashMap<>();
        for (RuleMapper.FactLine l : rules.lines(ids)) {
            Set<SkuFlag> flags = EnumSet.noneOf(SkuFlag.class);
            if (Boolean.TRUE.equals(l.battery())) {
                flags.add(SkuFlag.BATTERY);
            }
            if (Boolean.TRUE.equals(l.liquid())) {
                flags.add(SkuFlag.LIQUID);
            }
            if (Boolean.TRUE.equals(l.magnetic())) {
                flags.add(SkuFlag.MAGNETIC);
            }
            lines.computeIfAbsent(l.orderId(), k -> new ArrayList<>())
                    .add(new OrderFacts.Line(l.platformSku(), l.skuCode(), l.quantity(), l.weightGrams(), flags));
        }
        Map<Long, Set<String>> tags = new HashMap<>();
        for (RuleMapper.OrderTag t : rules.tags(ids)) {
            tags.computeIfAbsent(t.orderId(), k -> new HashSet<>()).add(t.tag());
        }
        Map<Long, Long> duplicates = new HashMap<>();
        for (RuleMapper.Duplicate d : rules.duplicates(ids, duplicateWindowSeconds)) {
            duplicates.put(d.orderId(), d.otherId());
        }
        List<OrderFacts> facts = new ArrayList<>(ids.size());
        for (Order o : orders.findByIds(ids)) {
            facts.add(new OrderFacts(
                    o,
                    lines.getOrDefault(o.id(), List.of()),
                    tags.getOrDefault(o.id(), Set.of()),
                    duplicates.get(o.id()),
                    o.logisticsMethodId() == null ? null : carrierOf.get(o.logisticsMethodId())));
        }
        return facts;
    }
}
